package org.incidentatlas.extract.number;

import java.util.Objects;

/**
 * A count of people as written: "about 1,000", "at least 43", "one", or a vague "dozens".
 *
 * @param value null when the text gives no number ("dozens", "many", "hundreds")
 */
public record PeopleCount(int start, int end, String text, Integer value) {

    public PeopleCount {
        Objects.requireNonNull(text, "text");
    }
}
