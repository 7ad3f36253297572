package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;

import org.incidentatlas.io.IncidentSource;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.Episode;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.timeline.DateInput;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.TimeIndex;
import org.incidentatlas.timeline.TimeWindow;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.timeline.ViewMode;

/**
 * The state of the viewer: loaded data, current date, mode, filters, selection and playback.
 * Views read its read-only properties and call its commands; it never touches a control.
 */
public final class MainViewModel {

    public enum LoadState { LOADING, READY, FAILED }

    public static final double MIN_SECONDS_PER_DAY = 0.5;
    public static final double MAX_SECONDS_PER_DAY = 4;

    private final ReadOnlyObjectWrapper<LoadState> loadState = new ReadOnlyObjectWrapper<>(LoadState.LOADING);
    private final ReadOnlyStringWrapper loadMessage = new ReadOnlyStringWrapper("Loading incidents\u2026");
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<IconLibrary> icons = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<IncidentFilter> filter = new ReadOnlyObjectWrapper<>(IncidentFilter.showAll());
    private final ReadOnlyObjectWrapper<MarkerIndex> markerIndex = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Timeline.DayCount>> histogram = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ViewMode> mode = new ReadOnlyObjectWrapper<>(ViewMode.UP_TO_DAY);
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<PlaceMarker>> markers = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper statusDate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusEpisode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedPlaceId = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<PlaceMarker> selectedMarker = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper secondsPerDay = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper dateMessage = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(false);

    private javafx.animation.Timeline player;
    /** How many times faster than its seconds a day the replay runs: 1 for the user; tests that wait a replay out set more. */
    private double replaySpeedUp = 1;
    /** Where loading and filtering run; set by {@link #load}. */
    private Executor background;

    public MainViewModel() {
    }

    // ---- loading

    /**
     * What the loader hands back to the UI thread: everything heavy is built on the loader thread,
     * down to the first day's markers and status line ({@code firstShown}).
     */
    private record Loaded(Timeline timeline, MarkerIndex index, List<Timeline.DayCount> histogram, IconLibrary icons,
                          DayShown firstShown) {
    }

    /**
     * What a day shows: its markers, their count and the status line's words, for the window and mode
     * they were found with. Set all at once ({@link #apply}), so markers never show with another day's
     * counts. The loader makes the file's first one: on the JavaFX thread, finding the markers and
     * formatting the date took 4 to 5 ms of the event that first shows a large file (cold code).
     */
    private record DayShown(TimeWindow window, ViewMode mode, LocalDate day, List<PlaceMarker> markers, int count,
                            String statusDate, String statusCount, String statusEpisode) {

        static DayShown of(MarkerIndex index, TimeWindow window, LocalDate day, ViewMode mode) {
            LocalDate first = window.firstDayShown(index.timeline(), day, mode);
            List<PlaceMarker> shown = index.markersBetween(first, day);
            int count = 0;
            for (PlaceMarker marker : shown) {
                count += marker.count();
            }
            return new DayShown(window, mode, day, shown, count, DayFormat.longDate(day),
                    count + (count == 1 ? " incident" : " incidents") + " visible"
                            + (mode == ViewMode.DAY_ONLY ? " (this day only)" : ""),
                    index.timeline().episodeOf(day).map(e -> "Episode: " + e.label()).orElse(""));
        }
    }

    /**
     * Streams incidents and loads icons on {@code background}; {@code preferredDate} is used when
     * it lies on the timeline. The first batch of a large file is shown at once (the controls stay
     * off until the whole file is read and checked); a file that turns out bad shows nothing.
     */
    public void load(IncidentSource source, Executor background, Optional<LocalDate> preferredDate) {
        this.background = background;
        loadState.set(LoadState.LOADING);
        String loading = "Loading incidents from " + source.describe() + "\u2026";
        loadMessage.set(loading);
        IncidentFilter shown = filter.get();
        ViewMode shownMode = mode.get();
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                IconLibrary iconLibrary = IconLibrary.load();
                // The icons go ahead of the first batch, in an event of their own: the marker layer is
                // made then, not in the event that shows the first markers.
                Platform.runLater(() -> {
                    if (icons.get() == null) {
                        icons.set(iconLibrary);
                    }
                });
                // Columns only: a large file's incidents are read again when a marker's list is shown.
                TimeIndex.Builder columns = new TimeIndex.Builder();
                long total = source.bytes();
                IntFunction<Incident> rows = source.streamRows((batch, bytesRead) -> {
                    boolean first = columns.size() == 0 && !batch.isEmpty();
                    columns.addAll(batch);
                    if (total > 0 && bytesRead >= 0) {
                        updateMessage(loading + " " + Math.min(100, 100 * bytesRead / total) + "% ("
                                + String.format(Locale.ROOT, "%,d", columns.size()) + " incidents)");
                        if (first && bytesRead < total) {
                            Loaded preview = build(new Timeline(batch), shown, iconLibrary, preferredDate, shownMode);
                            Platform.runLater(() -> previewed(this, preview));
                        }
                    }
                });
                return build(columns.timeline(rows), shown, iconLibrary, preferredDate, shownMode);
            }
        };
        task.messageProperty().addListener((o, was, now) -> {
            if (loadState.get() == LoadState.LOADING && now != null && !now.isEmpty()) {
                loadMessage.set(now);
            }
        });
        task.setOnSucceeded(e -> loaded(task.getValue(), source));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            // What the first batch showed came from a file that turned out bad: show none of it.
            markerIndex.set(null);
            markers.set(List.of());
            timeline.set(null);
            histogram.set(List.of());
            loadState.set(LoadState.FAILED);
            loadMessage.set("Cannot show incidents: " + (error.getMessage() == null ? error.toString() : error.getMessage()));
        });
        background.execute(task);
    }

    /** The index of {@code built} and what it shows first: {@code preferredDate} when it lies on the timeline, else its first day. */
    private static Loaded build(Timeline built, IncidentFilter shown, IconLibrary icons, Optional<LocalDate> preferredDate,
                                ViewMode shownMode) {
        MarkerIndex index = new MarkerIndex(built, shown);
        DayShown first = built.isEmpty() ? null
                : DayShown.of(index, TimeWindow.whole(built, false), preferredDate.filter(built::contains).orElse(built.firstDay()), shownMode);
        return new Loaded(built, index, index.histogram(), icons, first);
    }

    /** The first batch of a large file, shown while the rest is read. */
    private void previewed(Task<Loaded> loader, Loaded preview) {
        if (loader.isDone() || preview.timeline().isEmpty()) {
            return;
        }
        show(preview);
    }

    private void loaded(Loaded result, IncidentSource source) {
        if (result.timeline().isEmpty()) {
            loadState.set(LoadState.FAILED);
            loadMessage.set("No incidents in " + source.describe() + ": there is nothing to replay.");
            return;
        }
        show(result);
        loadMessage.set("");
        loadState.set(LoadState.READY);
    }

    private void show(Loaded result) {
        icons.set(result.icons());
        timeline.set(result.timeline());
        markerIndex.set(result.index());
        histogram.set(result.histogram());
        TimeWindow whole = TimeWindow.whole(result.timeline(), window.get() != null && window.get().loop());
        window.set(whole);
        DayShown first = result.firstShown();
        date.set(first.day());
        if (first.window().equals(whole) && first.mode() == mode.get()) {
            apply(first);
        } else {
            // Looping was on, or the mode changed while the file was read.
            refresh();
        }
        // The index was built with the filter then shown: the same object unless the user changed it
        // since (a record's first equals links method handles, a few ms of this event).
        if (result.index().filter() != filter.get() && !result.index().filter().equals(filter.get())) {
            // The filter changed while the file was read.
            rebuildIndex();
        }
    }

    /** Counts the incident sets asked for, so that a slower, older rebuild never replaces a newer one. */
    private long shownGeneration;

    /**
     * Shows {@code incidents} in place of those shown (a workspace adds reports' incidents as they are
     * extracted): the timeline, episodes, outlets and markers are rebuilt on the background executor and
     * the day shown stays where it is if the new timeline has it.
     */
    public void showIncidents(List<Incident> incidents) {
        showIncidents(incidents, Optional.empty());
    }

    /** As {@link #showIncidents(List)}, going to {@code goTo} (when it has incidents) rather than staying on the day shown. */
    public void showIncidents(List<Incident> incidents, Optional<LocalDate> goTo) {
        Executor executor = background;
        if (executor == null) {
            throw new IllegalStateException("load() first: it names the executor the timeline is built on");
        }
        long generation = ++shownGeneration;
        IncidentFilter shown = filter.get();
        IconLibrary known = icons.get();
        Optional<LocalDate> day = goTo.or(() -> Optional.ofNullable(date.get()));
        ViewMode shownMode = mode.get();
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                return build(new Timeline(List.copyOf(incidents)), shown, known != null ? known : IconLibrary.load(), day, shownMode);
            }
        };
        task.setOnSucceeded(e -> {
            if (generation != shownGeneration) {
                return;
            }
            Loaded result = task.getValue();
            if (result.timeline().isEmpty()) {
                markerIndex.set(null);
                markers.set(List.of());
                timeline.set(null);
                histogram.set(List.of());
                loadState.set(LoadState.FAILED);
                loadMessage.set("No incidents yet: open reports or incidents from the File menu.");
                return;
            }
            show(result);
            loadMessage.set("");
            loadState.set(LoadState.READY);
        });
        task.setOnFailed(e -> loadMessage.set("Cannot show incidents: " + task.getException().getMessage()));
        executor.execute(task);
    }

    // ---- navigation

    public void goTo(LocalDate day) {
        Timeline t = timeline.get();
        if (t == null) {
            return;
        }
        LocalDate target = t.nearestDay(day);
        dateMessage.set("");
        if (!window.get().contains(target)) {
            // Going somewhere on purpose (an episode, a typed date) outside the window widens it to everything.
            window.set(TimeWindow.whole(t, window.get().loop()));
        }
        if (!target.equals(date.get())) {
            date.set(target);
            refresh();
        }
    }

    /** Where the slider is dragged to: the nearest day inside the time window. */
    public void scrubTo(LocalDate day) {
        if (timeline.get() != null) {
            goTo(window.get().clamp(timeline.get(), day));
        }
    }

    public void step(int days) {
        if (timeline.get() != null) {
            goTo(window.get().step(timeline.get(), date.get(), days));
        }
    }

    public void firstDayOfEpisode() {
        currentEpisode().ifPresent(e -> scrubTo(e.firstDay()));
    }

    public void lastDayOfEpisode() {
        currentEpisode().ifPresent(e -> scrubTo(e.lastDay()));
    }

    // ---- time window

    /** Moves the window's start (to the nearest timeline day, never past its end); the date follows into it. */
    public void setWindowFirst(LocalDate day) {
        setWindow(window.get().withFirst(timeline.get(), day));
    }

    /** Moves the window's end (to the nearest timeline day, never before its start); the date follows into it. */
    public void setWindowLast(LocalDate day) {
        setWindow(window.get().withLast(timeline.get(), day));
    }

    /** Whether the replay starts again at the window's start when it reaches its end. */
    public void setLoop(boolean loop) {
        if (window.get() != null && window.get().loop() != loop) {
            window.set(window.get().looping(loop));
        }
    }

    /** Narrows the window to the current episode ("play this episode only"), or widens it to every episode. */
    public void setEpisodeOnly(boolean episodeOnly) {
        Timeline t = timeline.get();
        if (t == null) {
            return;
        }
        boolean loop = window.get().loop();
        setWindow(episodeOnly ? TimeWindow.episodeOf(t, date.get(), loop) : TimeWindow.whole(t, loop));
    }

    private void setWindow(TimeWindow newWindow) {
        if (timeline.get() == null || newWindow.equals(window.get())) {
            return;
        }
        window.set(newWindow);
        LocalDate inside = newWindow.clamp(timeline.get(), date.get());
        if (!inside.equals(date.get())) {
            date.set(inside);
        }
        refresh();
    }

    public void nextEpisode() {
        if (timeline.get() != null) {
            goTo(timeline.get().nextEpisodeStart(date.get()));
        }
    }

    public void previousEpisode() {
        if (timeline.get() != null) {
            goTo(timeline.get().previousEpisodeStart(date.get()));
        }
    }

    public Optional<Episode> currentEpisode() {
        return timeline.get() == null || date.get() == null ? Optional.empty() : timeline.get().episodeOf(date.get());
    }

    /** Goes to a typed date; returns false (and says why in {@link #dateMessageProperty()}) when it cannot. */
    public boolean goTo(String typed) {
        Optional<LocalDate> parsed = DateInput.parse(typed);
        if (parsed.isEmpty()) {
            dateMessage.set("\u201c" + typed.strip() + "\u201d is not a date. Type e.g. 2005-03-21 or 21 March 2005.");
            return false;
        }
        Timeline t = timeline.get();
        if (t == null) {
            return false;
        }
        if (!t.contains(parsed.get())) {
            String episodes = t.episodes().stream()
                    .map(e -> DayFormat.DAY_MONTH.format(e.firstDay()) + "\u2013" + DayFormat.DAY_MONTH_YEAR.format(e.lastDay()))
                    .collect(Collectors.joining("; "));
            dateMessage.set(DayFormat.longDate(parsed.get()) + " has no reports. Episodes: " + episodes + ".");
            return false;
        }
        goTo(parsed.get());
        return true;
    }

    // ---- mode and filters

    public void setMode(ViewMode newMode) {
        if (newMode != mode.get()) {
            mode.set(newMode);
            refresh();
        }
    }

    public void setTypeShown(IncidentType type, boolean shown) {
        setFilter(filter.get().withType(type, shown));
    }

    public void setOutletShown(String outlet, boolean shown) {
        setFilter(filter.get().withOutlet(outlet, shown));
    }

    private void setFilter(IncidentFilter newFilter) {
        if (newFilter.equals(filter.get())) {
            return;
        }
        filter.set(newFilter);
        rebuildIndex();
    }

    private record Filtered(Timeline timeline, MarkerIndex index, List<Timeline.DayCount> histogram) {
    }

    /**
     * Rebuilds the index and histogram for the current filter off the JavaFX thread (linear in
     * the incidents: tens of milliseconds for a million). A result that a later click or load has
     * made stale is dropped; until the latest arrives, {@link #filteringProperty()} is true.
     */
    private void rebuildIndex() {
        Timeline shownTimeline = timeline.get();
        IncidentFilter wanted = filter.get();
        if (shownTimeline == null || background == null) {
            return;
        }
        filtering.set(true);
        Task<Filtered> task = new Task<>() {
            @Override
            protected Filtered call() {
                MarkerIndex index = new MarkerIndex(shownTimeline, wanted);
                return new Filtered(shownTimeline, index, index.histogram());
            }
        };
        task.setOnSucceeded(e -> {
            Filtered result = task.getValue();
            if (result.timeline() != timeline.get() || !result.index().filter().equals(filter.get())) {
                return;
            }
            markerIndex.set(result.index());
            histogram.set(result.histogram());
            filtering.set(false);
            refresh();
        });
        task.setOnFailed(e -> {
            filtering.set(false);
            Throwable error = task.getException();
            dateMessage.set("The filter could not be applied: " + (error.getMessage() == null ? error : error.getMessage()));
        });
        background.execute(task);
    }

    // ---- selection

    public void select(String placeId) {
        selectedPlaceId.set(placeId);
        refreshSelection();
    }

    public void clearSelection() {
        selectedPlaceId.set(null);
        selectedMarker.set(null);
    }

    // ---- playback

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        if (timeline.get() == null) {
            return;
        }
        scrubTo(window.get().playFrom(timeline.get(), date.get()));
        playing.set(true);
        restartPlayer();
    }

    public void pause() {
        playing.set(false);
        if (player != null) {
            player.stop();
        }
    }

    public void setSecondsPerDay(double seconds) {
        secondsPerDay.set(Math.max(MIN_SECONDS_PER_DAY, Math.min(MAX_SECONDS_PER_DAY, seconds)));
        if (playing.get()) {
            restartPlayer();
        }
    }

    /** For tests only: the replay steps the same days in the same order, {@code times} as fast. */
    void speedUpReplay(double times) {
        replaySpeedUp = times;
    }

    private void restartPlayer() {
        if (player != null) {
            player.stop();
        }
        player = new javafx.animation.Timeline(new KeyFrame(Duration.seconds(secondsPerDay.get() / replaySpeedUp), e -> tick()));
        player.setCycleCount(Animation.INDEFINITE);
        player.play();
    }

    private void tick() {
        window.get().next(timeline.get(), date.get()).ifPresentOrElse(this::scrubTo, this::pause);
    }

    // ---- derived state

    private void refresh() {
        MarkerIndex index = markerIndex.get();
        LocalDate day = date.get();
        if (index == null || day == null) {
            return;
        }
        apply(DayShown.of(index, window.get(), day, mode.get()));
    }

    private void apply(DayShown shown) {
        markers.set(shown.markers());
        visibleCount.set(shown.count());
        statusDate.set(shown.statusDate());
        statusCount.set(shown.statusCount());
        statusEpisode.set(shown.statusEpisode());
        refreshSelection();
    }

    private void refreshSelection() {
        String id = selectedPlaceId.get();
        selectedMarker.set(id == null ? null
                : markers.get().stream().filter(m -> m.placeId().equals(id)).findFirst().orElse(null));
    }

    // ---- read-only properties

    public ReadOnlyObjectProperty<LoadState> loadStateProperty() {
        return loadState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadMessageProperty() {
        return loadMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IconLibrary> iconsProperty() {
        return icons.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IncidentFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Timeline.DayCount>> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ViewMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The days the replay covers and whether it loops; null until incidents are loaded. */
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<PlaceMarker>> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty visibleCountProperty() {
        return visibleCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusDateProperty() {
        return statusDate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusCountProperty() {
        return statusCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusEpisodeProperty() {
        return statusEpisode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedPlaceIdProperty() {
        return selectedPlaceId.getReadOnlyProperty();
    }

    /** The selected place's marker at the current date; null when nothing is selected or it shows nothing now. */
    public ReadOnlyObjectProperty<PlaceMarker> selectedMarkerProperty() {
        return selectedMarker.getReadOnlyProperty();
    }

    /** True while a filter change is being applied off the JavaFX thread; the markers still show the previous filter. */
    public ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty secondsPerDayProperty() {
        return secondsPerDay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateMessageProperty() {
        return dateMessage.getReadOnlyProperty();
    }

    public LocalDate date() {
        return date.get();
    }

    public Timeline timeline() {
        return timeline.get();
    }
}
