package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.article.ClasspathArticleSource;
import org.incidentatlas.bench.SyntheticIncidents;
import org.incidentatlas.io.FileIncidentSource;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.testing.DaemonThreads;
import org.incidentatlas.timeline.Timeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user opens a file of 100,000 incidents, drags the slider over all of it and hides a type,
 * while a watchdog measures how long the JavaFX thread ever fails to answer. The flow checks what
 * the user sees (markers while the file is still read, the last day's count, the filter's effect);
 * speed itself is measured in {@code bench Scale}, not here.
 */
class LargeFileFlowTest extends ApplicationTest {

    private static final int INCIDENTS = 100_000;

    /**
     * The most work, in milliseconds of the JavaFX thread's CPU time, it may do while a posted event
     * waits. CPU time, because on the shared 2-core build machine, at a load average near 20, the
     * same work takes ten to thirty times longer by the wall clock while the CPU it needs barely
     * moves. The goal is a frame (16 ms); measured there, the longest is the frame of the drag where
     * hundreds of places first get a marker and a name (up to 300 ms, with at most 100 new markers
     * and names a frame), then opening (150 ms): 500 ms is the smallest bound that holds there. It
     * still fails for work that grows with the incidents (the per-day index this replaced took about
     * 100 s for a filter click at this size) or for drag events that each recompute the map (before
     * they were coalesced to one per frame, events queued behind them waited 3 to 4 s).
     */
    private static final long MAX_BLOCKED_CPU_MS = Long.getLong("incidentatlas.fx.maxBlockedCpuMs", 500);

    /**
     * The longest the JavaFX thread may leave a posted event waiting by the wall clock, in
     * milliseconds, which also counts sleeping, waiting for a lock or a file, and the renderer. The
     * goal is a frame or so: run with {@code -Dincidentatlas.fx.maxBlockedMs=250} on an idle
     * machine. By default it only catches waits of seconds: on the shared build machine, at a load
     * average near 20, a posted event waits up to 5 s for the few tens of milliseconds of CPU the
     * JavaFX thread and the software renderer need per frame.
     */
    private static final long MAX_BLOCKED_MS = Long.getLong("incidentatlas.fx.maxBlockedMs", 10_000);

    @TempDir
    static Path dir;
    private static Path file;

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private final AtomicLong longestBlockNanos = new AtomicLong();
    private final AtomicLong longestBlockCpuNanos = new AtomicLong();
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private volatile String longestBlockStacks = "";
    private volatile long watchedFrom;
    private final Map<String, String> blocked = new java.util.LinkedHashMap<>();

    /** The longest wait of a posted event in a phase: by the wall clock, and in the JavaFX thread's CPU time. */
    private record Block(long wallMs, long cpuMs) {
    }

    /** Ends a phase of the flow: keeps its longest block (and where it was) and starts the next from zero. */
    private Block endPhase(String phase) {
        WaitForAsyncUtils.waitForFxEvents();
        Block longest = new Block(TimeUnit.NANOSECONDS.toMillis(longestBlockNanos.getAndSet(0)),
                TimeUnit.NANOSECONDS.toMillis(longestBlockCpuNanos.getAndSet(0)));
        blocked.put(phase, longest.wallMs() + " ms (" + longest.cpuMs() + " ms of CPU)" + longestBlockStacks);
        longestBlockStacks = "";
        System.out.println("LargeFileFlowTest: " + phase + ": the JavaFX thread was blocked for at most " + longest.wallMs()
                + " ms, and worked for at most " + longest.cpuMs() + " ms of CPU while an event waited");
        return longest;
    }
    private final AtomicBoolean markersWhileLoading = new AtomicBoolean();
    private IncidentAtlasApp app;
    private ViewerPreferences prefs;

    @BeforeAll
    static void writeFile() throws Exception {
        file = dir.resolve("synthetic-100k.geojson");
        new SyntheticIncidents(42).write(INCIDENTS, file);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        prefs = ViewerPreferences.fromSystemProperty();
        prefs.clear();
        ViewerServices services = new ViewerServices(new FileIncidentSource(file),
                new ClasspathArticleSource(ClasspathArticleSource.BUNDLED, new ArticleReader()), prefs,
                DaemonThreads.named("test-loader"), Map.of());
        app = new IncidentAtlasApp(services);
        app.start(stage);
        // An invalidation listener, as the app's own: a change listener compares the old and new
        // markers, and a marker's equality reads its incidents (from the file, for a large one).
        app.model().markersProperty().addListener(o -> {
            if (!app.model().markersProperty().get().isEmpty()
                    && app.model().loadStateProperty().get() == MainViewModel.LoadState.LOADING) {
                markersWhileLoading.set(true);
            }
        });
        // Watched from the window's first laid-out frame on: start-up (class loading, the first CSS
        // pass, fonts) is measured separately, against a bare JavaFX window.
        Runnable[] first = new Runnable[1];
        first[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(first[0]);
            Platform.runLater(this::startWatchdog);
        };
        stage.getScene().addPostLayoutPulseListener(first[0]);
    }

    /**
     * Posts an event to the JavaFX thread every few milliseconds and keeps the longest wait for it
     * to run, with what the JavaFX thread was doing meanwhile (so a failure says where it was stuck).
     */
    private void startWatchdog() {
        Thread fx = Thread.currentThread();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        watchedFrom = System.nanoTime();
        Thread watchdog = new Thread(() -> {
            while (watching.get()) {
                CountDownLatch ran = new CountDownLatch(1);
                long posted = System.nanoTime();
                long[] cpu = new long[2];
                cpu[0] = threads.getThreadCpuTime(fx.getId());
                Platform.runLater(() -> {
                    cpu[1] = threads.getThreadCpuTime(fx.getId());
                    ran.countDown();
                });
                List<String> seen = new ArrayList<>();
                try {
                    while (!ran.await(100, TimeUnit.MILLISECONDS)) {
                        StackTraceElement[] stack = fx.getStackTrace();
                        // The top of the stack and our own frames below it: where the time goes and who asked.
                        seen.add(Stream.concat(Arrays.stream(stack).limit(4),
                                        Arrays.stream(stack).skip(4).filter(f -> f.getClassName().startsWith("org.incidentatlas")).limit(4))
                                .map(f -> "  at " + f).collect(Collectors.joining("\n")));
                    }
                    long waited = System.nanoTime() - posted;
                    longestBlockNanos.accumulateAndGet(waited, Math::max);
                    long worked = cpu[1] - cpu[0];
                    if (worked > longestBlockCpuNanos.get()) {
                        longestBlockCpuNanos.set(worked);
                        longestBlockStacks = seen.isEmpty() ? "" : "; the JavaFX thread was at (every 100 ms)\n" + String.join("\n  --\n", seen);
                    }
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        watching.set(false);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), uncaught, "exceptions during the flow");
        FxToolkit.hideStage();
        prefs.clear();
    }

    @Test
    void aHundredThousandIncidentsOpenDragAndFilterWithoutBlockingTheWindow() throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(markersWhileLoading.get(), "markers showed while the rest of the file was read");
        Timeline timeline = app.model().timeline();
        assertEquals(INCIDENTS, timeline.incidents().size());
        Block opening = endPhase("opening the file");

        // Drag the thumb from the first day to the last in small moves, as a hand would.
        TimelineView view = app.view().timelineView();
        Point2D from = view.localToScreen(view.xOf(timeline.firstDay()), view.trackY() + 3);
        Point2D to = view.localToScreen(view.xOf(timeline.lastDay()), view.trackY() + 3);
        moveTo(from).press(MouseButton.PRIMARY);
        for (int step = 1; step <= 40; step++) {
            moveTo(new Point2D(from.getX() + (to.getX() - from.getX()) * step / 40, from.getY()));
        }
        release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(timeline.lastDay(), app.model().date());
        // One long episode: the last day shows every incident.
        assertEquals(INCIDENTS + " incidents visible", lookup("#statusCount").queryAs(Label.class).getText());

        Block dragging = endPhase("dragging over every day");
        clickOn("#filter-" + IncidentType.CLASH.code());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.model().filteringProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        long withoutClashes = timeline.incidents().stream().filter(i -> i.type() != IncidentType.CLASH).count();
        assertEquals(withoutClashes, app.model().visibleCountProperty().get());
        assertFalse(app.model().markersProperty().get().stream().anyMatch(m -> m.kind() == IncidentKind.of(IncidentType.CLASH)));
        LocalDate middle = timeline.days().get(timeline.days().size() / 2);
        interact(() -> app.model().goTo(middle));
        assertTrue(app.model().visibleCountProperty().get() < withoutClashes);

        Block filtering = endPhase("filtering");

        // The incident table lists what the map shows: open it and drag over the days again.
        interact(() -> app.view().showTable(true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.view().incidentTable().table().getItems().size()
                == app.model().visibleCountProperty().get());
        Point2D at = view.localToScreen(view.xOf(middle), view.trackY() + 3);
        moveTo(at).press(MouseButton.PRIMARY);
        for (int step = 1; step <= 40; step++) {
            moveTo(new Point2D(at.getX() + (to.getX() - at.getX()) * step / 40, at.getY()));
        }
        release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.view().incidentTable().table().getItems().size()
                == app.model().visibleCountProperty().get());
        assertEquals(withoutClashes, app.view().incidentTable().table().getItems().size());
        Block withTable = endPhase("dragging with the incident table open");

        assertTrue(watchedFrom > 0, "the watchdog ran");
        List<Block> phases = List.of(opening, dragging, filtering, withTable);
        assertTrue(phases.stream().allMatch(b -> b.cpuMs() <= MAX_BLOCKED_CPU_MS && b.wallMs() <= MAX_BLOCKED_MS),
                "the JavaFX thread was blocked: " + blocked);
    }
}
