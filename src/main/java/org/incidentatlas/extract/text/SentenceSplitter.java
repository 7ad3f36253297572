package org.incidentatlas.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits each paragraph into sentences: at '.', '!' or '?' (with any closing quotes or
 * brackets) followed by a space and a capital, digit or opening quote, or at the paragraph end.
 * Abbreviations ("Mr.", "Feb.", "U.S."), initials and ellipses ("..") inside a sentence do not split.
 */
public final class SentenceSplitter {

    /** Lower-cased abbreviations (without their final period) that rarely end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "cpl", "adm", "gov",
            "sen", "rep", "pres", "st", "jr", "sr", "rev", "hon", "messrs", "no", "nos", "vs", "etc", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "inc", "corp", "co", "ltd", "dept", "est", "fig", "al", "ave", "blvd", "mt", "ft");

    public List<Sentence> split(CleanText clean) {
        List<Sentence> sentences = new ArrayList<>();
        List<Paragraph> paragraphs = clean.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            for (int[] span : split(paragraph.text())) {
                int start = paragraph.cleanStart() + span[0];
                int end = paragraph.cleanStart() + span[1];
                sentences.add(new Sentence(start, end, clean.text().substring(start, end), p, paragraph.weak()));
            }
        }
        return sentences;
    }

    /** Sentence spans {start, end} of one paragraph, trimmed of surrounding space. */
    public List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                while (end < text.length() && isCloser(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end);
                boolean spaced = next > end || end == text.length();
                if (spaced && (next == text.length() || startsSentence(text.charAt(next)))
                        && !(c == '.' && end == i + 1 && isAbbreviation(text, i))) {
                    spans.add(new int[] {start, trimEnd(text, end)});
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < text.length()) {
            int end = trimEnd(text, text.length());
            if (end > start) {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /** True when the word before the period at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.contains(".")) {
            return true; // "U.S", "U.N", "e.g": dotted initials
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial, as in "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '“' || c == '‘'
                || c == '(' || c == '[' || c == '-' || c == '—';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
