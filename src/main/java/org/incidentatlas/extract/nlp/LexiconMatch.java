package org.incidentatlas.extract.nlp;

/**
 * A rule matched in a sentence.
 *
 * @param rule       the rule
 * @param start      offset of the first matched token in the original text
 * @param end        offset just past the last matched token
 * @param firstToken index of the first matched token in the sentence
 * @param endToken   index just past the last matched token
 */
public record LexiconMatch(LexiconRule rule, int start, int end, int firstToken, int endToken) {

    /** The matched words as they stand in the original text. */
    public String text(String original) {
        return original.substring(start, end);
    }
}
