package org.incidentatlas.evaluate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The day of a gold item: one day, or an inclusive range {@code A..B} where a report leaves the day
 * open (an evening told the next morning).
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends before it starts: " + first + ".." + last);
        }
    }

    public static DateRange of(LocalDate day) {
        return new DateRange(day, day);
    }

    /**
     * Parses {@code 2005-03-04} or {@code 2005-02-27..2005-03-08}.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static DateRange parse(String text) {
        String t = text.strip();
        int dots = t.indexOf("..");
        try {
            if (dots < 0) {
                return of(LocalDate.parse(t));
            }
            return new DateRange(LocalDate.parse(t.substring(0, dots).strip()), LocalDate.parse(t.substring(dots + 2).strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD) or a range (YYYY-MM-DD..YYYY-MM-DD)");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** Days between the day and the range: 0 inside it. */
    public long daysFrom(LocalDate day) {
        if (day.isBefore(first)) {
            return ChronoUnit.DAYS.between(day, first);
        }
        return day.isAfter(last) ? ChronoUnit.DAYS.between(last, day) : 0;
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
