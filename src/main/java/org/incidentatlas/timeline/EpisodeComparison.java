package org.incidentatlas.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.incidentatlas.model.Episode;

/**
 * Two episodes aligned by day since each one's start: day 1 is each episode's first day, day 2 the
 * next calendar day, and so on. The comparison lasts as long as the longer episode; past its own
 * end the shorter one stays on its last day.
 */
public record EpisodeComparison(Episode left, Episode right) {

    public EpisodeComparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /**
     * The default pair: the first two episodes (in the bundled data March 2005 and May 2010); a
     * timeline with one episode compares it with itself.
     *
     * @throws IllegalArgumentException when there is no episode
     */
    public static EpisodeComparison firstTwo(List<Episode> episodes) {
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException("there is no episode to compare");
        }
        return new EpisodeComparison(episodes.get(0), episodes.get(Math.min(1, episodes.size() - 1)));
    }

    /** Calendar days of an episode, both ends counted. */
    public static int length(Episode e) {
        return (int) ChronoUnit.DAYS.between(e.firstDay(), e.lastDay()) + 1;
    }

    /** Days the comparison runs: those of the longer episode. */
    public int days() {
        return Math.max(length(left), length(right));
    }

    /** The left episode's date on day {@code dayNumber} (1-based), held at its last day once it is over. */
    public LocalDate leftDay(int dayNumber) {
        return dayOf(left, dayNumber);
    }

    public LocalDate rightDay(int dayNumber) {
        return dayOf(right, dayNumber);
    }

    /** Whether {@code e} has ended before day {@code dayNumber}. */
    public static boolean over(Episode e, int dayNumber) {
        return dayNumber > length(e);
    }

    /** The day number a date of the left episode's calendar stands for (the replay counts days that way). */
    public int dayNumberOfLeft(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(left.firstDay(), day) + 1;
    }

    private LocalDate dayOf(Episode e, int dayNumber) {
        if (dayNumber < 1 || dayNumber > days()) {
            throw new IllegalArgumentException("day " + dayNumber + " is outside the comparison's 1.." + days());
        }
        return e.firstDay().plusDays(Math.min(dayNumber, length(e)) - 1L);
    }
}
