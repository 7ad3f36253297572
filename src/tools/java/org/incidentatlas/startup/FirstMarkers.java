package org.incidentatlas.startup;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.incidentatlas.io.FileIncidentSource;
import org.incidentatlas.ui.MainViewModel;

/**
 * How long the app takes to open a large incident file, as its view model does it: from the
 * request to load until the map has its first markers (the first batch, shown while the rest is
 * read) and until the whole file is read, checked and indexed. One run per JVM, as a user opens a
 * file once; CPU of the loading thread is not separated here (the first markers need the FX thread
 * too), so run it on an idle machine or say the load.
 *
 * <pre>
 * java -cp 'target/incident-atlas.jar:target/lib/*:target/test-classes' org.incidentatlas.startup.FirstMarkers FILE
 * </pre>
 * Needs a display (an X server, e.g. {@code xvfb-run}); the map window itself is not opened.
 */
public final class FirstMarkers {

    private FirstMarkers() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "incident-loader");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<Long> firstMarkers = new CompletableFuture<>();
        CompletableFuture<Long> loaded = new CompletableFuture<>();
        long[] asked = new long[1];
        Platform.runLater(() -> {
            MainViewModel model = new MainViewModel();
            model.markersProperty().addListener((o, was, now) -> {
                if (!now.isEmpty()) {
                    firstMarkers.complete(System.nanoTime());
                }
            });
            model.loadStateProperty().addListener((o, was, now) -> {
                if (now == MainViewModel.LoadState.READY) {
                    loaded.complete(System.nanoTime());
                } else if (now == MainViewModel.LoadState.FAILED) {
                    loaded.completeExceptionally(new IllegalStateException(model.loadMessageProperty().get()));
                }
            });
            asked[0] = System.nanoTime();
            model.load(new FileIncidentSource(file), background, Optional.empty());
        });
        long done = loaded.get(10, TimeUnit.MINUTES);
        long first = firstMarkers.get(1, TimeUnit.SECONDS);
        System.out.printf("%s: first markers %.2f s after the load was asked (%.2f s after the JVM started), whole file %.2f s%n",
                file, (first - asked[0]) / 1e9, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3
                        - (System.nanoTime() - first) / 1e9, (done - asked[0]) / 1e9);
        Platform.exit();
    }
}
