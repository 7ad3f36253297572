package org.incidentatlas.markers;

import java.util.List;
import java.util.Objects;

import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.Place;

/**
 * What one place shows at one date: its visible incidents (newest first), the kinds among them
 * (the most important first: its icon fills the disc, the others are fanned beside it), whether any
 * happened that day, and a size from the number of people hurt (or, failing that, the size of the crowd).
 *
 * @param kinds     the distinct kinds of the incidents the marker is about (those of the day when it is
 *                  current, else all), most important first ({@link MarkerPlanner#kinds})
 * @param magnitude {@link MarkerPlanner#magnitude} summed over the incidents (0 when no source gives numbers)
 * @param radius    marker radius in pixels, within {@link MarkerPlanner#MIN_RADIUS}..{@link MarkerPlanner#MAX_RADIUS}
 */
public record PlaceMarker(Place place, List<VisibleIncident> incidents, List<IncidentKind> kinds, boolean current,
                          double magnitude, double radius) {

    public PlaceMarker {
        Objects.requireNonNull(place, "place");
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a marker needs a kind to show: " + place.id());
        }
        // The index hands in an immutable list built on first use: a frame shows thousands of markers, a user opens few.
        incidents = incidents instanceof DeferredIncidents ? incidents : List.copyOf(incidents);
        if (incidents.isEmpty()) {
            throw new IllegalArgumentException("a marker needs at least one incident: " + place.id());
        }
    }

    /** The kind whose icon fills the disc: the most important of {@link #kinds}. */
    public IncidentKind kind() {
        return kinds.get(0);
    }

    public int count() {
        return incidents.size();
    }

    public String placeId() {
        return place.id();
    }
}
