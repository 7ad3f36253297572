package org.incidentatlas.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The markers of every timeline day in both modes, computed once per filter so that moving the
 * date is a lookup: dragging the slider does no work beyond updating what is shown.
 */
public final class MarkerIndex {

    private final Timeline timeline;
    private final IncidentFilter filter;
    private final Map<ViewMode, List<List<PlaceMarker>>> markers = new EnumMap<>(ViewMode.class);
    private final Map<ViewMode, int[]> counts = new EnumMap<>(ViewMode.class);

    public MarkerIndex(Timeline timeline, IncidentFilter filter, MarkerPlanner planner) {
        this.timeline = timeline;
        this.filter = filter;
        for (ViewMode mode : ViewMode.values()) {
            List<List<PlaceMarker>> perDay = new ArrayList<>();
            int[] visibleCounts = new int[timeline.days().size()];
            for (int i = 0; i < timeline.days().size(); i++) {
                List<VisibleIncident> visible = timeline.visibleAt(timeline.days().get(i), mode, filter);
                visibleCounts[i] = visible.size();
                perDay.add(planner.markers(visible));
            }
            markers.put(mode, List.copyOf(perDay));
            counts.put(mode, visibleCounts);
        }
    }

    public Timeline timeline() {
        return timeline;
    }

    public IncidentFilter filter() {
        return filter;
    }

    /** The markers shown at a date, in drawing order; empty outside the episodes. */
    public List<PlaceMarker> markersAt(LocalDate day, ViewMode mode) {
        int index = timeline.indexOf(day);
        return index < 0 ? List.of() : markers.get(mode).get(index);
    }

    /** How many incidents a date shows. */
    public int visibleCount(LocalDate day, ViewMode mode) {
        int index = timeline.indexOf(day);
        return index < 0 ? 0 : counts.get(mode)[index];
    }
}
