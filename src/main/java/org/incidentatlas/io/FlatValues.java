package org.incidentatlas.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.incidentatlas.model.Source;

/**
 * The values of the flat incident formats (CSV, KML), where every field is text: each check throws
 * an {@link IllegalArgumentException} whose message says, in words, what is wrong with the value;
 * the reader adds the file, line and column. Limits are those of the GeoJSON reader.
 */
final class FlatValues {

    /** Between the items of a list in one field (actors, outlets), as ACLED joins associated actors. */
    static final String LIST_SEPARATOR = "; ";
    /**
     * Between the excerpts of several sources in one field (CSV notes, KML description): a section
     * break on its own line, readable where the file is shown and unlike anything an excerpt holds
     * (excerpts hold blank lines between paragraphs).
     */
    static final String EXCERPT_SEPARATOR = "\n\n* * *\n\n";

    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*;\\s*");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,12}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** "14 May 2010" and "14-May-2010", as older ACLED exports write dates. */
    private static final DateTimeFormatter DAY_MONTH_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d[ ][-]MMMM[ ][-]uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_MON_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d[ ][-]MMM[ ][-]uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    private FlatValues() {
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("has no " + what);
        }
        return value.strip();
    }

    /** A day: {@code 2010-05-14}, or {@code 14 May 2010} / {@code 14-May-2010} when {@code wordsAllowed}. */
    static LocalDate date(String text, String what, boolean wordsAllowed) {
        String value = required(text, what);
        LocalDate date = null;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException notIso) {
            if (wordsAllowed) {
                for (DateTimeFormatter format : List.of(DAY_MONTH_YEAR, DAY_MON_YEAR)) {
                    try {
                        date = LocalDate.parse(value, format);
                        break;
                    } catch (DateTimeParseException tryNext) {
                        // the next format
                    }
                }
            }
        }
        if (date == null) {
            throw new IllegalArgumentException("has " + what + " " + shown(value) + ", which is not a day "
                    + (wordsAllowed ? "(YYYY-MM-DD or \"14 May 2010\")" : "(YYYY-MM-DD)"));
        }
        return inWindow(date, what);
    }

    static LocalDate inWindow(LocalDate date, String what) {
        if (date.isBefore(IncidentGeoJson.FIRST_DATE) || date.isAfter(IncidentGeoJson.LAST_DATE)) {
            throw new IllegalArgumentException("has " + what + " " + date + " outside "
                    + IncidentGeoJson.FIRST_DATE + " to " + IncidentGeoJson.LAST_DATE);
        }
        return date;
    }

    /** A number of people: empty means none given; otherwise a whole number from 0 to the GeoJSON limit. */
    static Integer count(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!WHOLE_NUMBER.matcher(value).matches() || Long.parseLong(value) > IncidentGeoJson.MAX_COUNT) {
            throw new IllegalArgumentException("has " + what + " " + shown(value) + "; it must be empty or a whole number from 0 to "
                    + IncidentGeoJson.MAX_COUNT);
        }
        return Integer.parseInt(value);
    }

    static double latitude(String text) {
        return coordinate(text, "latitude", 90);
    }

    static double longitude(String text) {
        return coordinate(text, "longitude", 180);
    }

    private static double coordinate(String text, String what, double limit) {
        String value = required(text, "a " + what);
        // A plain decimal only: "NaN", "Infinity", hexadecimal and exponents are no coordinates here.
        if (!DECIMAL.matcher(value).matches()) {
            throw new IllegalArgumentException("has " + what + " " + shown(value) + ", which is not a decimal number");
        }
        double number = Double.parseDouble(value);
        if (!(Math.abs(number) <= limit)) {
            throw new IllegalArgumentException("has " + what + " " + value + " outside -" + (int) limit + ".." + (int) limit);
        }
        return number;
    }

    /** Written as a plain decimal, never in exponent form, so every reader takes it. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** One of an enumeration's codes ("clash"); unknown values are named with the known ones. */
    static <E extends Enum<E>> E code(String text, Class<E> type, String what) {
        String value = required(text, what);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("has an unknown " + what + " " + shown(value) + " (known: "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ")");
    }

    static boolean bool(String text, String what) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("has " + what + " " + shown(text) + ", which is not true or false");
        };
    }

    /** The items of a list field; empty items are dropped. */
    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LIST_SPLIT.split(text.strip())).filter(s -> !s.isEmpty()).toList();
    }

    static String joined(List<String> items) {
        return String.join(LIST_SEPARATOR, items);
    }

    /**
     * The sources a flat record names: one per outlet (or one when none is named), each with its
     * article and publication day when the fields give as many as there are outlets (otherwise the
     * article is the incident's id). Excerpts are paired in order; with fewer excerpts than sources
     * the last sources have none, with more the last source keeps the rest, so that writing the
     * sources back gives the same text.
     */
    static List<Source> sources(String incidentId, String outlets, String articles, String published, String excerpts) {
        List<String> outletList = list(outlets);
        int n = Math.max(1, outletList.size());
        List<String> articleList = list(articles);
        List<String> publishedList = published == null || published.isBlank() ? List.of()
                : Arrays.asList(published.strip().split("\\s*;\\s*", -1));
        String excerptText = excerpts == null ? "" : excerpts;
        List<String> excerptList = Arrays.asList(excerptText.split(Pattern.quote(EXCERPT_SEPARATOR), -1));
        if (!publishedList.isEmpty() && publishedList.size() != n) {
            throw new IllegalArgumentException("names " + publishedList.size() + " publication days for " + n + " sources");
        }
        List<Source> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String outlet = outletList.isEmpty() ? "" : outletList.get(i);
            String article = articleList.size() == n ? articleList.get(i) : incidentId;
            LocalDate day = publishedList.isEmpty() || publishedList.get(i).isEmpty() ? null
                    : date(publishedList.get(i), "a publication day", false);
            String excerpt = i >= excerptList.size() ? ""
                    : i < n - 1 ? excerptList.get(i)
                    : String.join(EXCERPT_SEPARATOR, excerptList.subList(i, excerptList.size()));
            sources.add(new Source(article, outlet, day, excerpt, 0, excerpt.length()));
        }
        return sources;
    }

    static String outlets(List<Source> sources) {
        return joined(sources.stream().map(Source::outlet).toList());
    }

    static String articles(List<Source> sources) {
        return joined(sources.stream().map(Source::article).toList());
    }

    static String published(List<Source> sources) {
        if (sources.stream().allMatch(s -> s.published() == null)) {
            return "";
        }
        return sources.stream().map(s -> s.published() == null ? "" : s.published().toString())
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    static String excerpts(List<Source> sources) {
        return sources.stream().map(Source::excerpt).collect(Collectors.joining(EXCERPT_SEPARATOR));
    }

    static String shown(String value) {
        String text = "\"" + value + "\"";
        return Printable.strip(text.length() > 60 ? text.substring(0, 56) + "...\"" : text);
    }
}
