package org.incidentatlas.gazetteer;

import java.util.Objects;

import org.incidentatlas.model.Place;

/**
 * A place with what the gazetteer knows about trusting it.
 *
 * @param place        the place
 * @param needsContext its name is also a common word or a person's name (Kant, Alga, Talas as a
 *                     river...): a mention counts only with place-like context ("in Kant", "Kant
 *                     district")
 * @param accuracyKm   how far the true location may lie from the point: about 1 km for GeoNames
 *                     settlements, more for hand-added villages and for regions' label points
 */
public record GazetteerEntry(Place place, boolean needsContext, double accuracyKm) {

    public GazetteerEntry {
        Objects.requireNonNull(place, "place");
        if (!(accuracyKm >= 0)) {
            throw new IllegalArgumentException("accuracy must be >= 0 km, not " + accuracyKm + " for " + place.id());
        }
    }

    public static GazetteerEntry of(Place place) {
        return new GazetteerEntry(place, false, 1.0);
    }
}
