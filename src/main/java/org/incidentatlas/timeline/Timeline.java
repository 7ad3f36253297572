package org.incidentatlas.timeline;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SortedSet;
import java.util.TreeSet;

import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.model.Episode;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;

/**
 * The days a replay walks through: every day of every episode (days without incidents inside an
 * episode included, days between episodes left out), with the incidents of each day.
 * Immutable; built once from the loaded incidents.
 */
public final class Timeline {

    private final List<Incident> incidents;
    private final List<Episode> episodes;
    private final List<LocalDate> days;
    private final int[] episodeOfDay;
    private final Map<LocalDate, Integer> indexOfDay;
    private final TimeIndex columns;

    /** A timeline of incidents held in memory. */
    public Timeline(List<Incident> incidents) {
        this(new TimeIndex.Builder().addAll(incidents).index(List.copyOf(incidents)::get));
    }

    /** A timeline over columns whose incidents are fetched when asked ({@link TimeIndex.Builder#timeline}). */
    Timeline(TimeIndex columns) {
        this.columns = columns;
        this.incidents = new ByPosition(columns);
        TreeSet<LocalDate> incidentDays = new TreeSet<>();
        for (int position = 0; position < columns.size(); position = columns.firstOnOrAfter(columns.day(position) + 1)) {
            incidentDays.add(LocalDate.ofEpochDay(columns.day(position)));
        }
        this.episodes = Episodes.of(incidentDays);

        List<LocalDate> allDays = new ArrayList<>();
        List<Integer> episodeIndex = new ArrayList<>();
        for (int e = 0; e < episodes.size(); e++) {
            Episode episode = episodes.get(e);
            for (LocalDate d = episode.firstDay(); !d.isAfter(episode.lastDay()); d = d.plusDays(1)) {
                allDays.add(d);
                episodeIndex.add(e);
            }
        }
        this.days = List.copyOf(allDays);
        this.episodeOfDay = episodeIndex.stream().mapToInt(Integer::intValue).toArray();
        this.indexOfDay = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            indexOfDay.put(days.get(i), i);
        }
    }

    /** The incidents in date order as a list whose elements are fetched from the columns' loader when read. */
    private static final class ByPosition extends AbstractList<Incident> implements RandomAccess {
        private final TimeIndex columns;

        ByPosition(TimeIndex columns) {
            this.columns = columns;
        }

        @Override
        public Incident get(int index) {
            Objects.checkIndex(index, columns.size());
            return columns.incident(index);
        }

        @Override
        public int size() {
            return columns.size();
        }
    }

    /** The incidents column-wise, for the marker index. */
    public TimeIndex columns() {
        return columns;
    }

    public List<Incident> incidents() {
        return incidents;
    }

    public List<Episode> episodes() {
        return episodes;
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** Every day of every episode, in order. */
    public List<LocalDate> days() {
        return days;
    }

    public LocalDate firstDay() {
        return days.get(0);
    }

    public LocalDate lastDay() {
        return days.get(days.size() - 1);
    }

    /** The outlets that report any incident, sorted. */
    public SortedSet<String> outlets() {
        return columns.outlets();
    }

    /** Position of a day in {@link #days()}, or -1 when it lies outside every episode. */
    public int indexOf(LocalDate day) {
        Integer index = indexOfDay.get(day);
        return index == null ? -1 : index;
    }

    public boolean contains(LocalDate day) {
        return indexOfDay.containsKey(day);
    }

    public Optional<Episode> episodeOf(LocalDate day) {
        int index = indexOf(day);
        return index < 0 ? Optional.empty() : Optional.of(episodes.get(episodeOfDay[index]));
    }

    public int episodeIndexOf(LocalDate day) {
        int index = indexOf(day);
        return index < 0 ? -1 : episodeOfDay[index];
    }

    public List<Incident> incidentsOn(LocalDate day) {
        return incidentsOn(new DayAndType(day, null));
    }

    /** The incidents of a day of one type: the type column picks them, so a large file's other incidents of the day are not read. */
    public List<Incident> incidentsOn(LocalDate day, IncidentType type) {
        return incidentsOn(new DayAndType(day, Objects.requireNonNull(type, "type")));
    }

    private List<Incident> incidentsOn(DayAndType asked) {
        if (!contains(asked.day())) {
            return List.of();
        }
        synchronized (recentDays) {
            // Kept: the excerpt panel asks for the same days once per card, and a large file's incidents are read again.
            return recentDays.computeIfAbsent(asked, a -> {
                int epochDay = Math.toIntExact(a.day().toEpochDay());
                int from = columns.firstOnOrAfter(epochDay), to = columns.firstOnOrAfter(epochDay + 1);
                List<Incident> read = new ArrayList<>(to - from);
                for (int position = from; position < to; position++) {
                    if (a.type() == null || columns.type(position) == a.type().ordinal()) {
                        read.add(columns.incident(position));
                    }
                }
                return List.copyOf(read);
            });
        }
    }

    /** A day asked for, with every type ({@code type} null) or one. */
    private record DayAndType(LocalDate day, IncidentType type) {
    }

    /** The days (and types) {@link #incidentsOn} read last, with their incidents. */
    private final Map<DayAndType, List<Incident>> recentDays = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DayAndType, List<Incident>> eldest) {
            return size() > 32;
        }
    };

    /** The timeline day nearest to any date (ties go to the later day), so a typed or remembered date always lands somewhere. */
    public LocalDate nearestDay(LocalDate date) {
        if (contains(date)) {
            return date;
        }
        LocalDate best = firstDay();
        long bestDistance = Long.MAX_VALUE;
        for (Episode episode : episodes) {
            for (LocalDate end : List.of(episode.firstDay(), episode.lastDay())) {
                long distance = Math.abs(end.toEpochDay() - date.toEpochDay());
                if (distance < bestDistance || (distance == bestDistance && end.isAfter(best))) {
                    best = end;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** The day {@code delta} timeline days away, crossing the breaks between episodes and stopping at the ends. */
    public LocalDate step(LocalDate day, int delta) {
        int index = indexOf(nearestDay(day));
        int target = Math.max(0, Math.min(days.size() - 1, index + delta));
        return days.get(target);
    }

    /** First day of the next episode (or the last day of the last one when there is none). */
    public LocalDate nextEpisodeStart(LocalDate day) {
        int e = episodeIndexOf(nearestDay(day));
        return e + 1 < episodes.size() ? episodes.get(e + 1).firstDay() : lastDay();
    }

    /** First day of the previous episode (or the first day of the first one). */
    public LocalDate previousEpisodeStart(LocalDate day) {
        int e = episodeIndexOf(nearestDay(day));
        return episodes.get(Math.max(0, e - 1)).firstDay();
    }

    /**
     * What a date shows: in {@link ViewMode#UP_TO_DAY} every incident from the start of the date's
     * episode through the date (older ones marked not current), in {@link ViewMode#DAY_ONLY} that day's.
     * Oldest first.
     */
    public List<VisibleIncident> visibleAt(LocalDate day, ViewMode mode, IncidentFilter filter) {
        int index = indexOf(day);
        if (index < 0) {
            return List.of();
        }
        int from = index;
        if (mode == ViewMode.UP_TO_DAY) {
            while (from > 0 && episodeOfDay[from - 1] == episodeOfDay[index]) {
                from--;
            }
        }
        List<VisibleIncident> visible = new ArrayList<>();
        for (int i = from; i <= index; i++) {
            for (Incident incident : incidentsOn(days.get(i))) {
                boolean current = i == index;
                filter.shownClaims(incident).ifPresent(shown -> visible.add(new VisibleIncident(shown, current)));
            }
        }
        return visible;
    }

    /** Incidents per day and type that pass the filter, one entry per timeline day. */
    public List<DayCount> histogram(IncidentFilter filter) {
        List<DayCount> counts = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            Map<IncidentType, Integer> byType = new EnumMap<>(IncidentType.class);
            for (Incident incident : incidentsOn(days.get(i))) {
                if (filter.test(incident)) {
                    byType.merge(incident.type(), 1, Integer::sum);
                }
            }
            counts.add(new DayCount(days.get(i), byType));
        }
        return List.copyOf(counts);
    }

    /** How many incidents of each type a day has. */
    public record DayCount(LocalDate day, Map<IncidentType, Integer> byType) {

        public DayCount {
            byType = byType.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byType));
        }

        /** A plain loop: the timeline asks it of every day it draws, on the JavaFX thread. */
        public int total() {
            int total = 0;
            for (int count : byType.values()) {
                total += count;
            }
            return total;
        }

        public int count(IncidentType type) {
            return byType.getOrDefault(type, 0);
        }
    }
}
