package org.incidentatlas.markers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;

/**
 * Turns visible incidents into one marker per place. The app and the {@code render --date}
 * command both use it, so a picture and the window show the same markers.
 */
public final class MarkerPlanner {

    public static final double MIN_RADIUS = 11;
    public static final double MAX_RADIUS = 20;

    /** A marker's incidents: newest first, then by type priority, then id. */
    public static final Comparator<VisibleIncident> NEWEST_FIRST =
            Comparator.comparing((VisibleIncident v) -> v.incident().date()).reversed()
                    .thenComparing(v -> v.incident().type(), IncidentType.BY_MARKER_PRIORITY)
                    .thenComparing(v -> v.incident().id());

    /** The order of places within each group of {@link #DRAWING_ORDER}: by name, then id. */
    public static final Comparator<Place> PLACE_ORDER = Comparator.comparing(Place::name).thenComparing(Place::id);

    /** Older-only markers first, then the current day's, each group in {@link #PLACE_ORDER}. */
    public static final Comparator<PlaceMarker> DRAWING_ORDER = Comparator.comparing(PlaceMarker::current)
            .thenComparing(PlaceMarker::place, PLACE_ORDER);

    /**
     * Magnitudes are summed in millionths, as whole numbers, so that a sum does not depend on the
     * order it is taken in: the marker index sums by prefix differences, this planner one by one.
     */
    public static final double MAGNITUDE_UNITS = 1e6;

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
        markers.sort(DRAWING_ORDER);
        return List.copyOf(markers);
    }

    private PlaceMarker marker(List<VisibleIncident> group) {
        List<VisibleIncident> newestFirst = new ArrayList<>(group);
        newestFirst.sort(NEWEST_FIRST);
        boolean current = newestFirst.stream().anyMatch(VisibleIncident::current);
        List<Incident> shown = newestFirst.stream().filter(v -> v.current() == current).map(VisibleIncident::incident).toList();
        Incident lead = shown.get(0);
        long units = 0;
        for (VisibleIncident v : newestFirst) {
            units += magnitudeUnits(v.incident());
        }
        double magnitude = units / MAGNITUDE_UNITS;
        return new PlaceMarker(lead.place(), newestFirst, kinds(shown), current, magnitude, radius(magnitude));
    }

    /**
     * The kinds a marker shows for incidents of one place: one per type, most important type first
     * (its icon fills the disc), each in the variant of its type's newest incident (smallest id
     * that day). Every type at the place shows, so a seizure and a clash on one day are both seen.
     *
     * @param newestFirst the incidents in {@link #NEWEST_FIRST} order
     */
    public static List<IncidentKind> kinds(List<Incident> newestFirst) {
        Map<IncidentType, IncidentKind> byType = new EnumMap<>(IncidentType.class);
        for (Incident i : newestFirst) {
            byType.putIfAbsent(i.type(), i.kind());
        }
        List<IncidentKind> kinds = new ArrayList<>(byType.values());
        kinds.sort(Comparator.comparing(IncidentKind::type, IncidentType.BY_MARKER_PRIORITY));
        return List.copyOf(kinds);
    }

    /** The most a crowd alone weighs: less than one person killed or injured. */
    public static final double MAX_CROWD_MAGNITUDE = 0.9;

    /**
     * How much an incident weighs on its marker's size:
     * <ul>
     *   <li>people killed plus injured, when a source gives either number;</li>
     *   <li>otherwise the crowd size on a log scale, {@code log10(crowd) / 5} capped at
     *       {@link #MAX_CROWD_MAGNITUDE}: 100 people weigh 0.4, 1,000 weigh 0.6, 10,000 weigh 0.8. A crowd never
     *       outweighs a single death or injury, so a marker for 10,000 stormers is larger than an unnumbered
     *       seizure's but smaller than one with a casualty;</li>
     *   <li>0 when no source gives a number.</li>
     * </ul>
     */
    public static double magnitude(Incident incident) {
        if (incident.killed() != null || incident.injured() != null) {
            return (incident.killed() == null ? 0 : incident.killed()) + (incident.injured() == null ? 0 : incident.injured());
        }
        if (incident.crowd() != null && incident.crowd() > 1) {
            return Math.min(MAX_CROWD_MAGNITUDE, Math.log10(incident.crowd()) / 5);
        }
        return 0;
    }

    /** {@link #magnitude} in whole millionths. */
    public static long magnitudeUnits(Incident incident) {
        return Math.round(magnitude(incident) * MAGNITUDE_UNITS);
    }

    /** Grows with the logarithm so that one death is visible and a hundred do not swamp the map. */
    public static double radius(double magnitude) {
        double r = MIN_RADIUS + 2.4 * Math.log1p(Math.max(0, magnitude));
        return Math.min(MAX_RADIUS, r);
    }
}
