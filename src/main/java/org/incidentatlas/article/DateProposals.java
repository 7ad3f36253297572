package org.incidentatlas.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a report without a publication date may say when it was written: a date in its file name
 * ({@code 2010-06-11-osh.html}, {@code osh_20100611.txt}) or in its first lines ("June 11, 2010",
 * "11 June 2010", "2010-06-11"). The user confirms one before extraction uses it.
 */
public final class DateProposals {

    /** Only the top of a report carries its date; a date further down is an event's. */
    static final int FIRST_LINES = 5;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /** In a file name: 2010-06-11, 2010_06_11, 20100611. */
    private static final Pattern FILE_NAME = Pattern.compile("(?<!\\d)(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");

    private DateProposals() {
    }

    /** A date a report may have been published on, and where it was found ("the file name", "line 2"). */
    public record Proposal(LocalDate date, String foundIn) {
    }

    /** Proposals from the file name, then the first lines of the body; each date once, in that order. */
    public static List<Proposal> of(String fileName, String body) {
        List<Proposal> found = new ArrayList<>();
        fromFileName(fileName).ifPresent(date -> add(found, new Proposal(date, "the file name")));
        String[] lines = body.strip().split("\n", FIRST_LINES + 1);
        for (int i = 0; i < Math.min(FIRST_LINES, lines.length); i++) {
            int lineNo = i + 1;
            parse(lines[i]).ifPresent(date -> add(found, new Proposal(date, "line " + lineNo)));
        }
        return List.copyOf(found);
    }

    private static void add(List<Proposal> found, Proposal proposal) {
        if (found.stream().noneMatch(p -> p.date().equals(proposal.date()))) {
            found.add(proposal);
        }
    }

    static Optional<LocalDate> fromFileName(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        while (m.find()) {
            Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The first date written in the text, in any of the forms above; also reads ISO date-times ("2010-06-11T09:00Z"). */
    public static Optional<LocalDate> parse(String text) {
        Optional<LocalDate> first = Optional.empty();
        int firstAt = Integer.MAX_VALUE;
        for (Pattern form : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = form.matcher(text);
            while (m.find() && m.start() < firstAt) {
                Optional<LocalDate> date = form == ISO ? date(m.group(1), m.group(2), m.group(3))
                        : form == DAY_MONTH_YEAR ? date(m.group(3), month(m.group(2)), m.group(1))
                        : date(m.group(3), month(m.group(1)), m.group(2));
                if (date.isPresent()) {
                    first = date;
                    firstAt = m.start();
                    break;
                }
            }
        }
        return first;
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.isBefore(ArticleReader.FIRST_PUBLISHED) || date.isAfter(ArticleReader.LAST_PUBLISHED)) {
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
