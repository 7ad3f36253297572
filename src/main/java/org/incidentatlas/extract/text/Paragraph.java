package org.incidentatlas.extract.text;

import java.util.Locale;
import java.util.Objects;

/**
 * One kept paragraph of a cleaned article: where it sits in the cleaned text and in the
 * original body (its characters are copied unchanged, so one offset maps to the other).
 */
public record Paragraph(int cleanStart, int originalStart, String text, Kind kind) {

    /** How much a paragraph may be trusted as evidence. */
    public enum Kind {
        /** Running text of the report. */
        BODY,
        /** A headline or subhead: summarises, never the only evidence for an incident. */
        HEADING,
        /** A photo caption: illustrates, never the only evidence for an incident. */
        CAPTION;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** Headings and captions are weaker evidence than the running text. */
    public boolean weak() {
        return kind != Kind.BODY;
    }
}
