package org.incidentatlas.extract.date;

import java.util.Locale;

/** How exactly a date expression fixes a day. Only {@link #DAY} dates become incidents. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
