package org.incidentatlas.timeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The stretch of the timeline a replay covers, both ends timeline days, and whether playing on
 * from its last day starts again at its first: the whole timeline, one episode ("play this
 * episode only") or a range whose ends the user drags. The current date always lies inside it.
 */
public record TimeWindow(LocalDate first, LocalDate last, boolean loop) {

    public TimeWindow {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a time window ends before it starts: " + first + " to " + last);
        }
    }

    /** Every day of every episode. */
    public static TimeWindow whole(Timeline t, boolean loop) {
        return new TimeWindow(t.firstDay(), t.lastDay(), loop);
    }

    /** The episode a day belongs to (or lies nearest to). */
    public static TimeWindow episodeOf(Timeline t, LocalDate day, boolean loop) {
        var episode = t.episodeOf(t.nearestDay(day)).orElseThrow();
        return new TimeWindow(episode.firstDay(), episode.lastDay(), loop);
    }

    public boolean isWhole(Timeline t) {
        return first.equals(t.firstDay()) && last.equals(t.lastDay());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public TimeWindow looping(boolean on) {
        return new TimeWindow(first, last, on);
    }

    /** The window with its first day moved to the timeline day nearest {@code day}, never past its last day. */
    public TimeWindow withFirst(Timeline t, LocalDate day) {
        LocalDate d = t.nearestDay(day);
        return new TimeWindow(d.isAfter(last) ? last : d, last, loop);
    }

    /** The window with its last day moved to the timeline day nearest {@code day}, never before its first day. */
    public TimeWindow withLast(Timeline t, LocalDate day) {
        LocalDate d = t.nearestDay(day);
        return new TimeWindow(first, d.isBefore(first) ? first : d, loop);
    }

    /** The timeline day in the window nearest to a date: the date's nearest timeline day, or the nearer end. */
    public LocalDate clamp(Timeline t, LocalDate day) {
        LocalDate d = t.nearestDay(day);
        return d.isBefore(first) ? first : d.isAfter(last) ? last : d;
    }

    /** The day {@code delta} timeline days away (crossing the breaks between episodes), stopping at the window's ends. */
    public LocalDate step(Timeline t, LocalDate day, int delta) {
        int from = t.indexOf(clamp(t, day));
        int target = Math.max(t.indexOf(first), Math.min(t.indexOf(last), from + delta));
        return t.days().get(target);
    }

    /** The day a replay shows after {@code day}: the next one in the window; after the last, the first when looping, else none (the replay stops). */
    public Optional<LocalDate> next(Timeline t, LocalDate day) {
        LocalDate d = clamp(t, day);
        if (d.equals(last)) {
            return loop ? Optional.of(first) : Optional.empty();
        }
        return Optional.of(step(t, d, 1));
    }

    /** Where pressing play starts: at the first day when the replay has already reached the end. */
    public LocalDate playFrom(Timeline t, LocalDate day) {
        LocalDate d = clamp(t, day);
        return d.equals(last) ? first : d;
    }

    /**
     * The first day whose incidents a date shows: the day itself in {@link ViewMode#DAY_ONLY}; in
     * {@link ViewMode#UP_TO_DAY} the start of the date's episode, or of the window when it starts later.
     */
    public LocalDate firstDayShown(Timeline t, LocalDate day, ViewMode mode) {
        if (mode == ViewMode.DAY_ONLY) {
            return day;
        }
        LocalDate episodeStart = t.episodeOf(day).orElseThrow().firstDay();
        return first.isAfter(episodeStart) && !first.isAfter(day) ? first : episodeStart;
    }
}
