package org.incidentatlas.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.markers.DeferredIncidents;
import org.incidentatlas.markers.MarkerPlanner;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;

/**
 * What a filter lets through, as prefix counts over the timeline's {@link TimeIndex}, so that
 * the markers of any day or window are found when asked, in time that grows with the places
 * shown rather than with days times incidents. Built on load and on each filter change (linear in
 * the incidents); a slider frame asks {@link #markersAt} and gets the same markers as
 * {@link MarkerPlanner#markers} over {@link Timeline#visibleAt}.
 */
public final class MarkerIndex {

    private static final int TYPES = IncidentType.values().length;
    private static final int[] PRIORITY = IncidentType.byMarkerPriority().stream().mapToInt(Enum::ordinal).toArray();

    private final Timeline timeline;
    private final IncidentFilter filter;
    private final TimeIndex columns;
    /** Whether the filter lets each incident (date order) through. */
    private final boolean[] shown;
    /** Shown incidents before each position, in date order. */
    private final int[] shownBefore;
    /** Per type: shown incidents of that type before each entry of the place runs. */
    private final int[][] shownOfTypeBefore;
    /** Magnitude units of the shown incidents before each entry of the place runs. */
    private final long[] magnitudeBefore;

    public MarkerIndex(Timeline timeline, IncidentFilter filter) {
        this.timeline = timeline;
        this.filter = filter;
        this.columns = timeline.columns();
        int n = columns.size();
        shown = columns.shownBy(filter);
        shownBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            shownBefore[i + 1] = shownBefore[i] + (shown[i] ? 1 : 0);
        }
        shownOfTypeBefore = new int[TYPES][n + 1];
        magnitudeBefore = new long[n + 1];
        // An incident none of whose outlets is hidden is sized by its column; only the others are read for their shown claims.
        boolean[] wholeClaims = columns.keepsEveryClaim(filter);
        int[] running = new int[TYPES];
        long magnitude = 0;
        for (int k = 0; k < n; k++) {
            int i = columns.atPlace(k);
            if (shown[i]) {
                running[columns.type(i)]++;
                // Hidden outlets' numbers no longer size the marker.
                magnitude += wholeClaims[i] ? columns.magnitudeUnits(i)
                        : MarkerPlanner.magnitudeUnits(filter.shownClaims(columns.incident(i)).orElseThrow());
            }
            for (int t = 0; t < TYPES; t++) {
                shownOfTypeBefore[t][k + 1] = running[t];
            }
            magnitudeBefore[k + 1] = magnitude;
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
        LocalDate first = firstDayShown(day, mode);
        return first == null ? List.of() : markersBetween(first, day);
    }

    /** How many incidents a date shows. */
    public int visibleCount(LocalDate day, ViewMode mode) {
        LocalDate first = firstDayShown(day, mode);
        if (first == null) {
            return 0;
        }
        int from = columns.firstOnOrAfter(epochDay(first));
        int to = columns.firstOnOrAfter(epochDay(day) + 1);
        return shownBefore[to] - shownBefore[from];
    }

    /**
     * Incidents per day and type that the filter shows, one entry per timeline day: the same as
     * {@link Timeline#histogram}, read from the columns in one pass.
     */
    public List<Timeline.DayCount> histogram() {
        List<Timeline.DayCount> counts = new ArrayList<>(timeline.days().size());
        int position = 0;
        for (LocalDate day : timeline.days()) {
            int end = columns.firstOnOrAfter(epochDay(day) + 1);
            int[] byType = new int[TYPES];
            for (; position < end; position++) {
                if (shown[position]) {
                    byType[columns.type(position)]++;
                }
            }
            Map<IncidentType, Integer> shownByType = new EnumMap<>(IncidentType.class);
            for (IncidentType type : IncidentType.values()) {
                if (byType[type.ordinal()] > 0) {
                    shownByType.put(type, byType[type.ordinal()]);
                }
            }
            counts.add(new Timeline.DayCount(day, shownByType));
        }
        return List.copyOf(counts);
    }

    private LocalDate firstDayShown(LocalDate day, ViewMode mode) {
        if (!timeline.contains(day)) {
            return null;
        }
        return mode == ViewMode.UP_TO_DAY ? timeline.episodeOf(day).orElseThrow().firstDay() : day;
    }

    /**
     * The markers of a window of days, both ends included, in drawing order: one per place with a
     * shown incident, those of {@code last} current. Each place costs a few binary searches; its
     * incidents are gathered only when the marker's list is read.
     */
    public List<PlaceMarker> markersBetween(LocalDate first, LocalDate last) {
        int from = epochDay(first);
        int to = epochDay(last);
        List<PlaceMarker> markers = new ArrayList<>();
        for (int p = 0; p < columns.placeCount(); p++) {
            int runEnd = columns.placeRunEnd(p);
            int lo = columns.firstAtPlaceOnOrAfter(columns.placeRunStart(p), runEnd, from);
            int hi = columns.firstAtPlaceOnOrAfter(lo, runEnd, to + 1);
            int count = shownIn(lo, hi);
            if (count == 0) {
                continue;
            }
            int today = columns.firstAtPlaceOnOrAfter(lo, hi, to);
            boolean current = shownIn(today, hi) > 0;
            List<IncidentKind> kinds = kindsOf(current ? today : lo, hi);
            double magnitude = (magnitudeBefore[hi] - magnitudeBefore[lo]) / MarkerPlanner.MAGNITUDE_UNITS;
            markers.add(new PlaceMarker(columns.place(p), new DeferredIncidents(count, () -> gather(lo, hi, to)),
                    kinds, current, magnitude, MarkerPlanner.radius(magnitude)));
        }
        markers.sort(MarkerPlanner.DRAWING_ORDER);
        return List.copyOf(markers);
    }

    private int shownIn(int from, int to) {
        int count = 0;
        for (int t = 0; t < TYPES; t++) {
            count += shownOfTypeBefore[t][to] - shownOfTypeBefore[t][from];
        }
        return count;
    }

    /**
     * The kinds a marker shows, as {@link MarkerPlanner#kinds} picks them from its incidents: for
     * each type among the entries {@code [from, to)} of a place run, most important first, the kind
     * of its newest day's incident with the smallest id (runs are in date-then-id order). Read from
     * the columns: no incident is read for it.
     */
    private List<IncidentKind> kindsOf(int from, int to) {
        List<IncidentKind> leads = new ArrayList<>(2);
        for (int t : PRIORITY) {
            int[] before = shownOfTypeBefore[t];
            if (before[to] == before[from]) {
                continue;
            }
            int last = TimeIndex.lowerBound(before, from + 1, to + 1, before[to]) - 1;
            int dayStart = columns.firstAtPlaceOnOrAfter(from, last + 1, columns.dayAtPlace(last));
            int lead = TimeIndex.lowerBound(before, dayStart + 1, last + 2, before[dayStart] + 1) - 1;
            leads.add(columns.kind(columns.atPlace(lead)));
        }
        if (leads.isEmpty()) {
            throw new IllegalStateException("no shown incident in " + from + ".." + to);
        }
        return leads;
    }

    /** The shown incidents of place-run entries {@code [from, to)}, newest first, those of {@code currentDay} current. */
    private List<VisibleIncident> gather(int from, int to, int currentDay) {
        List<VisibleIncident> visible = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            int i = columns.atPlace(k);
            if (shown[i]) {
                visible.add(new VisibleIncident(filter.shownClaims(columns.incident(i)).orElseThrow(),
                        columns.dayAtPlace(k) == currentDay));
            }
        }
        visible.sort(MarkerPlanner.NEWEST_FIRST);
        return visible;
    }

    private static int epochDay(LocalDate day) {
        return Math.toIntExact(day.toEpochDay());
    }
}
