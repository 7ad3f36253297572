package org.incidentatlas.search;

import java.time.LocalDate;
import java.util.Objects;

import org.incidentatlas.model.Place;

/**
 * One search result: where it points (a place, and the day of its incident) and what to show.
 *
 * @param date    the day to go to; null for a place that has no incident (the map still goes there)
 * @param snippet the matched words in their context; empty for a place
 */
public record SearchHit(Kind kind, String label, String snippet, Place place, LocalDate date) {

    public enum Kind {
        /** A place, found by any of its names. */
        PLACE,
        /** The words occur in an excerpt of an incident. */
        EXCERPT,
        /** The words occur in a report (its title or text); the hit points at an incident it reports. */
        ARTICLE
    }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(place, "place");
        snippet = Objects.requireNonNullElse(snippet, "");
    }
}
