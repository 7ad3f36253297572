package org.incidentatlas.timeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.markers.MarkerPlanner;
import org.incidentatlas.model.Incident;

/**
 * The incidents of a timeline held column-wise in primitive arrays, in the timeline's order (by
 * date, then id): what a day or a window shows is found by binary search over the dates, never
 * precomputed per day. Each place's incidents are also listed in date order, one run per place,
 * so that a place's share of a window is two binary searches. Built once per loaded file, in
 * time and memory linear in the incidents.
 */
public final class TimeIndex {

    /** Incidents in date order (the timeline's list); position {@code i} of every column describes {@code incidents.get(i)}. */
    private final List<Incident> incidents;
    /** Epoch day of each incident, ascending. */
    private final int[] day;
    /** {@link org.incidentatlas.model.IncidentType} ordinal of each incident. */
    private final byte[] type;
    /** {@link MarkerPlanner#magnitudeUnits} of each incident. */
    private final long[] magnitudeUnits;
    /** Which place (index into {@link #placeStart}'s runs) each incident is at. */
    private final int[] place;
    /** Run {@code p} of {@link #byPlace} holds place {@code p}'s incidents: {@code placeStart[p]} to {@code placeStart[p + 1]}. */
    private final int[] placeStart;
    /** Incident positions grouped by place, each run in date order. */
    private final int[] byPlace;
    /** The epoch day of {@code byPlace[k]}, kept beside it so a search reads one array. */
    private final int[] byPlaceDay;
    private final double[] placeLat;
    private final double[] placeLon;

    TimeIndex(List<Incident> incidentsByDate) {
        this.incidents = incidentsByDate;
        int n = incidentsByDate.size();
        day = new int[n];
        place = new int[n];
        type = new byte[n];
        magnitudeUnits = new long[n];
        Map<String, Integer> placeIndex = new HashMap<>();
        double[] lats = new double[16];
        double[] lons = new double[16];
        for (int i = 0; i < n; i++) {
            Incident incident = incidentsByDate.get(i);
            day[i] = Math.toIntExact(incident.date().toEpochDay());
            type[i] = (byte) incident.type().ordinal();
            magnitudeUnits[i] = MarkerPlanner.magnitudeUnits(incident);
            Integer p = placeIndex.get(incident.place().id());
            if (p == null) {
                // A place's position is its first incident's, as the marker planner's grouping by id assumes.
                p = placeIndex.size();
                placeIndex.put(incident.place().id(), p);
                if (p == lats.length) {
                    lats = Arrays.copyOf(lats, 2 * p);
                    lons = Arrays.copyOf(lons, 2 * p);
                }
                lats[p] = incident.place().lat();
                lons[p] = incident.place().lon();
            }
            place[i] = p;
        }
        int places = placeIndex.size();
        placeLat = Arrays.copyOf(lats, places);
        placeLon = Arrays.copyOf(lons, places);
        placeStart = new int[places + 1];
        for (int i = 0; i < n; i++) {
            placeStart[place[i] + 1]++;
        }
        for (int p = 0; p < places; p++) {
            placeStart[p + 1] += placeStart[p];
        }
        int[] next = Arrays.copyOf(placeStart, places);
        byPlace = new int[n];
        byPlaceDay = new int[n];
        for (int i = 0; i < n; i++) {
            int k = next[place[i]]++;
            byPlace[k] = i;
            byPlaceDay[k] = day[i];
        }
    }

    public int size() {
        return day.length;
    }

    public int placeCount() {
        return placeLat.length;
    }

    Incident incident(int position) {
        return incidents.get(position);
    }

    int day(int position) {
        return day[position];
    }

    int type(int position) {
        return type[position];
    }

    long magnitudeUnits(int position) {
        return magnitudeUnits[position];
    }

    int placeRunStart(int placeIndex) {
        return placeStart[placeIndex];
    }

    int placeRunEnd(int placeIndex) {
        return placeStart[placeIndex + 1];
    }

    int atPlace(int k) {
        return byPlace[k];
    }

    int dayAtPlace(int k) {
        return byPlaceDay[k];
    }

    double placeLat(int placeIndex) {
        return placeLat[placeIndex];
    }

    double placeLon(int placeIndex) {
        return placeLon[placeIndex];
    }

    /** The first position of an incident on or after {@code epochDay} (the size when there is none). */
    public int firstOnOrAfter(int epochDay) {
        return lowerBound(day, 0, day.length, epochDay);
    }

    /** Within a place's run {@code [from, to)} of {@link #byPlace}: the first entry on or after {@code epochDay}. */
    int firstAtPlaceOnOrAfter(int from, int to, int epochDay) {
        return lowerBound(byPlaceDay, from, to, epochDay);
    }

    static int lowerBound(int[] sorted, int from, int to, int key) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
