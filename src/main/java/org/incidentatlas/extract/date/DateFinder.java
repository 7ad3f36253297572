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

    /*
     * Relative expressions with their day offsets, each matched case-insensitively from a word start.
     * They are searched together as one pattern (RELATIVE): one scan of the sentence instead of one per
     * expression. At a word start at most one of them can match, so the combined search finds what
     * each would find alone.
     */
    /** Expressions counted from the article's today, with their day offsets. */
    private static final Relative[] FROM_TODAY = {
        new Relative("the\\s+day\\s+before\\s+yesterday\\b", -2),
        new Relative("(?:earlier\\s+)?today(?:'s|’s)?\\b", 0),
        new Relative("tonight\\b", 0),
        new Relative("this\\s+(?:morning|afternoon|evening)\\b", 0),
        new Relative("yesterday(?:'s|’s)?(?:\\s+(?:morning|afternoon|evening))?\\b", -1),
        new Relative("last\\s+night\\b", -1),
        new Relative("overnight\\b", -1),
        new Relative("tomorrow\\b", 1),
    };
    /** Expressions counted from the date of the story being told. */
    private static final Relative[] FROM_STORY = {
        new Relative("the\\s+(?:day|night|evening)\\s+before\\b(?!\\s+yesterday)", -1),
        new Relative("the\\s+previous\\s+(?:day|evening|night|morning|afternoon)\\b", -1),
        new Relative("(?:a|one)\\s+day\\s+(?:earlier|before)\\b", -1),
        new Relative("two\\s+days\\s+(?:earlier|before)\\b", -2),
        new Relative("three\\s+days\\s+(?:earlier|before)\\b", -3),
        // "X came one day after <event>": the event is a day before the story's date.
        new Relative("(?:just\\s+)?(?:a|one)\\s+day\\s+after\\b", -1),
        new Relative("(?:just\\s+)?two\\s+days\\s+after\\b", -2),
        new Relative("the\\s+next\\s+(?:day|morning|evening|night)\\b", 1),
        new Relative("the\\s+following\\s+(?:day|morning|evening|night)\\b", 1),
        new Relative("a\\s+day\\s+later\\b", 1),
        new Relative("two\\s+days\\s+later\\b", 2),
    };
    /** Expressions that only fix a week. */
    private static final Relative[] WEEK = {
        new Relative("(?:earlier\\s+)?this\\s+week\\b", 0),
        new Relative("last\\s+week(?:end)?\\b", -7),
        new Relative("next\\s+week\\b", 7),
        new Relative("(?:in|over|during)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?days\\b", -7),
        new Relative("(?:in|over|during)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?weeks\\b", -7),
    };
    /** Expressions that only fix a month, relative to the month of publication. */
    private static final Relative[] MONTH_RELATIVE = {
        new Relative("(?:early|earlier|late|later)\\s+(?:in\\s+)?this\\s+month\\b", 0),
        new Relative("this\\s+month\\b", 0),
        new Relative("last\\s+month\\b", -1),
        new Relative("next\\s+month\\b", 1),
    };
    /** Every relative expression with the kind of date it gives, in the order of RELATIVE's groups. */
    private static final List<Relative.OfKind> RELATIVES = Relative.ofKinds(FROM_TODAY, FROM_STORY, WEEK, MONTH_RELATIVE);
    private static final Pattern RELATIVE = Relative.combined(RELATIVES);

    /** A date that names an event ("the 27 February elections") rather than dating the sentence. */
    private static final Pattern NAMES_SOMETHING = Pattern.compile(
            "(?i)^\\s*(?:parliamentary\\s+|presidential\\s+|local\\s+|general\\s+|snap\\s+|legislative\\s+|run-off\\s+)*"
                    + "(?:elections?|polls?|vote|ballot|referendum|revolution|uprising|events|anniversary|massacre)\\b");

    /** Every date expression in {@code text}, in text order, non-overlapping (the longest wins). */
    public List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        calendar(text, found);
        relative(text, found);
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

    private static void relative(String text, List<DateMention> found) {
        Matcher m = RELATIVE.matcher(text);
        // From each match's next character on, not its end: where the expressions' matches overlap
        // ("one day earlier this week"), each is found, as it would be alone; the longest is kept.
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            Relative.OfKind r = Relative.matched(RELATIVES, m);
            found.add(mention(text, m.start(), m.end(), r.kind(), null, 0, 0, null, r.offset()));
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

    /** A relative expression (case-insensitive, from a word start) and the days it counts from its reference date. */
    private record Relative(String regex, int offset) {

        /** An expression with the kind of reference date it counts from. */
        record OfKind(String regex, int offset, DateMention.Kind kind) {
        }

        static List<OfKind> ofKinds(Relative[] fromToday, Relative[] fromStory, Relative[] week, Relative[] month) {
            List<OfKind> all = new ArrayList<>();
            for (Relative r : fromToday) {
                all.add(new OfKind(r.regex(), r.offset(), DateMention.Kind.FROM_TODAY));
            }
            for (Relative r : fromStory) {
                all.add(new OfKind(r.regex(), r.offset(), DateMention.Kind.FROM_STORY));
            }
            for (Relative r : week) {
                all.add(new OfKind(r.regex(), r.offset(), DateMention.Kind.WEEK));
            }
            for (Relative r : month) {
                all.add(new OfKind(r.regex(), r.offset(), DateMention.Kind.MONTH));
            }
            return List.copyOf(all);
        }

        /** One pattern with a group per expression, in order (the expressions' own groups do not capture). */
        static Pattern combined(List<OfKind> all) {
            StringBuilder regex = new StringBuilder("(?i)\\b(?:");
            for (int i = 0; i < all.size(); i++) {
                regex.append(i == 0 ? "(" : "|(").append(all.get(i).regex()).append(')');
            }
            Pattern p = Pattern.compile(regex.append(')').toString());
            if (p.matcher("").groupCount() != all.size()) {
                throw new IllegalStateException("a relative date expression has a capturing group: " + p);
            }
            return p;
        }

        static OfKind matched(List<OfKind> all, Matcher m) {
            for (int g = 1; g <= all.size(); g++) {
                if (m.start(g) >= 0) {
                    return all.get(g - 1);
                }
            }
            throw new IllegalStateException("no expression matched");
        }
    }
}
