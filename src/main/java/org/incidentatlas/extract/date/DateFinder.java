package org.incidentatlas.extract.date;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.extract.text.Anchors;
import org.incidentatlas.extract.text.WordSet;
import org.incidentatlas.extract.text.WordStarts;

/**
 * Finds date expressions in English text. Month and weekday names are matched from fixed
 * English tables, never through the default locale, so a German or Turkish machine reads
 * "Feb. 27" and "FRIDAY" the same way.
 */
public final class DateFinder {

    private static final String[][] MONTHS = {
        {"January", "Jan"}, {"February", "Feb"}, {"March", "Mar"}, {"April", "Apr"}, {"May", "May"},
        {"June", "Jun"}, {"July", "Jul"}, {"August", "Aug"}, {"September", "Sept", "Sep"},
        {"October", "Oct"}, {"November", "Nov"}, {"December", "Dec"},
    };
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    /** The weekdays' names in lower case, computed once rather than for every sentence. */
    private static final String[] WEEKDAYS_LOWER = Arrays.stream(WEEKDAYS)
            .map(d -> d.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    private static final String[][] MONTHS_BY_INITIAL = monthsByInitial();

    /**
     * Month names as written in running text or in capitals; case-sensitive so that "may" (the verb) is not May.
     * Each starts with one of J, F, M, A, S, O, N, D: the patterns look ahead for those before trying fifty names.
     */
    private static final String MONTH = monthAlternatives();
    private static final String WEEKDAY = weekdayAlternatives();
    private static final String ORD = "(?:st|nd|rd|th)?";
    /** Characters either side of a weekday's name that its expression may use ("late on", "'s evening"). */
    private static final int WINDOW = 20;

    /** "27 February", "21st of March 2005". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(?=[JFMASOND])(" + MONTH + ")(?![a-z])(?:(?<=\\b(?:[A-Za-z]{3}|Sept|SEPT))\\.)?(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    /** "Feb. 27", "March 21, 2005", "April 7-8", "April 7 of this year". */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?=[JFMASOND])(" + MONTH + ")(?![a-z])\\.?\\s+(\\d{1,2})" + ORD + "(?:\\s*[-–]\\s*\\d{1,2}" + ORD + ")?\\b(?!\\s*[:.]\\d)"
                    + "(?:,?\\s+((?:19|20)\\d{2})\\b)?(?:\\s+of\\s+this\\s+year)?");
    /** "May 2010". */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?=[JFMASOND])(" + MONTH + ")(?![a-z])\\.?,?\\s+((?:19|20)\\d{2})\\b");
    /** "2005-03-21". */
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    /** "in April", "since March", "early May", "mid-June". */
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?i:\\b(?:in|since|during|early|late|mid|until|through|throughout|by|last|this)(?:\\s+|-))(?=[JFMASOND])(" + MONTH + ")(?![a-z])(?!\\.?\\s+\\d)");
    /** "in 2005", "of 2005". */
    private static final Pattern YEAR_ALONE = Pattern.compile("(?i:\\b(?:in|since|of|during|until)\\s+)((?:19|20)\\d{2})\\b(?![-–/]\\d)");
    /** "on Friday", "late on Thursday", "Sunday's", "Friday night". */
    private static final Pattern WEEKDAY_PATTERN = Pattern.compile(
            "(?i:\\b(?:(?:early|late)\\s+(?:on\\s+)?|on\\s+|last\\s+)?)(" + WEEKDAY + ")\\b(?:'s|’s)?"
                    + "(?i:\\s+(?:morning|afternoon|evening|night))?");

    /*
     * The first words (lower case) the patterns above can start with, besides digits: at other words
     * they cannot match, so WordStarts.find does not try them there. Keep in step with the patterns.
     */
    private static final WordSet DIGITS_ONLY = WordSet.of();
    private static final WordSet MONTH_WORDS = WordSet.of(Arrays.stream(MONTHS).flatMap(Arrays::stream)
            .map(n -> n.toLowerCase(Locale.ROOT)).toList());
    private static final WordSet MONTH_ALONE_FIRST = WordSet.of("in", "since", "during", "early", "late", "mid", "until",
            "through", "throughout", "by", "last", "this");
    private static final WordSet YEAR_ALONE_FIRST = WordSet.of("in", "since", "of", "during", "until");

    /** Expressions counted from the article's today, with their day offsets. */
    private static final Relative[] FROM_TODAY = {
        new Relative("yesterday", WordSet.of("the"), "(?i)\\bthe\\s+day\\s+before\\s+yesterday\\b", -2, "before"),
        new Relative("today", WordSet.of("earlier", "today"), "(?i)\\b(?:earlier\\s+)?today(?:'s|’s)?\\b", 0),
        new Relative("tonight", WordSet.of("tonight"), "(?i)\\btonight\\b", 0),
        new Relative("this", WordSet.of("this"), "(?i)\\bthis\\s+(?:morning|afternoon|evening)\\b", 0, "morning", "afternoon", "evening"),
        new Relative("yesterday", WordSet.of("yesterday"), "(?i)\\byesterday(?:'s|’s)?(?:\\s+(?:morning|afternoon|evening))?\\b", -1),
        new Relative("night", WordSet.of("last"), "(?i)\\blast\\s+night\\b", -1, "last"),
        new Relative("overnight", WordSet.of("overnight"), "(?i)\\bovernight\\b", -1),
        new Relative("tomorrow", WordSet.of("tomorrow"), "(?i)\\btomorrow\\b", 1),
    };
    /** Expressions counted from the date of the story being told. */
    private static final Relative[] FROM_STORY = {
        new Relative("before", WordSet.of("the"), "(?i)\\bthe\\s+(?:day|night|evening)\\s+before\\b(?!\\s+yesterday)", -1,
                "day", "night", "evening"),
        new Relative("previous", WordSet.of("the"), "(?i)\\bthe\\s+previous\\s+(?:day|evening|night|morning|afternoon)\\b", -1),
        new Relative("day ", WordSet.of("a", "one"), "(?i)\\b(?:a|one)\\s+day\\s+(?:earlier|before)\\b", -1, "earlier", "before"),
        new Relative("days", WordSet.of("two"), "(?i)\\btwo\\s+days\\s+(?:earlier|before)\\b", -2, "two"),
        new Relative("days", WordSet.of("three"), "(?i)\\bthree\\s+days\\s+(?:earlier|before)\\b", -3, "three"),
        // "X came one day after <event>": the event is a day before the story's date.
        new Relative("after", WordSet.of("just", "a", "one"), "(?i)\\b(?:just\\s+)?(?:a|one)\\s+day\\s+after\\b", -1, "day"),
        new Relative("after", WordSet.of("just", "two"), "(?i)\\b(?:just\\s+)?two\\s+days\\s+after\\b", -2, "two"),
        new Relative("next", WordSet.of("the"), "(?i)\\bthe\\s+next\\s+(?:day|morning|evening|night)\\b", 1),
        new Relative("following", WordSet.of("the"), "(?i)\\bthe\\s+following\\s+(?:day|morning|evening|night)\\b", 1),
        new Relative("later", WordSet.of("a"), "(?i)\\ba\\s+day\\s+later\\b", 1, "day"),
        new Relative("later", WordSet.of("two"), "(?i)\\btwo\\s+days\\s+later\\b", 2, "two"),
    };
    /** Expressions that only fix a week. */
    private static final Relative[] WEEK = {
        new Relative("week", WordSet.of("earlier", "this"), "(?i)\\b(?:earlier\\s+)?this\\s+week\\b", 0),
        new Relative("week", WordSet.of("last"), "(?i)\\blast\\s+week(?:end)?\\b", -7),
        new Relative("week", WordSet.of("next"), "(?i)\\bnext\\s+week\\b", 7),
        new Relative("days", WordSet.of("in", "over", "during"), "(?i)\\b(?:in|over|during)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?days\\b", -7,
                "recent", "past", "last"),
        new Relative("weeks", WordSet.of("in", "over", "during"), "(?i)\\b(?:in|over|during)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?weeks\\b", -7,
                "recent", "past", "last"),
    };
    /** Expressions that only fix a month, relative to the month of publication. */
    private static final Relative[] MONTH_RELATIVE = {
        new Relative("month", WordSet.of("early", "earlier", "late", "later"), "(?i)\\b(?:early|earlier|late|later)\\s+(?:in\\s+)?this\\s+month\\b", 0),
        new Relative("month", WordSet.of("this"), "(?i)\\bthis\\s+month\\b", 0),
        new Relative("month", WordSet.of("last"), "(?i)\\blast\\s+month\\b", -1),
        new Relative("month", WordSet.of("next"), "(?i)\\bnext\\s+month\\b", 1),
    };

    /** A date that names an event ("the 27 February elections") rather than dating the sentence. */
    private static final Pattern NAMES_SOMETHING = Pattern.compile(
            "(?i)^\\s*(?:parliamentary\\s+|presidential\\s+|local\\s+|general\\s+|snap\\s+|legislative\\s+|run-off\\s+)*"
                    + "(?:elections?|polls?|vote|ballot|referendum|revolution|uprising|events|anniversary|massacre)\\b");

    /** Every date expression in {@code text}, in text order, non-overlapping (the longest wins). */
    public List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        // Cheap gates first: most sentences hold no month name, no "day" and no digit, and skip the patterns.
        String lower = text.toLowerCase(Locale.ROOT);
        boolean digits = Anchors.hasDigit(text);
        boolean monthName = hasMonthName(text);
        if (digits || monthName) {
            calendar(text, found, digits, monthName);
        }
        boolean day = lower.contains("day"); // in "today", the weekdays, "the day before"
        if (day || lower.contains("night") || lower.contains("this") || lower.contains("tomorrow")) {
            for (Relative r : FROM_TODAY) {
                relative(text, lower, r, DateMention.Kind.FROM_TODAY, found);
            }
        }
        if (day || lower.contains("night") || lower.contains("evening") || lower.contains("previous")
                || lower.contains("before")) {
            for (Relative r : FROM_STORY) {
                relative(text, lower, r, DateMention.Kind.FROM_STORY, found);
            }
        }
        if (lower.contains("week") || lower.contains("days")) {
            for (Relative r : WEEK) {
                relative(text, lower, r, DateMention.Kind.WEEK, found);
            }
        }
        if (lower.contains("month")) {
            for (Relative r : MONTH_RELATIVE) {
                relative(text, lower, r, DateMention.Kind.MONTH, found);
            }
        }
        Matcher m;
        // One matcher for all weekday windows of the sentence: region() resets it, keeping the transparent bounds.
        Matcher weekdays = null;
        // Every weekday's name ends in "day": most sentences have none and skip the seven searches.
        for (int k = 0; k < WEEKDAYS_LOWER.length && day; k++) {
            String name = WEEKDAYS_LOWER[k];
            // Try the pattern only in a window around each weekday name: "late on Friday night".
            for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length())) {
                if (weekdays == null) {
                    weekdays = WEEKDAY_PATTERN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m = weekdays.region(Math.max(0, at - WINDOW), Math.min(text.length(), at + name.length() + WINDOW));
                while (m.find()) {
                    if (m.start(1) == at) {
                        DayOfWeek d = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                        found.add(mention(text, m.start(), m.end(), DateMention.Kind.WEEKDAY, null, 0, 0, d, 0));
                        break;
                    }
                }
            }
        }
        if (monthName) {
            m = atWordStarts(MONTH_ALONE, text);
            for (int from = 0; WordStarts.find(m, text, from, MONTH_ALONE_FIRST); from = m.end()) {
                found.add(mention(text, m.start(), m.end(), DateMention.Kind.MONTH, month(m.group(1)), 0, 0, null, 0));
            }
        }
        if (!digits || !hasYear(text)) {
            return weekdaysWithDates(text, longestFirst(found));
        }
        m = atWordStarts(YEAR_ALONE, text);
        for (int from = 0; WordStarts.find(m, text, from, YEAR_ALONE_FIRST); from = m.end()) {
            found.add(mention(text, m.start(), m.end(), DateMention.Kind.YEAR, null, 0,
                    Integer.parseInt(m.group(1)), null, 0));
        }
        return weekdaysWithDates(text, longestFirst(found));
    }

    /** What may stand between a weekday and the calendar date that says which one it is. */
    private static final Pattern WEEKDAY_DATE_GAP = Pattern.compile(",?\\s*(?:the\\s+)?");

    /**
     * "on Friday 11 June", "Friday, May 14": the calendar date says which Friday, so the two are one
     * calendar date (a weekday alone would be the latest before publication, perhaps another week's).
     */
    private static List<DateMention> weekdaysWithDates(String text, List<DateMention> inOrder) {
        List<DateMention> merged = new ArrayList<>(inOrder.size());
        for (int i = 0; i < inOrder.size(); i++) {
            DateMention d = inOrder.get(i);
            DateMention next = i + 1 < inOrder.size() ? inOrder.get(i + 1) : null;
            if (d.kind() == DateMention.Kind.WEEKDAY && next != null && next.kind() == DateMention.Kind.CALENDAR
                    && next.start() >= d.end()
                    && WEEKDAY_DATE_GAP.matcher(text.substring(d.end(), next.start())).matches()) {
                merged.add(new DateMention(d.start(), next.end(), text.substring(d.start(), next.end()),
                        DateMention.Kind.CALENDAR, next.month(), next.day(), next.year(), null, 0, next.modifier()));
                i++;
            } else {
                merged.add(d);
            }
        }
        return merged;
    }

    private void calendar(String text, List<DateMention> found, boolean digits, boolean monthName) {
        Matcher m;
        if (digits && text.indexOf('-') >= 0) {
            m = atWordStarts(ISO, text);
            for (int from = 0; WordStarts.find(m, text, from, DIGITS_ONLY); from = m.end()) {
                int mo = Integer.parseInt(m.group(2));
                int day = Integer.parseInt(m.group(3));
                if (mo >= 1 && mo <= 12 && day >= 1 && day <= 31) {
                    found.add(mention(text, m.start(), m.end(), DateMention.Kind.CALENDAR, Month.of(mo), day,
                            Integer.parseInt(m.group(1)), null, 0));
                }
            }
        }
        if (!digits || !monthName) {
            return;
        }
        m = atWordStarts(DAY_MONTH, text);
        for (int from = 0; WordStarts.find(m, text, from, DIGITS_ONLY); from = m.end()) {
            found.add(mention(text, m.start(), m.end(), DateMention.Kind.CALENDAR, month(m.group(2)),
                    Integer.parseInt(m.group(1)), year(m.group(3)), null, 0));
        }
        m = atWordStarts(MONTH_DAY, text);
        for (int from = 0; WordStarts.find(m, text, from, MONTH_WORDS); from = m.end()) {
            int day = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= 31) {
                found.add(mention(text, m.start(), m.end(), DateMention.Kind.CALENDAR, month(m.group(1)), day,
                        year(m.group(3)), null, 0));
            }
        }
        m = atWordStarts(MONTH_YEAR, text);
        for (int from = 0; WordStarts.find(m, text, from, MONTH_WORDS); from = m.end()) {
            found.add(mention(text, m.start(), m.end(), DateMention.Kind.MONTH, month(m.group(1)), 0,
                    Integer.parseInt(m.group(2)), null, 0));
        }
    }

    private static void relative(String text, String lower, Relative r, DateMention.Kind kind, List<DateMention> found) {
        if (!r.mayMatch(lower)) {
            return;
        }
        Matcher m = atWordStarts(r.pattern(), text);
        for (int from = 0; WordStarts.find(m, text, from, r.firstWords()); from = m.end()) {
            found.add(mention(text, m.start(), m.end(), kind, null, 0, 0, null, r.offset()));
        }
    }

    /**
     * A matcher for {@link WordStarts#find}: every pattern here but the weekday's (searched in windows)
     * starts with {@code \b} and a letter or digit, so it is tried at word starts only.
     */
    private static Matcher atWordStarts(Pattern p, String text) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static DateMention mention(String text, int start, int end, DateMention.Kind kind, Month month, int day,
                                       int year, DayOfWeek weekday, int offset) {
        // Starts with ^: lookingAt() answers as find() would, without trying every later position.
        boolean modifier = NAMES_SOMETHING.matcher(text.substring(end, Math.min(text.length(), end + 60))).lookingAt();
        return new DateMention(start, end, text.substring(start, end), kind, month, day, year, weekday, offset, modifier);
    }

    private static final Comparator<DateMention> LONGEST_FIRST = Comparator
            .comparingInt((DateMention d) -> d.end() - d.start()).reversed().thenComparingInt(DateMention::start);
    private static final Comparator<DateMention> IN_TEXT_ORDER = Comparator.comparingInt(DateMention::start);

    /** Keeps the longest of overlapping expressions ("the day before yesterday" over "yesterday"). */
    private static List<DateMention> longestFirst(List<DateMention> found) {
        if (found.size() < 2) {
            return found; // most sentences: nothing to choose between
        }
        found.sort(LONGEST_FIRST);
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : found) {
            if (kept.stream().noneMatch(k -> k.start() < d.end() && d.start() < k.end())) {
                kept.add(d);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        return kept;
    }

    /** A capitalised word starting with a month's first three letters ("Feb.", "March", "MAY"). */
    private static boolean hasMonthName(String text) {
        for (int i = 0; i + 3 <= text.length(); i++) {
            char c = text.charAt(i);
            // Most characters are not a month's capital: a table look-up rejects them before any other test.
            if (c >= 'Z' || MONTHS_BY_INITIAL[c] == null || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            for (String name : MONTHS_BY_INITIAL[c]) {
                // As regionMatches(ignoreCase) for the two letters after the capital, without its overhead.
                if (sameLetter(text.charAt(i + 1), name.charAt(1)) && sameLetter(text.charAt(i + 2), name.charAt(2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code c} is the lower-case ASCII letter {@code lower} in either case. */
    private static boolean sameLetter(char c, char lower) {
        return c == lower || c == lower - ('a' - 'A');
    }

    /** The months' full names by their capital initial ('J': January, June, July), for {@link #hasMonthName}. */
    private static String[][] monthsByInitial() {
        String[][] table = new String['Z'][];
        for (String[] names : MONTHS) {
            char c = names[0].charAt(0);
            String[] row = table[c] == null ? new String[0] : table[c];
            row = Arrays.copyOf(row, row.length + 1);
            row[row.length - 1] = names[0];
            table[c] = row;
        }
        return table;
    }

    /** Whether "19" or "20" and two more digits stand in the text, as in every match of {@link #YEAR_ALONE}. */
    private static boolean hasYear(String text) {
        for (int i = text.indexOf('9'); i >= 1; i = text.indexOf('9', i + 1)) {
            if (text.charAt(i - 1) == '1' && followedByTwoDigits(text, i)) {
                return true;
            }
        }
        for (int i = text.indexOf('0'); i >= 1; i = text.indexOf('0', i + 1)) {
            if (text.charAt(i - 1) == '2' && followedByTwoDigits(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByTwoDigits(String text, int at) {
        return at + 2 < text.length() && isDigit(text.charAt(at + 1)) && isDigit(text.charAt(at + 2));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }


    private static Month month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            for (String form : MONTHS[i]) {
                if (n.equals(form.toLowerCase(Locale.ROOT))) {
                    return Month.of(i + 1);
                }
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static int year(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    private static String monthAlternatives() {
        List<String> forms = new ArrayList<>();
        for (String[] names : MONTHS) {
            for (String n : names) {
                forms.add(n);
                forms.add(n.toUpperCase(Locale.ROOT));
            }
        }
        // Longest first, so that "September" is tried before "Sep".
        forms.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", forms);
    }

    private static String weekdayAlternatives() {
        List<String> forms = new ArrayList<>();
        for (String d : WEEKDAYS) {
            forms.add(d);
            forms.add(d.toUpperCase(Locale.ROOT));
        }
        return String.join("|", forms);
    }

    /**
     * A relative expression; its pattern runs only when the text holds its anchor and, when it has
     * any, one of its second words (each match contains both: "last night" holds "night" and "last").
     */
    private record Relative(String anchor, WordSet firstWords, Pattern pattern, int offset, String[] alsoOneOf) {
        /** {@code firstWords}: the lower-case words a match can start with, for WordStarts.find. */
        Relative(String anchor, WordSet firstWords, String regex, int offset, String... alsoOneOf) {
            this(anchor, firstWords, Pattern.compile(regex), offset, alsoOneOf);
        }

        boolean mayMatch(String lower) {
            return lower.contains(anchor) && (alsoOneOf.length == 0 || Anchors.any(lower, alsoOneOf));
        }
    }
}
