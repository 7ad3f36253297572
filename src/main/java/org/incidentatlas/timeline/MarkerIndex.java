package org.incidentatlas.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
 * shown rather than with days times incidents. Built on load and on each filter change in two
 * passes, each reading its columns front to back: one in date order (shown incidents so far and
 * the histogram), one along the place runs (shown incidents per type and their magnitude so far).
 * A slider frame asks {@link #markersAt} and gets the same markers as {@link MarkerPlanner#markers}
 * over {@link Timeline#visibleAt}. It lives in {@code timeline}, not {@code markers}, because it
 * reads the time index's package-private columns (and markers → timeline → markers would be a cycle).
 */
public final class MarkerIndex {

    private static final int TYPES = IncidentType.values().length;
    private static final int[] PRIORITY = IncidentType.byMarkerPriority().stream().mapToInt(Enum::ordinal).toArray();

    private final Timeline timeline;
    private final IncidentFilter filter;
    private final TimeIndex columns;
    /** Shown incidents before each position, in date order (position {@code i} is shown when the count grows after it). */
    private final int[] shownBefore;
    /** Per type: shown incidents of that type before each entry of the place runs (one array of zeros for every hidden type). */
    private final int[][] shownOfTypeBefore;
    /** Magnitude units of the shown incidents before each entry of the place runs. */
    private final long[] magnitudeBefore;
    private final List<Timeline.DayCount> histogram;
    /** The places in {@link MarkerPlanner#PLACE_ORDER}, the drawing order within current and older markers: a frame's markers need no sort. */
    private final int[] placesByName;
    /** A marker of one kind shows this list (most markers): made once per kind, not per marker and frame. */
    private static final Map<IncidentKind, List<IncidentKind>> ONE_KIND = oneKindLists();

    public MarkerIndex(Timeline timeline, IncidentFilter filter) {
        this.timeline = timeline;
        this.filter = filter;
        this.columns = timeline.columns();
        int n = columns.size();
        // What the filter decides is asked per type and per distinct list of outlets, never per incident.
        boolean[] typeShown = new boolean[TYPES];
        for (IncidentType type : IncidentType.values()) {
            typeShown[type.ordinal()] = !filter.hiddenTypes().contains(type);
        }
        boolean[] outletSetShown = columns.outletSetsShownBy(filter);

        shownBefore = new int[n + 1];
        int[] dayTypeCounts = new int[timeline.days().size() * TYPES];
        int shown = 0;
        int epochDay = Integer.MIN_VALUE;
        int dayIndex = -1;
        for (int i = 0; i < n; i++) {
            int type = columns.type(i);
            if (typeShown[type] && outletSetShown[columns.outletSet(i)]) {
                shown++;
                if (columns.day(i) != epochDay) {
                    epochDay = columns.day(i);
                    dayIndex = timeline.indexOf(LocalDate.ofEpochDay(epochDay));
                }
                dayTypeCounts[dayIndex * TYPES + type]++;
            }
            shownBefore[i + 1] = shown;
        }
        histogram = histogram(dayTypeCounts);
        placesByName = placesByName(columns);

        shownOfTypeBefore = new int[TYPES][];
        int[] zeros = null;
        for (int t = 0; t < TYPES; t++) {
            if (typeShown[t]) {
                shownOfTypeBefore[t] = new int[n + 1];
            } else {
                zeros = zeros == null ? new int[n + 1] : zeros;
                shownOfTypeBefore[t] = zeros;
            }
        }
        magnitudeBefore = new long[n + 1];
        // An incident none of whose outlets is hidden is sized by its column; only the others are read for their shown claims.
        boolean[] outletSetKeepsEveryClaim = columns.outletSetsKeepingEveryClaim(filter);
        int[] running = new int[TYPES];
        long magnitude = 0;
        for (int k = 0; k < n; k++) {
            int type = columns.typeAtPlace(k);
            int outletSet = columns.outletSetAtPlace(k);
            if (typeShown[type] && outletSetShown[outletSet]) {
                running[type]++;
                // Hidden outlets' numbers no longer size the marker.
                magnitude += outletSetKeepsEveryClaim[outletSet] ? columns.magnitudeUnitsAtPlace(k)
                        : MarkerPlanner.magnitudeUnits(filter.shownClaims(columns.incident(columns.atPlace(k))).orElseThrow());
            }
            for (int t = 0; t < TYPES; t++) {
                if (typeShown[t]) {
                    shownOfTypeBefore[t][k + 1] = running[t];
                }
            }
            magnitudeBefore[k + 1] = magnitude;
        }
    }

    private static int[] placesByName(TimeIndex columns) {
        Integer[] order = new Integer[columns.placeCount()];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        Arrays.sort(order, Comparator.comparing(columns::place, MarkerPlanner.PLACE_ORDER));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static Map<IncidentKind, List<IncidentKind>> oneKindLists() {
        Map<IncidentKind, List<IncidentKind>> lists = new HashMap<>();
        for (IncidentKind kind : IncidentKind.all()) {
            lists.put(kind, List.of(kind));
        }
        return lists;
    }

    private List<Timeline.DayCount> histogram(int[] dayTypeCounts) {
        List<Timeline.DayCount> counts = new ArrayList<>(timeline.days().size());
        for (int d = 0; d < timeline.days().size(); d++) {
            Map<IncidentType, Integer> shownByType = new EnumMap<>(IncidentType.class);
            for (IncidentType type : IncidentType.values()) {
                int count = dayTypeCounts[d * TYPES + type.ordinal()];
                if (count > 0) {
                    shownByType.put(type, count);
                }
            }
            counts.add(new Timeline.DayCount(timeline.days().get(d), shownByType));
        }
        return List.copyOf(counts);
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
     * {@link Timeline#histogram}, counted from the columns while the index was built.
     */
    public List<Timeline.DayCount> histogram() {
        return histogram;
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
        // Drawing order without a sort: places by name, the current day's after the others.
        List<PlaceMarker> older = new ArrayList<>();
        List<PlaceMarker> current = new ArrayList<>();
        for (int p : placesByName) {
            int runEnd = columns.placeRunEnd(p);
            int lo = columns.firstAtPlaceOnOrAfter(columns.placeRunStart(p), runEnd, from);
            int hi = columns.firstAtPlaceOnOrAfter(lo, runEnd, to + 1);
            int count = shownIn(lo, hi);
            if (count == 0) {
                continue;
            }
            int today = columns.firstAtPlaceOnOrAfter(lo, hi, to);
            boolean isCurrent = shownIn(today, hi) > 0;
            List<IncidentKind> kinds = kindsOf(isCurrent ? today : lo, hi);
            double magnitude = (magnitudeBefore[hi] - magnitudeBefore[lo]) / MarkerPlanner.MAGNITUDE_UNITS;
            (isCurrent ? current : older).add(new PlaceMarker(columns.place(p), new DeferredIncidents(count, () -> gather(lo, hi, to)),
                    kinds, isCurrent, magnitude, MarkerPlanner.radius(magnitude)));
        }
        older.addAll(current);
        return Collections.unmodifiableList(older);
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
        IncidentKind first = null;
        List<IncidentKind> leads = null;
        for (int t : PRIORITY) {
            int[] before = shownOfTypeBefore[t];
            if (before[to] == before[from]) {
                continue;
            }
            int last = TimeIndex.lowerBound(before, from + 1, to + 1, before[to]) - 1;
            int dayStart = columns.firstAtPlaceOnOrAfter(from, last + 1, columns.dayAtPlace(last));
            int lead = TimeIndex.lowerBound(before, dayStart + 1, last + 2, before[dayStart] + 1) - 1;
            IncidentKind kind = columns.kind(columns.atPlace(lead));
            if (first == null) {
                first = kind;
            } else {
                if (leads == null) {
                    leads = new ArrayList<>(TYPES);
                    leads.add(first);
                }
                leads.add(kind);
            }
        }
        if (first == null) {
            throw new IllegalStateException("no shown incident in " + from + ".." + to);
        }
        if (leads != null) {
            return List.copyOf(leads);
        }
        List<IncidentKind> one = ONE_KIND.get(first);
        return one != null ? one : List.of(first);
    }

    /** The shown incidents of place-run entries {@code [from, to)}, newest first, those of {@code currentDay} current. */
    private List<VisibleIncident> gather(int from, int to, int currentDay) {
        List<VisibleIncident> visible = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            int i = columns.atPlace(k);
            if (shownBefore[i + 1] > shownBefore[i]) {
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
