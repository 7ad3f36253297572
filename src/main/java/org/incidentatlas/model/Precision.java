package org.incidentatlas.model;

import java.util.Locale;

/** How exactly an incident's location is known: the city itself, only its region, or only the country. */
public enum Precision {
    CITY, REGION, COUNTRY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Precision fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
