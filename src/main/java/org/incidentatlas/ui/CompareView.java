package org.incidentatlas.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;


import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.rendering.MapPng;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.SideBySideMap;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.IncidentSource;
import org.incidentatlas.model.Episode;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.Source;
import org.incidentatlas.replay.ReplayWriter;
import org.incidentatlas.replay.SideBySideReplay;
import org.incidentatlas.timeline.EpisodeComparison;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.ui.map.BasemapSetup;
import org.incidentatlas.ui.map.IncidentLayer;
import org.incidentatlas.ui.map.MapChromeLayer;
import org.incidentatlas.ui.map.MapMarkers;
import org.incidentatlas.ui.map.PlaceLabelLayer;

/**
 * View → Compare episodes: two maps side by side, one episode each, aligned by day since each
 * episode's start. One slider drives both; panning or zooming either map moves the other the same
 * way; each map has its own excerpt panel. Exports the pair as a PNG or an animation through the
 * same drawing code as {@code render} and {@code animate} ({@link SideBySideMap}).
 */
public final class CompareView extends BorderPane {

    /** What happens with the animation form (the app opens {@link ExportReplayView} in a window). */
    @FunctionalInterface
    public interface AnimationForm {
        void open(ExportReplayView.Defaults defaults, ExportReplayView.Exporter exporter);
    }

    private final Timeline timeline;
    /** Both maps show every incident (their own filter is not the main window's), and so do the exports. */
    private final IncidentFilter filter;
    private final List<Place> labelPlaces;
    private final Executor background;
    private final MapTheme theme;
    private final ComboBox<Episode> leftChoice = new ComboBox<>();
    private final ComboBox<Episode> rightChoice = new ComboBox<>();
    private final Slider slider = new Slider(1, 1, 1);
    private final Label dayLabel = new Label();
    private final Label status = new Label();
    private final Side left;
    private final Side right;
    private AnimationForm animationForm = (defaults, exporter) -> { };
    private EpisodeComparison pair;
    /** True while one map is being moved to follow the other, so the follower does not lead back. */
    private boolean syncing;
    private boolean choosingBoth;

    /**
     * @param timeline   the incidents the main window shows (both maps draw all of them, unfiltered)
     * @param centre     where both maps start, and their zoom
     */
    public CompareView(Timeline timeline, List<Place> labelPlaces, MapTheme theme,
                       MapPoint centre, double zoom, Executor background, BiConsumer<Incident, Source> showArticle,
                       ReportLookup reports) {
        this.reports = reports;
        this.timeline = timeline;
        this.filter = IncidentFilter.showAll();
        this.labelPlaces = List.copyOf(labelPlaces);
        this.background = background;
        this.theme = theme;
        setId("compareView");
        getStyleClass().add("compare-view");
        this.pair = EpisodeComparison.firstTwo(timeline.episodes());

        IncidentSource shared = new IncidentSource() {
            @Override
            public List<Incident> load() {
                return timeline.incidents();
            }

            @Override
            public String describe() {
                return "the main window's incidents";
            }
        };
        left = new Side("compareLeft", shared, centre, zoom, showArticle);
        right = new Side("compareRight", shared, centre, zoom, showArticle);

        for (ComboBox<Episode> choice : List.of(leftChoice, rightChoice)) {
            choice.getItems().setAll(timeline.episodes());
            choice.setButtonCell(new EpisodeCell());
            choice.setCellFactory(list -> new EpisodeCell());
        }
        leftChoice.setId("compareLeftEpisode");
        rightChoice.setId("compareRightEpisode");
        leftChoice.getSelectionModel().select(pair.left());
        rightChoice.getSelectionModel().select(pair.right());
        leftChoice.valueProperty().addListener(o -> choose());
        rightChoice.valueProperty().addListener(o -> choose());

        slider.setId("compareSlider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(1);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener(o -> showDay());
        dayLabel.setId("compareDay");
        dayLabel.setMinWidth(90);

        Button png = new Button("Export PNG\u2026");
        png.setId("comparePng");
        png.setOnAction(e -> choosePng());
        Button animation = new Button("Export animation\u2026");
        animation.setId("compareAnimation");
        animation.setOnAction(e -> openAnimationForm());
        status.setId("compareStatus");
        status.getStyleClass().add("text-muted");

        HBox episodes = new HBox(8, new Label("Left"), leftChoice, new Label("Right"), rightChoice, png, animation, status);
        episodes.setAlignment(Pos.CENTER_LEFT);
        HBox days = new HBox(10, dayLabel, slider);
        days.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, episodes, days);
        top.setPadding(new Insets(10));
        setTop(top);

        SplitPane maps = new SplitPane(left.pane, right.pane);
        maps.setId("compareMaps");
        setCenter(maps);

        follow(left.map, right.map);
        follow(right.map, left.map);
        choose();
    }

    /** Where "Export animation…" opens its form. */
    public void onAnimation(AnimationForm form) {
        this.animationForm = form;
    }

    public EpisodeComparison pair() {
        return pair;
    }

    /** Shows day {@code dayNumber} (1-based) of both episodes, as the slider does. */
    public void showDay(int dayNumber) {
        slider.setValue(dayNumber);
    }

    public int dayNumber() {
        return (int) Math.round(slider.getValue());
    }

    public MainViewModel leftModel() {
        return left.model;
    }

    public MainViewModel rightModel() {
        return right.model;
    }

    public MapView leftMap() {
        return left.map;
    }

    public MapView rightMap() {
        return right.map;
    }

    /** The two episodes now compared (also what the choice boxes set). */
    public void compare(Episode leftEpisode, Episode rightEpisode) {
        // Both at once: the pair in between (e.g. the same episode twice) could be shorter and cut the day.
        choosingBoth = true;
        try {
            leftChoice.getSelectionModel().select(leftEpisode);
            rightChoice.getSelectionModel().select(rightEpisode);
        } finally {
            choosingBoth = false;
        }
        choose();
    }

    private void choose() {
        Episode l = leftChoice.getValue(), r = rightChoice.getValue();
        if (l == null || r == null || choosingBoth) {
            return;
        }
        pair = new EpisodeComparison(l, r);
        slider.setMax(pair.days());
        slider.setDisable(pair.days() == 1);
        slider.setValue(Math.min(dayNumber(), pair.days()));
        showDay();
    }

    private void showDay() {
        int n = Math.max(1, Math.min(pair.days(), dayNumber()));
        dayLabel.setText("Day " + n + " of " + pair.days());
        left.show(pair.left(), pair.leftDay(n), n);
        right.show(pair.right(), pair.rightDay(n), n);
    }

    // ---- the same view on both maps

    private void follow(MapView leader, MapView follower) {
        leader.addLayer(new ViewWatch(() -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                follower.setZoom(leader.getZoom());
                follower.setCenter(leader.getCenter());
            } finally {
                syncing = false;
            }
        }));
    }

    /** An empty layer: the only place Gluon lets us observe the centre and zoom a map shows. */
    private static final class ViewWatch extends MapLayer {
        private final Runnable moved;

        ViewWatch(Runnable moved) {
            this.moved = moved;
            setMouseTransparent(true);
        }

        @Override
        protected void initialize() {
            baseMap.zoom().addListener(o -> moved.run());
            baseMap.centerLat().addListener(o -> moved.run());
            baseMap.centerLon().addListener(o -> moved.run());
        }
    }

    // ---- export

    /** The view both maps show now, as one panel of the exported picture. */
    public Viewport panelView() {
        MapPoint c = left.map.getCenter();
        int w = Math.max(16, (int) Math.round(left.map.getWidth()) / 2 * 2);
        int h = Math.max(16, (int) Math.round(left.map.getHeight()) / 2 * 2);
        return Viewport.centredOn(c.getLatitude(), c.getLongitude(), left.map.getZoom(), w, h);
    }

    private DayMap dayMap() throws IOException {
        return DayMap.bundled(labelPlaces, new MarkerIndex(timeline, filter), theme);
    }

    private void choosePng() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the comparison as PNG");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG picture", "*.png"));
        chooser.setInitialFileName("compare-day-" + dayNumber() + ".png");
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            exportPng(file.toPath());
        }
    }

    /**
     * Writes both maps of the day shown, side by side with their captions, off the JavaFX thread;
     * the status line says when it is written or why not.
     */
    public Task<Path> exportPng(Path out) {
        Viewport panel = panelView();
        int day = dayNumber();
        EpisodeComparison compared = pair;
        status.setText("Writing " + out.getFileName() + "\u2026");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                BufferedImage image = new SideBySideMap(dayMap(), compared, theme).draw(panel, day);
                AtomicWriter.write(out, stream -> MapPng.write(image, stream));
                return out;
            }
        };
        task.setOnSucceeded(e -> status.setText("Wrote " + out.getFileName() + " (" + SideBySideMap.width(panel) + "x"
                + SideBySideMap.height(panel) + ")"));
        task.setOnFailed(e -> status.setText("Not written: " + Optional.ofNullable(task.getException().getMessage())
                .orElse(task.getException().getClass().getSimpleName())));
        background.execute(task);
        return task;
    }

    private void openAnimationForm() {
        Viewport panel = panelView();
        EpisodeComparison compared = pair;
        LocalDateRange days = new LocalDateRange(compared.left().firstDay(), compared.left().firstDay().plusDays(compared.days() - 1L));
        ExportReplayView.Defaults defaults = new ExportReplayView.Defaults(panel.centreLat(), panel.centreLon(), panel.zoom(),
                panel.width(), panel.height(), days.first(), days.last(), Path.of(System.getProperty("user.home")));
        animationForm.open(defaults, (replay, out, format, progress) -> {
            if (replay.from().isBefore(days.first()) || replay.to().isAfter(days.last())) {
                throw new IllegalArgumentException("the comparison runs from " + days.first() + " (day 1) to " + days.last()
                        + " (day " + compared.days() + ") on the " + compared.left().label() + " calendar");
            }
            SideBySideMap map = new SideBySideMap(dayMap(), compared, theme);
            new ReplayWriter(SideBySideReplay.pictures(map)).write(replay, out, format, progress);
        });
    }

    private record LocalDateRange(java.time.LocalDate first, java.time.LocalDate last) {
    }

    private static final class EpisodeCell extends ListCell<Episode> {
        @Override
        protected void updateItem(Episode e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? null : e.label() + " (" + EpisodeComparison.length(e) + " days)");
        }
    }

    /** The reports behind the excerpts, for their titles and provenance. */
    private final ReportLookup reports;

    /** One of the two maps: its own model (date, selection), markers, names and excerpt panel. */
    private final class Side {
        final MainViewModel model = new MainViewModel();
        final MapView map = new MapView();
        final PlaceLabelLayer labels;
        /** The markers and selection, held once for this map's marker and name layers. */
        final MapMarkers markers = new MapMarkers();
        final ExcerptView excerpt;
        final Label caption = new Label();
        final SplitPane pane = new SplitPane();
        final StackPane mapStack = new StackPane();
        IncidentLayer layer;
        /** The day to show; kept so that a map still loading its incidents goes there once they are in. */
        java.time.LocalDate wanted;

        Side(String id, IncidentSource incidents, MapPoint centre, double zoom, BiConsumer<Incident, Source> showArticle) {
            map.setId(id + "Map");
            map.setZoom(zoom);
            map.setCenter(centre);
            BasemapSetup.styleMapView(map);
            labels = new PlaceLabelLayer(labelPlaces, markers);
            labels.setTheme(theme);
            map.addLayer(labels);
            // Scale bar and credits, as on the main map.
            MapChromeLayer chrome = new MapChromeLayer();
            chrome.setTheme(theme);
            map.addLayer(chrome);
            caption.setId(id + "Caption");
            caption.getStyleClass().add("title-4");
            caption.setPadding(new Insets(4, 8, 4, 8));
            mapStack.getChildren().add(map);
            mapStack.setMinWidth(200);
            VBox.setVgrow(mapStack, Priority.ALWAYS);
            VBox column = new VBox(caption, mapStack);
            excerpt = new ExcerptView(model, showArticle, reports);
            excerpt.setId(id + "Excerpt");
            excerpt.setPrefWidth(280);
            pane.setOrientation(Orientation.VERTICAL);
            pane.getItems().add(column);
            model.iconsProperty().addListener((o, was, icons) -> {
                if (layer == null && icons != null) {
                    layer = new IncidentLayer(icons, markers, cluster -> model.select(cluster.leader().placeId()),
                            MarkerText::summary);
                    map.addLayer(layer);
                    update();
                }
            });
            model.markersProperty().addListener(o -> update());
            model.selectedPlaceIdProperty().addListener((o, was, now) -> {
                update();
                if (now != null && !pane.getItems().contains(excerpt)) {
                    pane.getItems().add(excerpt);
                    pane.setDividerPositions(0.62);
                } else if (now == null) {
                    pane.getItems().remove(excerpt);
                }
            });
            // Loading ends on the timeline's first day; then this map goes to its episode's day.
            model.loadStateProperty().addListener((o, was, now) -> {
                if (now == MainViewModel.LoadState.READY && wanted != null) {
                    model.goTo(wanted);
                }
            });
            model.load(incidents, background, Optional.of(timeline.firstDay()));
        }

        void update() {
            if (layer != null) {
                markers.show(model.markersProperty().get(), model.selectedPlaceIdProperty().get());
            }
        }

        void show(Episode episode, java.time.LocalDate day, int dayNumber) {
            caption.setText(SideBySideMap.caption(episode, dayNumber) + " \u00b7 " + day);
            wanted = day;
            model.goTo(day);
        }
    }
}
