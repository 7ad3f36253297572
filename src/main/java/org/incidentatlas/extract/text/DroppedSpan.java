package org.incidentatlas.extract.text;

/** A part of the original body left out of the cleaned text, and why (shown by {@code --explain}). */
public record DroppedSpan(int originalStart, int originalEnd, String reason) {
}
