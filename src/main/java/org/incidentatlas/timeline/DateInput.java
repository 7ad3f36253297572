package org.incidentatlas.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a date typed by the user: 2005-03-21, 21 March 2005, 21 Mar 2005, March 21, 2005, 21.03.2005. */
public final class DateInput {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WEEKDAY_PREFIX = Pattern.compile(
            "^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+", Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("uuuu-MM-dd"), strict("d MMMM uuuu"), strict("d MMM uuuu"),
            strict("MMMM d, uuuu"), strict("MMMM d uuuu"), strict("MMM d, uuuu"), strict("MMM d uuuu"),
            strict("d.M.uuuu"), strict("d/M/uuuu"));

    private DateInput() {
    }

    private static DateTimeFormatter strict(String pattern) {
        // English month names whatever the default locale; strict so "31 April" is refused, not moved.
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = WEEKDAY_PREFIX.matcher(SPACES.matcher(text.strip()).replaceAll(" ")).replaceFirst("");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(cleaned, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
