package org.incidentatlas.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A date expression found in a text, before it is pinned to the calendar: it needs the
 * article's "today" (publication date) and, for "the day before" and the like, the date of
 * the story being told.
 *
 * @param start    offset of the expression in the searched text
 * @param end      offset just past it
 * @param text     the expression as written
 * @param kind     what sort of expression it is
 * @param month    for {@link Kind#CALENDAR} and {@link Kind#MONTH}; otherwise null
 * @param day      for {@link Kind#CALENDAR}; otherwise 0
 * @param year     a year the text states, 0 when it states none
 * @param weekday  for {@link Kind#WEEKDAY}; otherwise null
 * @param offset   days to add to the anchor for the relative kinds (-1 for "yesterday")
 * @param modifier true when the date names something ("the 27 February elections") rather
 *                 than saying when the sentence's action happened
 */
public record DateMention(int start, int end, String text, Kind kind, Month month, int day, int year,
                          DayOfWeek weekday, int offset, boolean modifier) {

    /** The sorts of date expression. */
    public enum Kind {
        /** "27 February", "Feb. 27", "March 21, 2005". */
        CALENDAR,
        /** "on Friday", "late on Thursday": the latest such day on or before the article's today. */
        WEEKDAY,
        /** "today", "yesterday", "overnight": days from the article's today. */
        FROM_TODAY,
        /** "the day before", "the previous evening", "one day after": days from the story's date. */
        FROM_STORY,
        /** "last week", "in recent days": a week ending on the article's today plus offset. */
        WEEK,
        /** "in April", "last month", "earlier this month". */
        MONTH,
        /** "in 2005". */
        YEAR
    }

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Pins the expression to the calendar.
     *
     * @param today the article's publication date
     * @param story the date of the story the sentence continues (today when there is none)
     */
    public ResolvedDate resolve(LocalDate today, LocalDate story) {
        switch (kind) {
            case CALENDAR: {
                if (year != 0) {
                    return new ResolvedDate(LocalDate.of(year, month, Math.min(day, month.length(isLeap(year)))),
                            DatePrecision.DAY, "\"" + text + "\": a calendar date");
                }
                LocalDate d = sameYear(today, month, day);
                // A date months after publication is far likelier last year's ("Dec. 28" in a January report).
                if (d.isAfter(today.plusMonths(6))) {
                    d = sameYear(today.minusYears(1), month, day);
                }
                return new ResolvedDate(d, DatePrecision.DAY,
                        "\"" + text + "\": a calendar date, year of publication " + today.getYear());
            }
            case WEEKDAY:
                return new ResolvedDate(today.with(TemporalAdjusters.previousOrSame(weekday)), DatePrecision.DAY,
                        "\"" + text + "\": latest " + pretty(weekday) + " on or before publication " + today);
            case FROM_TODAY:
                return new ResolvedDate(today.plusDays(offset), DatePrecision.DAY,
                        "\"" + text + "\": " + relative(offset) + " publication " + today);
            case FROM_STORY:
                return new ResolvedDate(story.plusDays(offset), DatePrecision.DAY,
                        "\"" + text + "\": " + relative(offset) + " the story's date " + story);
            case WEEK:
                return new ResolvedDate(today.plusDays(offset), DatePrecision.WEEK,
                        "\"" + text + "\": only the week is known");
            case MONTH: {
                LocalDate d;
                if (month != null) {
                    int y = year != 0 ? year : today.getYear();
                    d = LocalDate.of(y, month, 1);
                    if (year == 0 && d.isAfter(today)) {
                        d = d.minusYears(1);
                    }
                } else {
                    d = today.withDayOfMonth(1).plusMonths(offset);
                }
                return new ResolvedDate(d, DatePrecision.MONTH, "\"" + text + "\": only the month is known");
            }
            case YEAR:
                return new ResolvedDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR,
                        "\"" + text + "\": only the year is known");
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private static LocalDate sameYear(LocalDate reference, Month month, int day) {
        return LocalDate.of(reference.getYear(), month, Math.min(day, month.length(isLeap(reference.getYear()))));
    }

    private static boolean isLeap(int year) {
        return java.time.Year.isLeap(year);
    }

    private static String pretty(DayOfWeek d) {
        String n = d.name();
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String relative(int offset) {
        if (offset == 0) {
            return "the day of";
        }
        return Math.abs(offset) + (Math.abs(offset) == 1 ? " day " : " days ") + (offset < 0 ? "before" : "after");
    }
}
