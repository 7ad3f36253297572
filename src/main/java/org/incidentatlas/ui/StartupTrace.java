package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * With {@code -Dincidentatlas.startupTrace=true}, prints on standard error when each phase of the app's start is
 * reached: the time since the process started, the CPU time of the whole process and of the thread that reached it
 * (README "Start-up" shows what they tell). A tool for measuring, not an option users need; without the property
 * nothing is printed or read.
 */
final class StartupTrace {

    static final String PROPERTY = "incidentatlas.startupTrace";

    private StartupTrace() {
    }

    static void mark(String phase) {
        if (Boolean.getBoolean(PROPERTY)) {
            long since = ProcessHandle.current().info().startInstant().map(t -> System.currentTimeMillis() - t.toEpochMilli()).orElse(-1L);
            System.err.printf("startup %6d ms, CPU %6d ms in all, %6d ms this thread: %s (%s)%n", since, cpuMillis("/proc/self/stat"),
                    cpuMillis("/proc/thread-self/stat"), phase, Thread.currentThread().getName());
        }
    }

    /** Marks the end of {@code scene}'s first pulse (its CSS and layout), and of the first pulse once the map's first tiles are drawn. */
    static void firstPulses(Scene scene, CompletableFuture<Void> firstScreenDrawn) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        afterNextLayout(scene, "first pulse: CSS and layout done");
        firstScreenDrawn.thenRun(() -> {
            mark("first screen of tiles drawn");
            Platform.runLater(() -> {
                afterNextLayout(scene, "pulse with the first tiles: CSS and layout done");
                Platform.requestNextPulse();
            });
        });
    }

    private static void afterNextLayout(Scene scene, String phase) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            mark(phase);
            scene.removePostLayoutPulseListener(once[0]);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** User and system time from a Linux {@code stat} file (in clock ticks of 10 ms); -1 where there is none. */
    private static long cpuMillis(String statFile) {
        try {
            String stat = Files.readString(Path.of(statFile));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
