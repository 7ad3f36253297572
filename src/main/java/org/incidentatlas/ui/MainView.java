package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import javafx.util.StringConverter;

import org.incidentatlas.rendering.Attribution;
import org.incidentatlas.geo.ZoomSteps;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.model.Episode;
import org.incidentatlas.model.Place;
import org.incidentatlas.timeline.ViewMode;
import org.incidentatlas.ui.map.BasemapSetup;
import org.incidentatlas.ui.map.IncidentLayer;
import org.incidentatlas.ui.map.MapCamera;
import org.incidentatlas.ui.map.MapChromeLayer;
import org.incidentatlas.ui.map.MapMarkers;
import org.incidentatlas.ui.map.OfflineTileRetriever;
import org.incidentatlas.ui.map.PlaceLabelLayer;

/**
 * The window's content: the map with its legend, the excerpt panel on the right (open while a place
 * is selected), and along the bottom the timeline, its controls and a status line.
 */
public class MainView extends BorderPane {

    /** Southern Kyrgyzstan, with Osh, Jalal-Abad, Batken and Bishkek in view. */
    static final MapPoint HOME = new MapPoint(41.45, 72.7);
    static final double HOME_ZOOM = 7;
    static final double MAX_ZOOM = ZoomSteps.MAX_ZOOM;
    /** What View → Frame southern Kyrgyzstan shows whole: Batken to Bishkek, Uzbek border to Chinese. */
    static final double HOME_SOUTH = 39.4, HOME_WEST = 69.3, HOME_NORTH = 43.0, HOME_EAST = 75.6;

    // Player glyphs on a 24 x 24 grid, drawn as paths so they do not depend on a font having them.
    private static final String PLAY = "M7 4.5v15l12.5-7.5z";
    private static final String PAUSE = "M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z";
    private static final String STEP_BACK = "M5 5h2.5v14H5zM19.5 5v14L9 12z";
    private static final String STEP_FORWARD = "M16.5 5H19v14h-2.5zM4.5 5v14L15 12z";
    private static final String LOOP = "M7 7h10v3l4-4-4-4v3H5v6h2zM17 17H7v-3l-4 4 4 4v-3h12v-6h-2z";
    private static final String ZOOM_IN = "M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z";
    private static final String ZOOM_OUT = "M5 11h14v2H5z";

    private static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0);

    private final MainViewModel model;
    private final ArticleWindow articleWindow;
    private final MapView map = new LayoutAwareMapView();
    private final StackPane mapStack = new StackPane();
    private final SplitPane split = new SplitPane();
    private final ExcerptView excerptView;
    private final SplitPane mapAndTable = new SplitPane();
    /** Built when first shown (View → Table): its controls cost the start-up time, and a hidden table does no work. */
    private IncidentTableView incidentTable;
    /** The table made off the JavaFX thread once incidents are shown, so that its first opening is quick. */
    private CompletableFuture<IncidentTableView> preparedTable;
    private final ReportLookup reports;
    /** Built when first opened (Ctrl+F), for the same reason. */
    private SearchView searchView;
    private final TimelineView timelineView;
    private final LegendView legend;
    private final HBox episodeButtons = new HBox(4);
    /**
     * The episodes the buttons were made for: a large file's whole read often brings the episodes of
     * its first batch, and buttons made again are styled and skinned again in the next pulse.
     */
    private List<Episode> buttonsEpisodes = List.of();
    private final TextField dateField = new TextField();
    private final Label loadMessage = new Label();
    private final ToggleGroup themeGroup = new ToggleGroup();
    private final MapChromeLayer chrome = new MapChromeLayer();
    private final PlaceLabelLayer labels;
    private final MapCamera camera;
    private final MapMarkers mapMarkers = new MapMarkers();
    private IncidentLayer layer;
    private Consumer<Theme> themeChoice = t -> { };
    private Runnable chooseBasemap = () -> { };
    private Runnable exportReplay = () -> { };
    private Menu file;
    private MenuBar bar;
    private Runnable compareEpisodes = () -> { };

    /**
     * @param labelPlaces the names the base map shows first; {@link #showPlaceNames} replaces them
     */

    public MainView(MainViewModel model, ArticleWindow articleWindow, List<Place> labelPlaces) {
        this.model = model;
        this.articleWindow = articleWindow;
        getStyleClass().add("main-view");

        map.setId("map");
        map.setZoom(HOME_ZOOM);
        map.setCenter(HOME);
        BasemapSetup.styleMapView(map);
        // The main map's tiles nearest its centre are drawn first (the first screen shows sooner).
        OfflineTileRetriever.installed().drawNearestFirst(map::getCenter);
        labels = new PlaceLabelLayer(labelPlaces, mapMarkers);
        map.addLayer(labels);
        map.addLayer(chrome);
        camera = MapCamera.install(map);
        FirstShow.prepare(articleWindow.background());
        legend = new LegendView(model, articleWindow.background());
        loadMessage.setId("loadMessage");
        loadMessage.getStyleClass().add("load-message");
        loadMessage.setWrapText(true);
        loadMessage.setMaxWidth(520);
        loadMessage.textProperty().bind(model.loadMessageProperty());
        loadMessage.visibleProperty().bind(model.loadMessageProperty().isNotEmpty());
        Node zoomButtons = zoomButtons();
        // Top right: the base map keeps the bottom corners for its scale bar and credits.
        StackPane.setAlignment(zoomButtons, Pos.TOP_RIGHT);
        StackPane.setMargin(zoomButtons, new Insets(10));
        reports = new ReportLookup(articleWindow.articles(), articleWindow.background());
        mapStack.getChildren().addAll(map, zoomButtons, loadMessage);
        mapStack.setMinWidth(300);

        excerptView = new ExcerptView(model, (incident, source) -> articleWindow.show(source, getScene().getWindow()), reports);
        mapAndTable.setId("mapAndTable");
        mapAndTable.setOrientation(Orientation.VERTICAL);
        mapAndTable.getItems().add(mapStack);
        split.setId("split");
        // The legend is docked beside the map and its table, never over them; collapsed it keeps only its title's arrow.
        split.getItems().add(new BorderPane(mapAndTable, null, null, null, LegendDock.of(legend)));
        SplitPane.setResizableWithParent(excerptView, false);

        timelineView = new TimelineView(model, articleWindow.background());
        VBox bottom = new VBox(controls(), timelineView, statusLine());
        bottom.setId("bottomBar");
        bottom.getStyleClass().add("bottom-bar");

        setTop(menuBar());
        setCenter(split);
        setBottom(bottom);

        model.selectedPlaceIdProperty().addListener((o, was, now) -> showPanel(now != null));
        // The panel takes room from the map: the selected marker must stay in what is left.
        map.widthProperty().addListener(o -> Platform.runLater(this::keepSelectionInView));
        model.iconsProperty().addListener((o, was, icons) -> addLayer(icons));
        model.markersProperty().addListener(o -> updateLayer());
        model.selectedPlaceIdProperty().addListener(o -> updateLayer());
        model.timelineProperty().addListener(o -> rebuildEpisodeButtons());
        model.dateProperty().addListener((o, was, now) -> {
            if (!dateField.isFocused()) {
                dateField.setText(now.toString());
            }
            markEpisode();
        });
        model.loadStateProperty().addListener((o, was, now) -> {
            loadMessage.getStyleClass().remove("failed");
            if (now == MainViewModel.LoadState.FAILED) {
                loadMessage.getStyleClass().add("failed");
            }
            bottom.setDisable(now != MainViewModel.LoadState.READY);
            if (now == MainViewModel.LoadState.READY && getScene() != null
                    && (getScene().getFocusOwner() == null || getScene().getFocusOwner() == dateField)) {
                // The slider was disabled when the window asked for it: the keys belong to it, not
                // to the first field or filter that happened to be enabled.
                timelineView.requestFocus();
            }
        });
        bottom.setDisable(true);
        model.loadStateProperty().addListener((o, was, now) -> {
            if (now == MainViewModel.LoadState.READY && preparedTable == null && incidentTable == null) {
                preparedTable = IncidentTableView.prepare(model, articleWindow.background(), this::incidentChosen, articleWindow.background());
            }
        });
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            }
        });
    }

    /**
     * Gluon lays its layers out again only when the centre's coordinates change; here the map also
     * changes size (the excerpt panel opens, the split moves, the first layout settles) and zoom
     * around the same centre (a cluster opens, the view is restored), and every layer (labels,
     * scale bar, markers) must follow, or it stays placed for the old size or zoom.
     */
    private static final class LayoutAwareMapView extends MapView {
        LayoutAwareMapView() {
            widthProperty().addListener(o -> markDirty());
            heightProperty().addListener(o -> markDirty());
            addLayer(new ZoomWatch());
        }

        /** An empty layer: the only place Gluon lets us observe the zoom the map actually shows. */
        private final class ZoomWatch extends MapLayer {
            @Override
            protected void initialize() {
                baseMap.zoom().addListener(o -> LayoutAwareMapView.this.markDirty());
            }
        }
    }

    /** Shows these places' names on the map, most important first for the zoom. */
    public void showPlaceNames(List<Place> places) {
        labels.setPlaces(places);
    }

    public MapView map() {
        return map;
    }

    /** The credit the user's base map requires beside the bundled ones (OpenStreetMap's for vector tiles). */
    public void creditBasemap(java.util.Optional<String> credit) {
        chrome.creditBasemap(credit);
    }

    /** A message over the map, e.g. why the user's --basemap file is not shown. */
    public void showMapNotice(String message) {
        chrome.showNotice(message);
    }

    PlaceLabelLayer placeLabels() {
        return labels;
    }

    LegendView legend() {
        return legend;
    }

    public TimelineView timelineView() {
        return timelineView;
    }

    public IncidentLayer incidentLayer() {
        return layer;
    }

    Stage articleStage() {
        return articleWindow.stage();
    }

    /** Where the theme menu reports the user's choice. */
    void onThemeChosen(Theme current, Consumer<Theme> choice) {
        themeChoice = choice;
        themeGroup.getToggles().stream().filter(t -> t.getUserData() == current).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    /** What View → Compare episodes does. */
    void onCompareEpisodes(Runnable action) {
        compareEpisodes = action;
    }

    /** What File → Base map… does. */
    void onChooseBasemap(Runnable action) {
        chooseBasemap = action;
    }

    /** What File → Export replay… does. */
    void onExportReplay(Runnable action) {
        exportReplay = action;
    }

    /** The export form's starting values: this map's view and the current episode. */
    ExportReplayView.Defaults replayDefaults(java.nio.file.Path folder) {
        MapPoint centre = map.getCenter();
        LocalDate day = model.dateProperty().get();
        LocalDate first = model.currentEpisode().map(e -> e.firstDay()).orElse(day);
        LocalDate last = model.currentEpisode().map(e -> e.lastDay()).orElse(day);
        return new ExportReplayView.Defaults(centre.getLatitude(), centre.getLongitude(), camera.zoom(),
                Math.max(16, (int) map.getWidth()), Math.max(16, (int) map.getHeight()), first, last, folder);
    }

    void themeApplied(boolean dark, java.util.concurrent.Executor background) {
        timelineView.setDark(dark);
        MapTheme theme = MapTheme.of(dark);
        labels.setTheme(theme);
        chrome.setTheme(theme);
        BasemapSetup.applyTheme(map, theme, background);
    }

    // ---- keyboard

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (searchView != null && searchView.isVisible()) {
                searchView.close();
                e.consume();
                return;
            }
            if (model.selectedPlaceIdProperty().get() != null) {
                model.clearSelection();
                e.consume();
            }
            return;
        }
        Node focus = getScene().getFocusOwner();
        // Lists and tables use the arrows, Home and End for their rows.
        if (focus instanceof TextInputControl || focus instanceof javafx.scene.control.TableView
                || focus instanceof javafx.scene.control.ListView || model.timeline() == null) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> camera.zoomBy(ZoomSteps.PER_PRESS);
            case MINUS, SUBTRACT -> camera.zoomBy(-ZoomSteps.PER_PRESS);
            case LEFT, KP_LEFT -> model.step(-1);
            case RIGHT, KP_RIGHT -> model.step(1);
            case SPACE -> model.togglePlay();
            case HOME -> model.firstDayOfEpisode();
            case END -> model.lastDayOfEpisode();
            case PAGE_UP -> model.previousEpisode();
            case PAGE_DOWN -> model.nextEpisode();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    // ---- parts

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> getScene().getWindow().hide());
        MenuItem export = item("Export replay…", () -> exportReplay.run());
        export.setId("exportReplayItem");
        export.disableProperty().bind(model.timelineProperty().isNull());
        MenuItem basemap = item("Base map…", () -> chooseBasemap.run());
        basemap.setId("basemapItem");
        file = new Menu("File", null, basemap, export, new javafx.scene.control.SeparatorMenuItem(), quit);

        Menu theme = new Menu("Theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (t) {
                case SYSTEM -> "Follow the system";
                case LIGHT -> "Light";
                case DARK -> "Dark";
            });
            item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setUserData(t);
            item.setToggleGroup(themeGroup);
            item.setOnAction(e -> themeChoice.accept(t));
            theme.getItems().add(item);
        }
        MenuItem home = new MenuItem("Frame southern Kyrgyzstan");
        home.setId("frameHomeItem");
        home.setOnAction(e -> frameHome());
        MenuItem compare = item("Compare episodes", () -> compareEpisodes.run());
        compare.setId("compareItem");
        compare.disableProperty().bind(model.timelineProperty().isNull());
        javafx.scene.control.CheckMenuItem table = new javafx.scene.control.CheckMenuItem("Incident table");
        table.setId("tableItem");
        table.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+T"));
        table.selectedProperty().addListener((o, was, shown) -> showTable(shown));
        MenuItem find = item("Find place or words\u2026", this::openSearch);
        find.setId("findItem");
        find.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+F"));
        find.disableProperty().bind(model.timelineProperty().isNull());
        Menu view = new Menu("View", null, theme, home,
                item("Zoom in\t+", () -> camera.zoomBy(ZoomSteps.PER_PRESS)),
                item("Zoom out\t\u2212", () -> camera.zoomBy(-ZoomSteps.PER_PRESS)), compare,
                new javafx.scene.control.SeparatorMenuItem(), table, find);

        Menu go = new Menu("Go");
        go.getItems().addAll(
                item("Previous day\t\u2190", () -> model.step(-1)),
                item("Next day\t\u2192", () -> model.step(1)),
                item("Play / pause\tSpace", model::togglePlay),
                item("First day of the episode\tHome", model::firstDayOfEpisode),
                item("Last day of the episode\tEnd", model::lastDayOfEpisode),
                item("Previous episode\tPage Up", model::previousEpisode),
                item("Next episode\tPage Down", model::nextEpisode),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Play this episode only", () -> model.setEpisodeOnly(true)),
                item("Play every episode", () -> model.setEpisodeOnly(false)),
                item("Loop on / off", () -> model.setLoop(!model.windowProperty().get().loop())));

        MenuItem keys = item("Keyboard shortcuts", this::showKeys);
        MenuItem about = item("About and data credits", this::showCredits);
        about.setId("aboutItem");
        Menu help = new Menu("Help", null, keys, about);
        bar = new MenuBar(file, view, go, help);
        bar.setId("menuBar");
        return bar;
    }

    /** Puts items at the top of the File menu (opening reports, incidents and workspaces; exporting: {@code ui.workspace}, {@code ui.io}). */
    public void addFileItems(List<MenuItem> items) {
        file.getItems().addAll(0, items);
    }

    /** Adds a menu before Help (e.g. Tools). */
    public void addMenu(Menu menu) {
        bar.getMenus().add(bar.getMenus().size() - 1, menu);
    }

    /** Shows a node over the bottom of the map, e.g. the progress of an import; {@code null} removes it. */
    public void showOverMap(Node node, Node previous) {
        mapStack.getChildren().remove(previous);
        if (node != null) {
            StackPane.setAlignment(node, Pos.BOTTOM_CENTER);
            StackPane.setMargin(node, new Insets(0, 0, 36, 0));
            mapStack.getChildren().add(node);
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showKeys() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Replaying the episodes");
        alert.setContentText("""
                \u2190 / \u2192    previous / next day
                Space    play / pause
                Home / End    first / last day of the episode
                Page Up / Page Down    previous / next episode
                + / \u2212    zoom in / out (the wheel zooms about the pointer)
                Ctrl+F    find a place or words
                Ctrl+T    show / hide the incident table
                Ctrl+C    copy the table's selected rows as CSV
                Esc    close the search box or the excerpt panel""");
        alert.show();
    }

    /** GeoNames' CC-BY licence asks for credit; the map's corner names the sources, this names the licences. */
    private void showCredits() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("About Incident Atlas");
        alert.setHeaderText("Incident Atlas: data credits");
        alert.setContentText(Attribution.CREDITS);
        alert.getDialogPane().setId("creditsDialog");
        alert.show();
    }

    private Node controls() {
        episodeButtons.setId("episodeButtons");
        episodeButtons.setAlignment(Pos.CENTER_LEFT);

        Button back = iconButton(STEP_BACK, "stepBack", "Previous day (\u2190)");
        back.setOnAction(e -> model.step(-1));
        Button play = iconButton(PLAY, "playButton", "Play / pause (Space)");
        SVGPath playGlyph = (SVGPath) play.getGraphic();
        model.playingProperty().addListener((o, was, playing) -> playGlyph.setContent(playing ? PAUSE : PLAY));
        play.setOnAction(e -> model.togglePlay());
        Button forward = iconButton(STEP_FORWARD, "stepForward", "Next day (\u2192)");
        forward.setOnAction(e -> model.step(1));

        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.setId("speed");
        speed.getItems().setAll(SPEEDS);
        speed.setValue(model.secondsPerDayProperty().get());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : (s == Math.rint(s) ? String.valueOf(s.intValue()) : String.valueOf(s)) + " s / day";
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        speed.valueProperty().addListener((o, was, now) -> model.setSecondsPerDay(now));
        tooltipOnHover(speed, "Replay speed");
        speed.setFocusTraversable(false);
        speed.setPrefWidth(110);

        dateField.setId("dateField");
        dateField.setPromptText("YYYY-MM-DD");
        dateField.setPrefColumnCount(10);
        tooltipOnHover(dateField, "Type a date (2005-03-21 or 21 March 2005) and press Enter");
        dateField.setOnAction(e -> {
            if (model.goTo(dateField.getText())) {
                dateField.setText(model.date().toString());
                timelineView.requestFocus();
            }
        });
        // AtlantaFX's danger state outlines the field while the status line says what is wrong.
        model.dateMessageProperty().addListener((o, was, message) ->
                dateField.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), !message.isEmpty()));
        dateField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && model.date() != null) {
                dateField.setText(model.date().toString());
            }
        });

        ToggleGroup modes = new ToggleGroup();
        ToggleButton upTo = new ToggleButton("Up to this day");
        upTo.setId("modeUpTo");
        upTo.setUserData(ViewMode.UP_TO_DAY);
        ToggleButton dayOnly = new ToggleButton("This day only");
        dayOnly.setId("modeDayOnly");
        dayOnly.setUserData(ViewMode.DAY_ONLY);
        for (ToggleButton b : List.of(upTo, dayOnly)) {
            b.setToggleGroup(modes);
            b.setFocusTraversable(false);
        }
        upTo.getStyleClass().add("left-pill");
        dayOnly.getStyleClass().add("right-pill");
        modes.selectToggle(upTo);
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was);
            } else {
                model.setMode((ViewMode) now.getUserData());
            }
        });
        HBox modeBox = new HBox(upTo, dayOnly);

        ToggleButton loop = new ToggleButton(null, glyph(LOOP));
        loop.setId("loopButton");
        tooltipOnHover(loop, "Loop: start again at the window's first day");
        loop.getStyleClass().add("icon-button");
        ToggleButton episodeOnly = new ToggleButton("Episode only");
        episodeOnly.setId("episodeOnlyButton");
        tooltipOnHover(episodeOnly, "Play this episode only (drag the handles over the histogram for any range)");
        for (ToggleButton b : List.of(loop, episodeOnly)) {
            b.setFocusTraversable(false);
        }
        loop.setOnAction(e -> model.setLoop(loop.isSelected()));
        episodeOnly.setOnAction(e -> model.setEpisodeOnly(episodeOnly.isSelected()));
        model.windowProperty().addListener((o, was, window) -> {
            if (window != null && model.timeline() != null) {
                loop.setSelected(window.loop());
                episodeOnly.setSelected(model.timeline().episodes().stream()
                        .anyMatch(ep -> ep.firstDay().equals(window.first()) && ep.lastDay().equals(window.last()))
                        && !window.isWhole(model.timeline()));
            }
        });

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // A tool bar: what does not fit a narrow window goes into its overflow menu (>>) whole,
        // rather than every button being cut to "March ..." and "Up to thi...".
        ToolBar bar = new ToolBar(episodeButtons, sep(), back, play, forward, speed, loop, episodeOnly, sep(), dateField,
                grow, modeBox);
        bar.setId("timelineControls");
        bar.getStyleClass().add("timeline-controls");
        return bar;
    }

    private static SVGPath glyph(String content) {
        SVGPath path = new SVGPath();
        path.setContent(content);
        path.getStyleClass().add("glyph");
        return path;
    }

    private Node zoomButtons() {
        Button in = iconButton(ZOOM_IN, "zoomIn", "Zoom in (+)");
        in.setOnAction(e -> camera.zoomBy(ZoomSteps.PER_PRESS));
        Button out = iconButton(ZOOM_OUT, "zoomOut", "Zoom out (\u2212)");
        out.setOnAction(e -> camera.zoomBy(-ZoomSteps.PER_PRESS));
        VBox box = new VBox(2, in, out);
        box.setId("zoomButtons");
        box.getStyleClass().add("zoom-buttons");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setPickOnBounds(false);
        return box;
    }

    /**
     * The tooltip is made when the pointer first comes over the control (it shows on the moves that follow): each Tooltip
     * is a popup window of its own, and the ten of the first screen, made before its first frame, took about 5 % of the
     * JavaFX thread's start. Screen readers have the text from the start as the control's help.
     */
    private static void tooltipOnHover(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<MouseEvent>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Button iconButton(String glyph, String id, String tip) {
        SVGPath path = new SVGPath();
        path.setContent(glyph);
        path.getStyleClass().add("glyph");
        Button b = new Button(null, path);
        b.setId(id);
        tooltipOnHover(b, tip);
        b.getStyleClass().add("icon-button");
        b.setFocusTraversable(false);
        return b;
    }

    private Node statusLine() {
        Label date = new Label();
        date.setId("statusDate");
        date.textProperty().bind(model.statusDateProperty());
        date.getStyleClass().add("status-date");
        Label count = new Label();
        count.setId("statusCount");
        count.textProperty().bind(model.statusCountProperty());
        Label episode = new Label();
        episode.setId("statusEpisode");
        episode.textProperty().bind(model.statusEpisodeProperty());
        Label message = new Label();
        message.setId("dateMessage");
        message.getStyleClass().add("date-message");
        message.textProperty().bind(model.dateMessageProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(10, date, sep(), count, sep(), episode, grow, message);
        line.setId("statusLine");
        line.getStyleClass().add("status-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void rebuildEpisodeButtons() {
        List<Episode> episodes = model.timeline() == null ? List.of() : model.timeline().episodes();
        if (episodes.equals(buttonsEpisodes)) {
            markEpisode();
            return;
        }
        buttonsEpisodes = List.copyOf(episodes);
        episodeButtons.getChildren().clear();
        for (int i = 0; i < episodes.size(); i++) {
            Episode episode = episodes.get(i);
            Button b = new Button(episode.label());
            b.setId("episode-" + i);
            b.getStyleClass().add("episode-button");
            b.setFocusTraversable(false);
            b.setOnAction(e -> model.goTo(episode.firstDay()));
            episodeButtons.getChildren().add(b);
        }
        markEpisode();
    }

    private void markEpisode() {
        if (model.timeline() == null || model.date() == null) {
            return;
        }
        int current = model.timeline().episodeIndexOf(model.date());
        for (int i = 0; i < episodeButtons.getChildren().size(); i++) {
            Node b = episodeButtons.getChildren().get(i);
            // Changed only when it changes: a style class removed and added again restyles the button,
            // and the date changes every frame of a drag.
            if (b.getStyleClass().contains("accent") != (i == current)) {
                if (i == current) {
                    b.getStyleClass().add("accent");
                } else {
                    b.getStyleClass().remove("accent");
                }
            }
        }
    }

    private void showPanel(boolean show) {
        if (show && !split.getItems().contains(excerptView)) {
            split.getItems().add(excerptView);
            split.setDividerPositions(Math.max(0.45, 1 - 430 / Math.max(800, split.getWidth())));
        } else if (!show) {
            split.getItems().remove(excerptView);
        }
    }

    private void addLayer(IconLibrary icons) {
        if (layer == null) {
            layer = new IncidentLayer(icons, mapMarkers, this::clicked, MarkerText::summary);
            map.addLayer(layer);
            updateLayer();
        }
    }

    private void updateLayer() {
        if (layer != null) {
            // One copy for both layers: the markers drawn, and the names that make way for them.
            mapMarkers.show(model.markersProperty().get(), model.selectedPlaceIdProperty().get());
        }
    }

    private void clicked(Cluster cluster) {
        if (cluster.isSingle()) {
            model.select(cluster.leader().placeId());
            return;
        }
        // A cluster opens up: zoom in on it just far enough for its places to separate
        // (each zoom level doubles the distances between them).
        double ratio = 2;
        boolean samePoint = false;
        Point2D lead = layer.screenPoint(cluster.leader().place().lat(), cluster.leader().place().lon());
        for (var member : cluster.members()) {
            if (member == cluster.leader()) {
                continue;
            }
            Point2D p = layer.screenPoint(member.place().lat(), member.place().lon());
            double distance = lead == null || p == null ? 0 : lead.distance(p);
            double needed = cluster.leader().radius() + member.radius() + IncidentLayer.CLUSTER_GAP + 12;
            if (distance < 1) {
                samePoint = true;
            } else {
                ratio = Math.max(ratio, needed / distance);
            }
        }
        double zoom = Math.min(MAX_ZOOM, Math.ceil(camera.zoom() + Math.log(ratio) / Math.log(2)));
        if (samePoint && (cluster.members().size() == 2 || zoom <= camera.zoom())) {
            // Places given the same coordinates never separate: open the largest; the panel links the others.
            model.select(cluster.leader().placeId());
            return;
        }
        camera.show(cluster.leader().place().lat(), cluster.leader().place().lon(), zoom);
    }

    /** The incident table under the map, or not; the map keeps most of the height. */
    void showTable(boolean show) {
        if (show && !mapAndTable.getItems().contains(incidentTable())) {
            mapAndTable.getItems().add(incidentTable());
            mapAndTable.setDividerPositions(0.62);
        } else if (!show && incidentTable != null) {
            mapAndTable.getItems().remove(incidentTable);
        }
    }

    IncidentTableView incidentTable() {
        if (incidentTable == null) {
            boolean prepared = preparedTable != null && preparedTable.isDone() && !preparedTable.isCompletedExceptionally();
            incidentTable = (prepared ? preparedTable.join() : new IncidentTableView(model, articleWindow.background(), this::incidentChosen))
                    .attach();
            SplitPane.setResizableWithParent(incidentTable, false);
        }
        return incidentTable;
    }

    SearchView searchView() {
        if (searchView == null) {
            searchView = new SearchView(model, reports, this::goToHit);
            searchView.setVisible(false);
            searchView.managedProperty().bind(searchView.visibleProperty());
            // Top left: the zoom buttons keep the top right.
            StackPane.setAlignment(searchView, Pos.TOP_LEFT);
            StackPane.setMargin(searchView, new Insets(10));
            mapStack.getChildren().add(searchView);
        }
        return searchView;
    }

    void openSearch() {
        searchView().open();
    }

    /** A row chosen in the table: its place is selected and centred, the panel shows its excerpts. */
    private void incidentChosen(org.incidentatlas.model.Incident incident) {
        model.select(incident.place().id());
        camera.show(incident.place().lat(), incident.place().lon(), camera.zoom());
        excerptView.reveal(incident.id());
    }

    /** A search hit: the map goes to the place and the date to its first incident, which is then selected. */
    private void goToHit(org.incidentatlas.search.SearchHit hit) {
        if (hit.date() != null) {
            model.goTo(hit.date());
            model.select(hit.place().id());
        }
        camera.show(hit.place().lat(), hit.place().lon(), Math.max(camera.zoom(), HOME_ZOOM + 1));
    }

    /** View → Frame southern Kyrgyzstan: the whole area, as close as the map's size allows, whatever the zoom was. */
    void frameHome() {
        camera.frame(HOME_SOUTH, HOME_WEST, HOME_NORTH, HOME_EAST, HOME_ZOOM);
    }

    /** The zoom the map shows now (Gluon's own getter keeps the last zoom asked for, not the wheel's). */
    public double zoom() {
        return camera.zoom();
    }

    /** Pans as little as needed for the selected marker to stay in view (the panel has narrowed the map). */
    private void keepSelectionInView() {
        var selected = model.selectedMarkerProperty().get();
        if (selected != null) {
            camera.keepInView(selected.place().lat(), selected.place().lon(), 40);
        }
    }
}
