package org.incidentatlas.extract.date;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression pinned to the calendar.
 *
 * @param date      the day (for a week, month or year: its first day)
 * @param precision how much of {@code date} the text really says
 * @param how       how it was worked out, e.g. "Friday: latest Friday on or before 2010-05-15"
 */
public record ResolvedDate(LocalDate date, DatePrecision precision, String how) {

    public ResolvedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    public boolean exact() {
        return precision == DatePrecision.DAY;
    }
}
