package org.incidentatlas.replay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.incidentatlas.geo.Viewport;

/**
 * What a replay shows: every calendar day from {@code from} to {@code to} (quiet days too), in
 * one view, each held for {@code secondsPerDay}, optionally faded into the next.
 */
public record Replay(Viewport view, LocalDate from, LocalDate to, double secondsPerDay, boolean fade) {

    /** Enough for a year of daily frames; more is a typo, not a replay. */
    public static final int MAX_DAYS = 400;
    public static final double MIN_SECONDS_PER_DAY = 0.1;
    public static final double MAX_SECONDS_PER_DAY = 60;
    /** Frames in each fade between two days (when fading). */
    public static final int FADE_STEPS = 4;

    public Replay {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day " + to + " comes before the first " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("from " + from + " to " + to + " is " + (ChronoUnit.DAYS.between(from, to) + 1)
                    + " days; a replay may have at most " + MAX_DAYS);
        }
        if (!(secondsPerDay >= MIN_SECONDS_PER_DAY && secondsPerDay <= MAX_SECONDS_PER_DAY)) {
            throw new IllegalArgumentException("seconds per day must be from " + plain(MIN_SECONDS_PER_DAY) + " to "
                    + plain(MAX_SECONDS_PER_DAY) + ", not " + secondsPerDay);
        }
    }

    private static String plain(double number) {
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The shortest time a frame is shown; every frame lasts a whole number of these. Without fade a
     * frame is a day; with fade a day is held for {@link #FADE_STEPS} units and then fades in as many.
     */
    public double unitSeconds() {
        return fade ? secondsPerDay / (2 * FADE_STEPS) : secondsPerDay;
    }

    /** Distinct pictures written: one per day, plus the fade steps between days. */
    public int frameCount() {
        return days() + (fade ? (days() - 1) * FADE_STEPS : 0);
    }
}
