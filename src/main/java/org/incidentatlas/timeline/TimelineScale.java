package org.incidentatlas.timeline;

import java.time.LocalDate;

import org.incidentatlas.model.Episode;

/**
 * Where the days of a timeline sit along a track of a given width: the episodes side by side with a
 * fixed break between them, every day an equal slot. Used by the date slider, kept here so that
 * where a pointer lands can be tested without a window.
 *
 * @param width the whole track area, pad included
 * @param pad   the margin before the first and after the last day
 * @param gap   the width of each break between episodes
 */
public record TimelineScale(Timeline timeline, double width, double pad, double gap) {

    /** The width of one day. */
    public double slotWidth() {
        if (timeline.isEmpty()) {
            return 0;
        }
        double usable = width - 2 * pad - gap * (timeline.episodes().size() - 1);
        // Every day fits the track, however many years the data spans.
        return Math.max(1e-3, usable / timeline.days().size());
    }

    /** The x of a day's tick (the middle of its slot). */
    public double xOf(LocalDate day) {
        int index = timeline.indexOf(day);
        int episode = timeline.episodeIndexOf(day);
        return pad + episode * gap + (index + 0.5) * slotWidth();
    }

    /** The timeline day whose tick is nearest to x. */
    public LocalDate dayAt(double x) {
        double slot = slotWidth();
        LocalDate best = timeline.firstDay();
        double bestDistance = Double.MAX_VALUE;
        for (Episode episode : timeline.episodes()) {
            // Within an episode the slot under x is found directly; only its ends compete with the next episode.
            int firstIndex = timeline.indexOf(episode.firstDay());
            int lastIndex = timeline.indexOf(episode.lastDay());
            double x0 = xOf(episode.firstDay());
            int index = (int) Math.round((x - x0) / slot) + firstIndex;
            index = Math.max(firstIndex, Math.min(lastIndex, index));
            LocalDate day = timeline.days().get(index);
            double d = Math.abs(xOf(day) - x);
            if (d < bestDistance) {
                best = day;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Where the thumb follows a pointer dragged to x: along the track of the window's days, never
     * in a break between episodes (there it waits at the nearer episode's end) nor outside the window.
     */
    public double thumbX(double x, TimeWindow window) {
        double clamped = Math.max(xOf(window.first()), Math.min(xOf(window.last()), x));
        LocalDate day = window.clamp(timeline, dayAt(clamped));
        Episode episode = timeline.episodeOf(day).orElseThrow();
        LocalDate from = episode.firstDay().isBefore(window.first()) ? window.first() : episode.firstDay();
        LocalDate to = episode.lastDay().isAfter(window.last()) ? window.last() : episode.lastDay();
        return Math.max(xOf(from), Math.min(xOf(to), clamped));
    }

    /** The left edge of a day's slot, where a window starting that day begins. */
    public double slotStart(LocalDate day) {
        return xOf(day) - slotWidth() / 2;
    }

    /** The right edge of a day's slot, where a window ending that day ends. */
    public double slotEnd(LocalDate day) {
        return xOf(day) + slotWidth() / 2;
    }
}
