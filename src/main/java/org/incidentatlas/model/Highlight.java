package org.incidentatlas.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A span of an article body worth marking when its excerpt is shown (offsets into the body). */
public record Highlight(int start, int end, Kind kind) implements Serializable {

    public enum Kind {
        PLACE, TRIGGER, DATE, NUMBER, ACTOR;

        /** Computed once: codes are asked for often (merge keys, highlights). */
        private final String code = name().toLowerCase(Locale.ROOT);

        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        }
    }

    public Highlight {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad highlight span " + start + ".." + end);
        }
    }
}
