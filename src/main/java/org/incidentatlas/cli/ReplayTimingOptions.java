package org.incidentatlas.cli;

import picocli.CommandLine.Option;

/**
 * How an animation goes from day to day, declared once for {@code animate} and {@code compare} (a
 * picocli mixin); the range each accepts is checked where the replay is made ({@code Replay},
 * {@code SideBySideReplay}).
 */
final class ReplayTimingOptions {

    @Option(names = "--seconds-per-day", defaultValue = "1", paramLabel = "S",
            description = "In a GIF or MP4: how long each day shows, from 0.1 to 60 seconds (default: ${DEFAULT-VALUE}).")
    private double secondsPerDay;

    @Option(names = "--fade", description = "In a GIF or MP4: fade each day into the next instead of cutting.")
    private boolean fade;

    double secondsPerDay() {
        return secondsPerDay;
    }

    boolean fade() {
        return fade;
    }
}
