package org.incidentatlas.extract.nlp;

import java.util.List;

/**
 * A sentence (or any analysed span) and its tokens.
 *
 * @param start  offset of the span in the original text
 * @param end    offset just past the span
 * @param tokens its tokens in text order, with offsets into the same original text
 */
public record NlpSentence(int start, int end, List<Token> tokens) {

    public NlpSentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The span's text, cut from the text it was analysed in. */
    public String text(String original) {
        return original.substring(start, end);
    }
}
