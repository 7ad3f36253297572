package org.incidentatlas.extract.nlp;

import java.util.Objects;

/**
 * One token of an analysed text.
 *
 * @param start offset of its first character in the original text
 * @param end   offset just past its last character; {@code text.substring(start, end)} is {@link #text()}
 * @param text  the token exactly as it stands in the original text
 * @param tag   its Universal Dependencies part of speech (UPOS: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP,
 *              DET, PRON, NUM, CCONJ, SCONJ, PART, INTJ, PUNCT, SYM, X), "X" for a word in another
 *              script than Latin, "" when the text was tokenized but not tagged
 * @param lemma its lower-case dictionary form ("seized" -> "seize", "clashes" -> "clash"); the
 *              lower-cased token when the lemmatizer has nothing better or the text was not lemmatized
 */
public record Token(int start, int end, String text, String tag, String lemma) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(lemma, "lemma");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for \"" + text + "\"");
        }
    }

    /** A full verb (UPOS VERB); auxiliaries ("was", "had", "will") are {@link #isAuxiliary()}. */
    public boolean isVerb() {
        return "VERB".equals(tag);
    }

    /** An auxiliary or modal (UPOS AUX). */
    public boolean isAuxiliary() {
        return "AUX".equals(tag);
    }

    /** A common or proper noun (UPOS NOUN or PROPN). */
    public boolean isNoun() {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }

    public boolean isProperNoun() {
        return "PROPN".equals(tag);
    }

    public boolean isAdjective() {
        return "ADJ".equals(tag);
    }

    public boolean isAdverb() {
        return "ADV".equals(tag);
    }

    /** A preposition or postposition (UPOS ADP). */
    public boolean isAdposition() {
        return "ADP".equals(tag);
    }

    public boolean isDeterminer() {
        return "DET".equals(tag);
    }

    public boolean isPronoun() {
        return "PRON".equals(tag);
    }

    public boolean isNumber() {
        return "NUM".equals(tag);
    }

    public boolean isPunctuation() {
        return "PUNCT".equals(tag);
    }
}
