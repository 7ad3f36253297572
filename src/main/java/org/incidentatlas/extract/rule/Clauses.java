package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private Clauses() {
    }

    /** Clause spans {start, end} covering the whole sentence. */
    public static List<int[]> of(String sentence) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                spans.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        spans.add(new int[] {start, sentence.length()});
        return spans;
    }

    /**
     * The end of the phrase that starts at {@code from} (its object, its place, its date): the first
     * turn to another action before {@code limit}, or {@code limit}.
     */
    public static int phraseEnd(String sentence, int from, int limit) {
        // The phrase is cut out so that, as within a region with opaque bounds, nothing outside it is seen.
        Matcher m = PHRASE_END.matcher(sentence.substring(from, limit));
        return m.find() ? from + m.start() : limit;
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
