package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.extract.text.WordSet;
import org.incidentatlas.extract.text.WordStarts;

/**
 * Cuts a sentence into clauses where it turns to another scene: at ';', ', while', ', but',
 * dashes. "Gunfire broke out in Jalal-Abad, while in Osh, supporters threw stones" gives two
 * clauses, so each event takes its own place and date.
 */
public final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile(
            "(?i);|,\\s+(?=(?:while|whereas|but)\\b)|\\s+(?=(?:while|whereas)\\s)|\\s+(?=but\\s)|\\s+[—–]\\s+|\\s+--?\\s+");

    /** Where the phrase after event words ends: the next verb of another action, a relative clause, a full stop. */
    private static final Pattern PHRASE_END = Pattern.compile(
            "(?i)[;.!?]|\\b(?:but|while|whereas|before|after|forcing|burning|leaving|killing|injuring|when|which|who|"
                    + "because|until|said|says|(?<!well\\s)as(?!\\s+well\\s+as)|and\\s+(?:then\\s+)?(?:forced|burned|set|killed|were|"
                    + "was|had|have|has))\\b");
    /** The first words of {@link #PHRASE_END}'s alternatives. Keep in step with the pattern. */
    private static final WordSet PHRASE_END_FIRST = WordSet.of("but", "while", "whereas", "before", "after", "forcing",
            "burning", "leaving", "killing", "injuring", "when", "which", "who", "because", "until", "said", "says", "as",
            "and");

    private Clauses() {
    }

    /** Clause spans {start, end} covering the whole sentence. */
    public static List<int[]> of(String sentence) {
        List<int[]> spans = new ArrayList<>();
        if (!mayHaveBoundary(sentence)) {
            spans.add(new int[] {0, sentence.length()});
            return spans;
        }
        Matcher m = BOUNDARY.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        int start = 0;
        while (findBoundary(m, sentence, start)) {
            if (m.start() > start) {
                spans.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        spans.add(new int[] {start, sentence.length()});
        return spans;
    }

    /**
     * {@code m.find()} from {@code from}, trying {@link #BOUNDARY} only where it can start: every
     * match begins with ';', ',' or white space, and most characters of a sentence are none of these.
     */
    private static boolean findBoundary(Matcher m, String sentence, int from) {
        int n = sentence.length();
        for (int i = from; i < n; i++) {
            char c = sentence.charAt(i);
            if (c != ';' && c != ',' && !WordStarts.isRegexSpace(c)) {
                continue;
            }
            if (c != ';') {
                // After ',' or white space every alternative needs, past the white space, "while", "whereas",
                // "but" or a dash: at other spaces (most of them) the pattern is not tried.
                int j = i + 1;
                while (j < n && WordStarts.isRegexSpace(sentence.charAt(j))) {
                    j++;
                }
                char next = j < n ? sentence.charAt(j) : ' ';
                if (next != 'w' && next != 'W' && next != 'b' && next != 'B' && next != '—' && next != '–' && next != '-') {
                    continue;
                }
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHaveBoundary(String sentence) {
        // Any case: an all-capitals sentence ("... WHILE IN OSH ...") has its clauses too.
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return sentence.indexOf(';') >= 0 || sentence.indexOf('—') >= 0 || sentence.indexOf('–') >= 0
                || sentence.contains(" -") || lower.contains("while") || lower.contains("whereas") || lower.contains("but");
    }

    /**
     * The end of the phrase that starts at {@code from} (its object, its place, its date): the first
     * turn to another action before {@code limit}, or {@code limit}.
     */
    public static int phraseEnd(String sentence, int from, int limit) {
        // The phrase is cut out so that, as within a region with opaque bounds, nothing outside it is seen.
        String phrase = sentence.substring(from, limit);
        int stop = phrase.length();
        for (int i = 0; i < stop; i++) {
            char c = phrase.charAt(i);
            if (c == ';' || c == '.' || c == '!' || c == '?') {
                stop = i; // PHRASE_END's first alternative, which matches wherever one of these stands
            }
        }
        // Its other alternatives begin with one of these words: the pattern is tried at those only.
        Matcher m = PHRASE_END.matcher(phrase).useTransparentBounds(true).useAnchoringBounds(false);
        if (WordStarts.find(m, phrase, 0, PHRASE_END_FIRST) && m.start() < stop) {
            return from + m.start();
        }
        return from + stop;
    }

    /** Index of the clause that holds offset {@code at}. */
    public static int indexOf(List<int[]> clauses, int at) {
        for (int i = 0; i < clauses.size(); i++) {
            if (at < clauses.get(i)[1]) {
                return i;
            }
        }
        return clauses.size() - 1;
    }
}
