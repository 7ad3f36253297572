package org.incidentatlas.extract.date;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Month names as written in running text or in capitals; case-sensitive so that "may" (the verb) is not May.
     * Each starts with one of J, F, M, A, S, O, N, D: the patterns look ahead for those before trying fifty names.
     */
    private static final String MONTH = monthAlternatives();
    private static final String WEEKDAY = weekdayAlternatives();
    private static final String ORD = "(?:st|nd|rd|th)?";

    /** "27 February", "21st of March 2005". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(?=[JFMASOND])(" + MONTH + ")(?!\\p{L})(?:(?<=\\b(?:[A-Za-z]{3}|Sept|SEPT))\\.)?(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    /** "Feb. 27", "March 21, 2005", "April 7-8", "April 7 of this year". */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?=[JFMASOND])(" + MONTH + ")(?!\\p{L})\\.?\\s+(\\d{1,2})" + ORD + "(?:\\s*[-–]\\s*\\d{1,2}" + ORD + ")?\\b(?!\\s*[:.]\\d)"
                    + "(?:,?\\s+((?:19|20)\\d{2})\\b)?(?:\\s+of\\s+this\\s+year)?");
    /** "May 2010". */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?=[JFMASOND])(" + MONTH + ")(?!\\p{L})\\.?,?\\s+((?:19|20)\\d{2})\\b");
    /** "2005-03-21". */
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    /** "in April", "since March", "early May", "mid-June". */
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?i:\\b(?:in|since|during|early|late|mid|until|through|throughout|by|last|this)(?:\\s+|-))(?=[JFMASOND])(" + MONTH + ")(?!\\p{L})(?!\\.?\\s+\\d)");
    /** "in 2005", "of 2005". */
    private static final Pattern YEAR_ALONE = Pattern.compile("(?i:\\b(?:in|since|of|during|until)\\s+)((?:19|20)\\d{2})\\b(?![-–/]\\d)");
    /** "on Friday", "late on Thursday", "Sunday's", "Friday night". */
    private static final Pattern WEEKDAY_PATTERN = Pattern.compile(
            "(?i:\\b(?:(?:early|late)\\s+(?:on\\s+)?|on\\s+|last\\s+)?)(" + WEEKDAY + ")\\b(?:'s|’s)?"
                    + "(?i:\\s+(?:morning|afternoon|evening|night))?");

    /** Expressions counted from the article's today, with their day offsets. */
    private static final Relative[] FROM_TODAY = {
        new Relative("(?i)\\bthe\\s+day\\s+before\\s+yesterday\\b", -2),
        new Relative("(?i)\\b(?:earlier\\s+)?today(?:'s|’s)?\\b", 0),
        new Relative("(?i)\\btonight\\b", 0),
        new Relative("(?i)\\bthis\\s+(?:morning|afternoon|evening)\\b", 0),
        new Relative("(?i)\\byesterday(?:'s|’s)?(?:\\s+(?:morning|afternoon|evening))?\\b", -1),
        new Relative("(?i)\\blast\\s+night\\b", -1),
        new Relative("(?i)\\bovernight\\b", -1),
        new Relative("(?i)\\btomorrow\\b", 1),
    };
    /** Expressions counted from the date of the story being told. */
    private static final Relative[] FROM_STORY = {
        new Relative("(?i)\\bthe\\s+(?:day|night|evening)\\s+before\\b(?!\\s+yesterday)", -1),
        new Relative("(?i)\\bthe\\s+previous\\s+(?:day|evening|night|morning|afternoon)\\b", -1),
        new Relative("(?i)\\b(?:a|one)\\s+day\\s+(?:earlier|before)\\b", -1),
        new Relative("(?i)\\btwo\\s+days\\s+(?:earlier|before)\\b", -2),
        new Relative("(?i)\\bthree\\s+days\\s+(?:earlier|before)\\b", -3),
        // "X came one day after <event>": the event is a day before the story's date.
        new Relative("(?i)\\b(?:just\\s+)?(?:a|one)\\s+day\\s+after\\b", -1),
        new Relative("(?i)\\b(?:just\\s+)?two\\s+days\\s+after\\b", -2),
        new Relative("(?i)\\bthe\\s+next\\s+(?:day|morning|evening|night)\\b", 1),
        new Relative("(?i)\\bthe\\s+following\\s+(?:day|morning|evening|night)\\b", 1),
        new Relative("(?i)\\ba\\s+day\\s+later\\b", 1),
        new Relative("(?i)\\btwo\\s+days\\s+later\\b", 2),
    };
    /** Expressions that only fix a week. */
    private static final Relative[] WEEK = {
        new Relative("(?i)\\b(?:earlier\\s+)?this\\s+week\\b", 0),
        new Relative("(?i)\\blast\\s+week(?:end)?\\b", -7),
        new Relative("(?i)\\bnext\\s+week\\b", 7),
        new Relative("(?i)\\b(?:in|over|during)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?days\\b", -7),
        new Relative("(?i)\\b(?:in|over|during)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?weeks\\b", -7),
    };
    /** Expressions that only fix a month, relative to the month of publication. */
    private static final Relative[] MONTH_RELATIVE = {
        new Relative("(?i)\\b(?:early|earlier|late|later)\\s+(?:in\\s+)?this\\s+month\\b", 0),
        new Relative("(?i)\\bthis\\s+month\\b", 0),
        new Relative("(?i)\\blast\\s+month\\b", -1),
        new Relative("(?i)\\bnext\\s+month\\b", 1),
    };

    /** A date that names an event ("the 27 February elections") rather than dating the sentence. */
    private static final Pattern NAMES_SOMETHING = Pattern.compile(
            "(?i)^\\s*(?:parliamentary\\s+|presidential\\s+|local\\s+|general\\s+|snap\\s+|legislative\\s+|run-off\\s+)*"
                    + "(?:elections?|polls?|vote|ballot|referendum|revolution|uprising|events|anniversary|massacre)\\b");

    /** Every date expression in {@code text}, in text order, non-overlapping (the longest wins). */
    public List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        calendar(text, found);
        for (Relative r : FROM_TODAY) {
            relative(text, r, DateMention.Kind.FROM_TODAY, found);
        }
        for (Relative r : FROM_STORY) {
            relative(text, r, DateMention.Kind.FROM_STORY, found);
        }
        for (Relative r : WEEK) {
            relative(text, r, DateMention.Kind.WEEK, found);
        }
        for (Relative r : MONTH_RELATIVE) {
            relative(text, r, DateMention.Kind.MONTH, found);
        }
        for (Matcher m = WEEKDAY_PATTERN.matcher(text); m.find(); ) {
            DayOfWeek d = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            found.add(mention(text, m.start(), m.end(), DateMention.Kind.WEEKDAY, null, 0, 0, d, 0));
        }
        for (Matcher m = MONTH_ALONE.matcher(text); m.find(); ) {
            found.add(mention(text, m.start(), m.end(), DateMention.Kind.MONTH, month(m.group(1)), 0, 0, null, 0));
        }
        for (Matcher m = YEAR_ALONE.matcher(text); m.find(); ) {
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

    private static void calendar(String text, List<DateMention> found) {
        for (Matcher m = ISO.matcher(text); m.find(); ) {
            int mo = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (mo >= 1 && mo <= 12 && day >= 1 && day <= 31) {
                found.add(mention(text, m.start(), m.end(), DateMention.Kind.CALENDAR, Month.of(mo), day,
                        Integer.parseInt(m.group(1)), null, 0));
            }
        }
        for (Matcher m = DAY_MONTH.matcher(text); m.find(); ) {
            found.add(mention(text, m.start(), m.end(), DateMention.Kind.CALENDAR, month(m.group(2)),
                    Integer.parseInt(m.group(1)), year(m.group(3)), null, 0));
        }
        for (Matcher m = MONTH_DAY.matcher(text); m.find(); ) {
            int day = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= 31) {
                found.add(mention(text, m.start(), m.end(), DateMention.Kind.CALENDAR, month(m.group(1)), day,
                        year(m.group(3)), null, 0));
            }
        }
        for (Matcher m = MONTH_YEAR.matcher(text); m.find(); ) {
            found.add(mention(text, m.start(), m.end(), DateMention.Kind.MONTH, month(m.group(1)), 0,
                    Integer.parseInt(m.group(2)), null, 0));
        }
    }

    private static void relative(String text, Relative r, DateMention.Kind kind, List<DateMention> found) {
        for (Matcher m = r.pattern().matcher(text); m.find(); ) {
            found.add(mention(text, m.start(), m.end(), kind, null, 0, 0, null, r.offset()));
        }
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

    /** A relative expression and the days it counts from its reference date. */
    private record Relative(Pattern pattern, int offset) {
        Relative(String regex, int offset) {
            this(Pattern.compile(regex), offset);
        }
    }
}
