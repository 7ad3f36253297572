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

    private Clauses() {
    }

    /** Clause spans {start, end} covering the whole sentence. */
    public static List<int[]> of(String sentence) {
        List<int[]> spans = new ArrayList<>();
        if (!mayHaveBoundary(sentence)) {
            spans.add(new int[] {0, sentence.length()});
            return spans;
        }
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

    private static boolean mayHaveBoundary(String sentence) {
        return sentence.indexOf(';') >= 0 || sentence.indexOf('—') >= 0 || sentence.indexOf('–') >= 0
                || sentence.contains(" -") || sentence.contains("while") || sentence.contains("whereas")
                || sentence.contains("but") || sentence.contains("While") || sentence.contains("But");
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
