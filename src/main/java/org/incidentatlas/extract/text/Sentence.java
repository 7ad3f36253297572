package org.incidentatlas.extract.text;

/**
 * A sentence of the cleaned text.
 *
 * @param start     offset in the cleaned text
 * @param end       offset just past its last character
 * @param paragraph index of its paragraph in {@link CleanText#paragraphs()}
 * @param weak      true inside a heading or caption
 */
public record Sentence(int start, int end, String text, int paragraph, boolean weak) {
}
