package org.incidentatlas.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.incidentatlas.markers.MarkerPlanner;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.Source;

/**
 * The incidents of a timeline held column-wise in primitive arrays, in the timeline's order (by
 * date, then id): what a day or a window shows is found by binary search over the dates, never
 * precomputed per day. Each place's incidents are also listed in date order, one run per place,
 * so that a place's share of a window is two binary searches; the columns a filter change reads
 * per place (type, outlet list, magnitude) are kept in that order too, so that the marker index's
 * prefix counts are filled by reading them front to back. The incidents themselves are not
 * held here: {@link #incident} asks the loader for one when a marker's list or an excerpt needs
 * it (from memory, or read again from its file), so a million incidents cost their columns only.
 * Built once per loaded file ({@link Builder}), in time and memory linear in the incidents.
 */
public final class TimeIndex {

    /** The incident at a position of the timeline's order. */
    private final IntFunction<Incident> incidentAt;
    /** Epoch day of each incident, ascending. */
    private final int[] day;
    /** {@link IncidentType} ordinal of each incident. */
    private final byte[] type;
    /** Index in {@link IncidentKind#all()} of each incident's kind (its type and variant). */
    private final byte[] kind;
    /** Which of {@link #outletSets} each incident's sources name. */
    private final int[] outletSet;
    /** Each distinct list of outlets the incidents' sources name, with one incident that names it (to ask a filter). */
    private final List<Incident> outletSets;
    /** Which place (index into {@link #placeStart}'s runs) each incident is at. */
    private final int[] place;
    /** Run {@code p} of {@link #byPlace} holds place {@code p}'s incidents: {@code placeStart[p]} to {@code placeStart[p + 1]}. */
    private final int[] placeStart;
    /** Incident positions grouped by place, each run in date order. */
    private final int[] byPlace;
    /** The epoch day of {@code byPlace[k]}, kept beside it so a search reads one array. */
    private final int[] byPlaceDay;
    /** The {@link #type} of {@code byPlace[k]}. */
    private final byte[] byPlaceType;
    /** The {@link #outletSet} of {@code byPlace[k]}. */
    private final int[] byPlaceOutletSet;
    /** {@link MarkerPlanner#magnitudeUnits} of {@code byPlace[k]} (only the place runs read it). */
    private final long[] byPlaceMagnitudeUnits;
    /** Each place as its first incident (date order) names it, as the marker planner's grouping by id assumes. */
    private final Place[] places;
    private final double[] placeLat;
    private final double[] placeLon;
    private final SortedSet<String> outlets;

    private TimeIndex(Builder rows, IntFunction<Incident> incidentAtRow) {
        int n = rows.size;
        int[] order = rows.dateThenIdOrder();
        this.incidentAt = position -> incidentAtRow.apply(order[position]);
        day = new int[n];
        type = new byte[n];
        kind = new byte[n];
        outletSet = new int[n];
        place = new int[n];
        int[] placeOfRow = new int[rows.placeIds.size()];
        Arrays.fill(placeOfRow, -1);
        List<Place> placesInOrder = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int row = order[i];
            day[i] = rows.day[row];
            type[i] = rows.type[row];
            kind[i] = rows.kind[row];
            outletSet[i] = rows.outletSet[row];
            int id = rows.place[row];
            if (placeOfRow[id] < 0) {
                placeOfRow[id] = placesInOrder.size();
                placesInOrder.add(rows.firstPlace.get(id));
            }
            place[i] = placeOfRow[id];
        }
        places = placesInOrder.toArray(Place[]::new);
        placeLat = new double[places.length];
        placeLon = new double[places.length];
        for (int p = 0; p < places.length; p++) {
            placeLat[p] = places[p].lat();
            placeLon[p] = places[p].lon();
        }
        outletSets = List.copyOf(rows.outletSetIncidents);
        outlets = Collections.unmodifiableSortedSet(new TreeSet<>(rows.outlets));
        placeStart = new int[places.length + 1];
        for (int i = 0; i < n; i++) {
            placeStart[place[i] + 1]++;
        }
        for (int p = 0; p < places.length; p++) {
            placeStart[p + 1] += placeStart[p];
        }
        int[] next = Arrays.copyOf(placeStart, places.length);
        byPlace = new int[n];
        byPlaceDay = new int[n];
        byPlaceType = new byte[n];
        byPlaceOutletSet = new int[n];
        byPlaceMagnitudeUnits = new long[n];
        for (int i = 0; i < n; i++) {
            int k = next[place[i]]++;
            byPlace[k] = i;
            byPlaceDay[k] = day[i];
            byPlaceType[k] = type[i];
            byPlaceOutletSet[k] = outletSet[i];
            byPlaceMagnitudeUnits[k] = rows.magnitudeUnits[order[i]];
        }
    }

    public int size() {
        return day.length;
    }

    public int placeCount() {
        return placeLat.length;
    }

    /** The incident at a position (date order); from memory or read again from its file, so not for every position of a frame. */
    Incident incident(int position) {
        return incidentAt.apply(position);
    }

    int day(int position) {
        return day[position];
    }

    int type(int position) {
        return type[position];
    }

    IncidentKind kind(int position) {
        return IncidentKind.all().get(kind[position]);
    }

    /** Which distinct list of outlets (see {@link #outletSetsShownBy}) the incident at a position names. */
    int outletSet(int position) {
        return outletSet[position];
    }

    /** The place of run {@code placeIndex}. */
    Place place(int placeIndex) {
        return places[placeIndex];
    }

    /** The outlets that report any incident, sorted. */
    SortedSet<String> outlets() {
        return outlets;
    }

    /**
     * Per distinct list of outlets ({@link #outletSet}): whether {@code filter} shows an incident
     * that names it, as far as outlets decide ({@link IncidentFilter#showsOutletsOf}). The filter is
     * asked once per list, never once per incident.
     */
    boolean[] outletSetsShownBy(IncidentFilter filter) {
        boolean[] shown = new boolean[outletSets.size()];
        for (int s = 0; s < shown.length; s++) {
            shown[s] = filter.showsOutletsOf(outletSets.get(s));
        }
        return shown;
    }

    /**
     * Per distinct list of outlets: whether {@code filter} keeps every claim of an incident that
     * names it ({@link IncidentFilter#keepsEveryClaim}); such an incident's columns hold its shown numbers.
     */
    boolean[] outletSetsKeepingEveryClaim(IncidentFilter filter) {
        boolean[] kept = new boolean[outletSets.size()];
        for (int s = 0; s < kept.length; s++) {
            kept[s] = filter.keepsEveryClaim(outletSets.get(s));
        }
        return kept;
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

    int typeAtPlace(int k) {
        return byPlaceType[k];
    }

    int outletSetAtPlace(int k) {
        return byPlaceOutletSet[k];
    }

    long magnitudeUnitsAtPlace(int k) {
        return byPlaceMagnitudeUnits[k];
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

    /**
     * Takes the columns of incidents as a loader reads them, in any order (row {@code r} is the
     * {@code r}-th incident added), keeping what a frame or a filter reads and nothing of the
     * incident's text but its id (to order a day's incidents; dropped once built). A loader
     * streams a file through it and keeps the incidents themselves where it likes.
     */
    public static final class Builder {
        private int size;
        private int[] day = new int[1024];
        private byte[] type = new byte[1024];
        private byte[] kind = new byte[1024];
        private long[] magnitudeUnits = new long[1024];
        private int[] place = new int[1024];
        private int[] outletSet = new int[1024];
        /**
         * Every id's characters one after another, row {@code r}'s from {@code idEnd[r - 1]} to {@code idEnd[r]}:
         * a million ids as strings would be a million objects for the collector to copy and promote while a file is read.
         */
        private char[] idChars = new char[8192];
        private int[] idEnd = new int[1024];
        private final Map<String, Integer> placeIds = new HashMap<>();
        /**
         * Places found by reference, each in the slot its identity hash picks (a later one takes the slot), with
         * its index beside it: a reader shares one Place per place of a file, so the id's map is asked about
         * once per Place, and a reader that makes a Place per incident costs no memory here.
         */
        private final Place[] placeByReference = new Place[PLACES_BY_REFERENCE];
        private final int[] placeIndexByReference = new int[PLACES_BY_REFERENCE];
        private static final int PLACES_BY_REFERENCE = 1 << 14;
        /** Per place id: the place of its earliest incident (date, then id) and that incident's day and id. */
        private final List<Place> firstPlace = new ArrayList<>();
        private int[] firstDay = new int[64];
        private final List<String> firstId = new ArrayList<>();
        /** The outlet lists seen, by {@link #outletsKey}. */
        private final Map<Object, Integer> outletSetIds = new HashMap<>();
        private final List<Incident> outletSetIncidents = new ArrayList<>();
        private final SortedSet<String> outlets = new TreeSet<>();
        /** Index in {@link IncidentKind#all()} by type ordinal, plain then retaken (-1: not asked yet). */
        private final byte[] kindIndex = new byte[2 * IncidentType.values().length];

        public Builder() {
            Arrays.fill(kindIndex, (byte) -1);
        }

        public Builder addAll(List<Incident> incidents) {
            for (Incident incident : incidents) {
                add(incident);
            }
            return this;
        }

        /**
         * Makes room for {@code rows} rows in all (more are still taken): a reader that can tell a file's count
         * from its first batch spares the columns their doublings, each one a copy that the collector copies again
         * while the file is read.
         */
        public Builder expect(int rows) {
            if (rows > day.length) {
                int idLength = size == 0 ? 8 : idEnd[size - 1] / size + 1;
                grow(rows);
                if ((long) rows * idLength > idChars.length && (long) rows * idLength < Integer.MAX_VALUE) {
                    idChars = Arrays.copyOf(idChars, rows * idLength);
                }
            }
            return this;
        }

        private void grow(int rows) {
            day = Arrays.copyOf(day, rows);
            type = Arrays.copyOf(type, rows);
            kind = Arrays.copyOf(kind, rows);
            magnitudeUnits = Arrays.copyOf(magnitudeUnits, rows);
            place = Arrays.copyOf(place, rows);
            outletSet = Arrays.copyOf(outletSet, rows);
            idEnd = Arrays.copyOf(idEnd, rows);
        }

        public Builder add(Incident incident) {
            if (size == day.length) {
                grow(2 * size);
            }
            int epochDay = Math.toIntExact(incident.date().toEpochDay());
            day[size] = epochDay;
            type[size] = (byte) incident.type().ordinal();
            kind[size] = kindIndex(incident);
            magnitudeUnits[size] = MarkerPlanner.magnitudeUnits(incident);
            addId(incident.id());
            place[size] = placeIndex(incident, epochDay);
            Object outletsKey = outletsKey(incident.sources());
            Integer set = outletSetIds.get(outletsKey);
            if (set == null) {
                set = outletSetIds.size();
                outletSetIds.put(outletsKey, set);
                outletSetIncidents.add(incident);
                for (Source source : incident.sources()) {
                    if (!source.outlet().isBlank()) {
                        outlets.add(source.outlet());
                    }
                }
            }
            outletSet[size] = set;
            size++;
            return this;
        }

        /** The index of the incident's place (by id), noting the place as its earliest incident names it. */
        private int placeIndex(Incident incident, int epochDay) {
            Place named = incident.place();
            int slot = System.identityHashCode(named) & (PLACES_BY_REFERENCE - 1);
            if (placeByReference[slot] == named) {
                int p = placeIndexByReference[slot];
                notePlace(p, named, epochDay, incident.id());
                return p;
            }
            Integer known = placeIds.get(named.id());
            int p;
            if (known == null) {
                p = placeIds.size();
                placeIds.put(named.id(), p);
                firstPlace.add(named);
                if (p == firstDay.length) {
                    firstDay = Arrays.copyOf(firstDay, 2 * p);
                }
                firstDay[p] = epochDay;
                firstId.add(incident.id());
            } else {
                p = known;
                notePlace(p, named, epochDay, incident.id());
            }
            placeByReference[slot] = named;
            placeIndexByReference[slot] = p;
            return p;
        }

        /** Place {@code p} as this incident names it, when the incident comes before the earliest one seen (date, then id). */
        private void notePlace(int p, Place named, int epochDay, String id) {
            if (epochDay < firstDay[p] || (epochDay == firstDay[p] && id.compareTo(firstId.get(p)) < 0)) {
                firstPlace.set(p, named);
                firstDay[p] = epochDay;
                firstId.set(p, id);
            }
        }

        /** The {@link IncidentKind#all()} index of the incident's kind, asked of {@link Incident#kind()} once per type and variant. */
        private byte kindIndex(Incident incident) {
            int slot = 2 * incident.type().ordinal() + (incident.retaken() ? 1 : 0);
            if (kindIndex[slot] < 0) {
                kindIndex[slot] = (byte) IncidentKind.all().indexOf(incident.kind());
            }
            return kindIndex[slot];
        }

        /** The list of outlets the sources name, in order; a lone source's outlet stands for its list of one (no list made). */
        private static Object outletsKey(List<Source> sources) {
            if (sources.size() == 1) {
                return sources.get(0).outlet();
            }
            List<String> named = new ArrayList<>(sources.size());
            for (Source source : sources) {
                named.add(source.outlet());
            }
            return named;
        }

        private void addId(String id) {
            int from = size == 0 ? 0 : idEnd[size - 1];
            if (from + id.length() > idChars.length) {
                idChars = Arrays.copyOf(idChars, Math.max(2 * idChars.length, from + id.length()));
            }
            id.getChars(0, id.length(), idChars, from);
            idEnd[size] = from + id.length();
        }

        /**
         * Row {@code a}'s id against row {@code b}'s, as {@link String#compareTo} orders them: by their first four
         * characters ({@code idHead}; an id's end counts as a character 0, so equal heads compare the rest), then the rest.
         */
        private int compareIds(int a, int b, long[] idHead) {
            int byHead = Long.compareUnsigned(idHead[a], idHead[b]);
            if (byHead != 0) {
                return byHead;
            }
            int aFrom = a == 0 ? 0 : idEnd[a - 1];
            int bFrom = b == 0 ? 0 : idEnd[b - 1];
            return Arrays.compare(idChars, aFrom, idEnd[a], idChars, bFrom, idEnd[b]);
        }

        /**
         * Sorts {@code rows[from, to)} by id, stably (equal ids keep their order), with {@code buffer} as room
         * to merge in: a bottom-up merge sort over the row numbers themselves, so a million rows box nothing,
         * with one comparison in its code (the JIT's compiler threads share the cores with the read).
         */
        private void sortById(int[] rows, int from, int to, int[] buffer, long[] idHead) {
            int[] source = rows;
            int[] target = buffer;
            for (int width = 1; width < to - from; width *= 2) {
                for (int low = from; low < to; low += 2 * width) {
                    int mid = Math.min(low + width, to);
                    int high = Math.min(low + 2 * width, to);
                    int left = low, right = mid;
                    for (int k = low; k < high; k++) {
                        target[k] = right == high || (left < mid && compareIds(source[left], source[right], idHead) <= 0)
                                ? source[left++] : source[right++];
                    }
                }
                int[] merged = target;
                target = source;
                source = merged;
            }
            if (source != rows) {
                System.arraycopy(source, from, rows, from, to - from);
            }
        }

        public int size() {
            return size;
        }

        /** The timeline of the rows added so far; {@code incidentAtRow} gives back the incident of a row when asked. */
        public Timeline timeline(IntFunction<Incident> incidentAtRow) {
            return new Timeline(index(incidentAtRow));
        }

        TimeIndex index(IntFunction<Incident> incidentAtRow) {
            return new TimeIndex(this, incidentAtRow);
        }

        /** From this many rows the days are sorted on several threads (below, starting them costs more than it saves). */
        static final int SORT_DAYS_AT_ONCE_FROM = 50_000;

        /** Rows in date order, a day's rows by id (ties keep the order they were added in). */
        private int[] dateThenIdOrder() {
            int[] order = new int[size];
            if (size == 0) {
                return order;
            }
            int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
            for (int r = 0; r < size; r++) {
                min = Math.min(min, day[r]);
                max = Math.max(max, day[r]);
            }
            // Counting sort by day (days span at most two centuries), then each day's rows by id.
            int[] start = new int[max - min + 2];
            for (int r = 0; r < size; r++) {
                start[day[r] - min + 1]++;
            }
            for (int d = 0; d + 1 < start.length; d++) {
                start[d + 1] += start[d];
            }
            int[] next = Arrays.copyOf(start, start.length - 1);
            for (int r = 0; r < size; r++) {
                order[next[day[r] - min]++] = r;
            }
            // Each id's first four characters as one number, in String's order: most pairs are told apart by it.
            long[] idHead = new long[size];
            for (int r = 0; r < size; r++) {
                int from = r == 0 ? 0 : idEnd[r - 1];
                long head = 0;
                for (int k = 0; k < 4; k++) {
                    head = head << 16 | (from + k < idEnd[r] ? idChars[from + k] : 0);
                }
                idHead[r] = head;
            }
            int[] buffer = new int[order.length];
            // Each day sorts its own rows in its own room: a large index sorts its days on every core.
            IntStream days = IntStream.range(0, start.length - 1);
            (size >= SORT_DAYS_AT_ONCE_FROM ? days.parallel() : days)
                    .forEach(d -> sortById(order, start[d], start[d + 1], buffer, idHead));
            return order;
        }
    }
}
