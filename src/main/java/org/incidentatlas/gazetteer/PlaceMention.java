package org.incidentatlas.gazetteer;

import java.util.Objects;

import org.incidentatlas.model.Place;

/**
 * A place named in a text: where (offsets into the text), how it was written, what it resolved to.
 *
 * @param start       offset of the first character of the mention
 * @param end         offset just past the mention (a possessive "'s" is not included)
 * @param surface     the text as written, e.g. "Jalal'abad" or "Osh region"
 * @param place       the gazetteer entry it resolved to
 * @param matchedName the gazetteer name or alternate name that matched
 * @param inMapArea   false for places outside the map's area (Moscow, Minsk, Washington...):
 *                    recognised so they are never mistaken for something else, never plotted
 */
public record PlaceMention(int start, int end, String surface, Place place, String matchedName, boolean inMapArea) {

    public PlaceMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(matchedName, "matchedName");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span " + start + ".." + end);
        }
    }
}
