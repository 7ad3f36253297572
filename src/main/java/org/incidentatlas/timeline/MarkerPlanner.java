package org.incidentatlas.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;

/**
 * Turns visible incidents into one marker per place. The app and the {@code render --date}
 * command both use it, so a picture and the window show the same markers.
 */
public final class MarkerPlanner {

    public static final double MIN_RADIUS = 11;
    public static final double MAX_RADIUS = 20;

    /** Which type a mixed marker shows: violence first, then seizures, then protests. */
    private static final List<IncidentType> PRIORITY =
            List.of(IncidentType.CLASH, IncidentType.ATTACK, IncidentType.SEIZURE, IncidentType.PROTEST);

    /**
     * Markers drawn in list order: older-only markers first, then the current day's, each group by
     * place name, so that what happened today is painted on top.
     */
    public List<PlaceMarker> markers(List<VisibleIncident> visible) {
        Map<String, List<VisibleIncident>> byPlace = new LinkedHashMap<>();
        for (VisibleIncident v : visible) {
            byPlace.computeIfAbsent(v.incident().place().id(), k -> new ArrayList<>()).add(v);
        }
        List<PlaceMarker> markers = new ArrayList<>();
        for (List<VisibleIncident> group : byPlace.values()) {
            markers.add(marker(group));
        }
        markers.sort(Comparator.comparing(PlaceMarker::current)
                .thenComparing(m -> m.place().name())
                .thenComparing(PlaceMarker::placeId));
        return List.copyOf(markers);
    }

    private PlaceMarker marker(List<VisibleIncident> group) {
        List<VisibleIncident> newestFirst = new ArrayList<>(group);
        newestFirst.sort(Comparator.comparing((VisibleIncident v) -> v.incident().date()).reversed()
                .thenComparing(v -> PRIORITY.indexOf(v.incident().type()))
                .thenComparing(v -> v.incident().id()));
        boolean current = newestFirst.stream().anyMatch(VisibleIncident::current);
        Incident lead = newestFirst.stream()
                .filter(v -> v.current() == current)
                .min(Comparator.comparing((VisibleIncident v) -> PRIORITY.indexOf(v.incident().type())))
                .orElseThrow()
                .incident();
        int magnitude = 0;
        for (VisibleIncident v : newestFirst) {
            magnitude += magnitude(v.incident());
        }
        return new PlaceMarker(lead.place(), newestFirst, MarkerIcon.of(lead), current, magnitude, radius(magnitude));
    }

    /** People killed and injured as the incident states them; 0 when no source gives numbers. */
    public static int magnitude(Incident incident) {
        return (incident.killed() == null ? 0 : incident.killed()) + (incident.injured() == null ? 0 : incident.injured());
    }

    /** Grows with the logarithm so that one death is visible and a hundred do not swamp the map. */
    public static double radius(int magnitude) {
        double r = MIN_RADIUS + 2.4 * Math.log1p(Math.max(0, magnitude));
        return Math.min(MAX_RADIUS, r);
    }
}
