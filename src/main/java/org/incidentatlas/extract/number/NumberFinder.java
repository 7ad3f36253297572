package org.incidentatlas.extract.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts of people and the killed and injured a sentence reports. Digits are read
 * without the default locale ("1,000" is a thousand on any machine).
 */
public final class NumberFinder {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a dozen", 12),
            Map.entry("a hundred", 100), Map.entry("a thousand", 1000));

    private static final String QUALIFIER = "(?:(?:about|around|approximately|some|at\\s+least|at\\s+most|more\\s+than|"
            + "over|nearly|almost|up\\s+to|roughly|an\\s+estimated|as\\s+many\\s+as|fewer\\s+than|less\\s+than)\\s+)?";
    private static final String WORD_NUMBER = "(?:a\\s+dozen|a\\s+hundred|a\\s+thousand|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
            + "thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)";

    /** "about 1,000", "at least 43", "one", "two hundred", "10 thousand". */
    private static final Pattern EXACT = Pattern.compile("(?i)\\b" + QUALIFIER + "(" + DIGITS + "|" + WORD_NUMBER + ")"
            + "(?:[\\s-]+(hundred|thousand))?\\b(?![.,]\\d)(?!\\s*(?:%|per\\s*cent|percent|miles|km|kilomet|years?|"
            + "months?|days?|weeks?|hours?|minutes?|GMT|o'clock|a\\.m|p\\.m|[ap]m\\b))");
    /** Counts that give no number: "dozens", "hundreds", "many". */
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:(?:tens\\s+of\\s+)?thousands|hundreds|dozens|scores|"
            + "several\\s+(?:hundred|thousand|dozen)|several|many|a\\s+few|a\\s+number\\s+of|numerous)\\b");

    private static final Pattern KILLED = Pattern.compile("(?i)\\b(?:killed|killing|dead|died|deaths?|shot\\s+dead|"
            + "beaten\\s+to\\s+death|lost\\s+their\\s+lives|fatalities)\\b");
    private static final Pattern INJURED = Pattern.compile("(?i)\\b(?:injured|injuring|wounded|wounding|hurt|hospitali[sz]ed|injuries)\\b");
    private static final Pattern KILLING = Pattern.compile("(?i)\\b(?:killing|killed)\\s*$");
    private static final Pattern INJURING = Pattern.compile("(?i)\\b(?:injuring|wounding|injured|wounded)\\s*$");

    /** What may stand between a count and its verb: a few words, no punctuation, no second clause. */
    private static final Pattern COUNT_TO_VERB = Pattern.compile("(?i)^(?:\\s+[\\p{L}'’-]+){0,5}?\\s*$");
    /** What may stand between two coordinated counts: "14 police officers and 7 protesters". */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?i)^(?:\\s+[\\p{L}'’-]+){0,3}\\s*,?\\s+and\\s+$");
    /** Words that show a clause boundary, so the count before belongs to another verb. */
    private static final Pattern VERB_WORD = Pattern.compile(
            "(?i)\\b(?:has|have|had|was|were|is|are|been|said|says|died|killed|injured|wounded|hurt|dead|and|but|while|of)\\b");
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?s).*\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\p{L}*\\.?\\s+$");
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "(?s)^\\s+(?:of\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec).*");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_AND = Pattern.compile("(?i)\\band\\s*$");

    /** Every count of people in {@code text}, exact or vague, in text order. */
    public List<PeopleCount> counts(String text) {
        List<PeopleCount> counts = new ArrayList<>();
        for (Matcher m = EXACT.matcher(text); m.find(); ) {
            if (!isYearOrDay(text, m)) {
                counts.add(new PeopleCount(m.start(), m.end(), m.group(), value(m.group(1), m.group(2))));
            }
        }
        for (Matcher m = VAGUE.matcher(text); m.find(); ) {
            int s = m.start();
            int e = m.end();
            if (counts.stream().noneMatch(c -> c.start() < e && s < c.end())) {
                counts.add(new PeopleCount(s, e, m.group(), null));
            }
        }
        counts.sort(java.util.Comparator.comparingInt(PeopleCount::start));
        return counts;
    }

    /** The killed and injured {@code text} states, each the count nearest before its verb (coordinated counts add up). */
    public Casualties casualties(String text) {
        List<PeopleCount> counts = counts(text);
        PeopleCount killed = near(text, counts, KILLED, KILLING);
        PeopleCount injured = near(text, counts, INJURED, INJURING);
        if (killed == null && injured == null) {
            return Casualties.NONE;
        }
        return new Casualties(killed == null ? null : killed.value(), injured == null ? null : injured.value(),
                killed, injured);
    }

    private static PeopleCount near(String text, List<PeopleCount> counts, Pattern verb, Pattern gerund) {
        for (Matcher m = verb.matcher(text); m.find(); ) {
            // Active: "killing five", "injured 12 people": the verb ends the text before the count.
            for (PeopleCount c : counts) {
                if (c.start() >= m.end() && text.substring(m.end(), c.start()).isBlank()
                        && gerund.matcher(text.substring(0, m.end())).find()) {
                    return c;
                }
            }
            // Passive or intransitive: "43 others were injured", "one person died".
            PeopleCount best = null;
            int index = -1;
            for (int i = 0; i < counts.size(); i++) {
                PeopleCount c = counts.get(i);
                if (c.end() <= m.start()) {
                    String gap = text.substring(c.end(), m.start());
                    if (COUNT_TO_VERB.matcher(gap).matches() && !containsClauseWord(gap)) {
                        best = c;
                        index = i;
                    }
                }
            }
            if (best != null) {
                return sumCoordinated(text, counts, index);
            }
        }
        return null;
    }

    private static boolean containsClauseWord(String gap) {
        Matcher m = VERB_WORD.matcher(gap);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!(w.equals("has") || w.equals("have") || w.equals("had") || w.equals("was") || w.equals("were")
                    || w.equals("is") || w.equals("are") || w.equals("been"))) {
                return true;
            }
        }
        return false;
    }

    /** "At least 14 police officers and 7 protesters were injured": 21. */
    private static PeopleCount sumCoordinated(String text, List<PeopleCount> counts, int last) {
        PeopleCount c = counts.get(last);
        Integer total = c.value();
        int first = last;
        while (first > 0) {
            PeopleCount before = counts.get(first - 1);
            String gap = text.substring(before.end(), counts.get(first).start());
            Matcher words = VERB_WORD.matcher(TRAILING_AND.matcher(gap).replaceAll(""));
            if (!COORDINATION.matcher(gap).matches() || words.find()) {
                break;
            }
            first--;
            total = total == null || before.value() == null ? null : total + before.value();
        }
        int start = counts.get(first).start();
        return new PeopleCount(start, c.end(), text.substring(start, c.end()), total);
    }

    /** "2005" after a month, or "21" in "March 21", is a date, not a crowd. */
    private static boolean isYearOrDay(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        String number = m.group(1);
        return MONTH_BEFORE.matcher(before).matches()
                || YEAR.matcher(number).matches() && m.group(2) == null
                || MONTH_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).matches();
    }

    private static Integer value(String number, String multiplier) {
        String n = WHITESPACE.matcher(number.toLowerCase(Locale.ROOT)).replaceAll(" ");
        long v;
        if (Character.isDigit(n.charAt(0))) {
            v = Long.parseLong(n.replace(",", ""));
        } else {
            v = WORDS.get(n);
        }
        if (multiplier != null) {
            v *= multiplier.equalsIgnoreCase("hundred") ? 100 : 1000;
        }
        return v > Integer.MAX_VALUE ? null : (int) v;
    }
}
