package org.incidentatlas.timeline;

import java.util.List;
import java.util.Objects;

import org.incidentatlas.model.Place;

/**
 * What one place shows at one date: its visible incidents (newest first), the icon of the most
 * important one, whether any happened that day, and a size from the number of people hurt
 * (or, failing that, the size of the crowd).
 *
 * @param magnitude {@link MarkerPlanner#magnitude} summed over the incidents (0 when no source gives numbers)
 * @param radius    marker radius in pixels, within {@link MarkerPlanner#MIN_RADIUS}..{@link MarkerPlanner#MAX_RADIUS}
 */
public record PlaceMarker(Place place, List<VisibleIncident> incidents, MarkerIcon icon, boolean current,
                          double magnitude, double radius) {

    public PlaceMarker {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(icon, "icon");
        // The index hands in an immutable list built on first use: a frame shows thousands of markers, a user opens few.
        incidents = incidents instanceof DeferredIncidents ? incidents : List.copyOf(incidents);
        if (incidents.isEmpty()) {
            throw new IllegalArgumentException("a marker needs at least one incident: " + place.id());
        }
    }

    public int count() {
        return incidents.size();
    }

    public String placeId() {
        return place.id();
    }
}
