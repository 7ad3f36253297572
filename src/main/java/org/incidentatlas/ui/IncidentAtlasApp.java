package org.incidentatlas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

import com.gluonhq.maps.MapPoint;

import org.incidentatlas.rendering.BasemapData;
import org.incidentatlas.rendering.BasemapRenderer;
import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.rendering.IncidentMarkerOverlay;
import org.incidentatlas.rendering.LabelPlacer;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.vector.UserBasemap;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.io.FileIncidentSource;
import org.incidentatlas.io.ViewerFiles;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.ViewerUnavailableException;
import org.incidentatlas.ui.io.IncidentFileActions;
import org.incidentatlas.io.IncidentSource;
import org.incidentatlas.model.Place;
import org.incidentatlas.replay.ReplayWriter;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.ui.map.BasemapSetup;
import org.incidentatlas.ui.map.OfflineTileRetriever;
import org.incidentatlas.ui.workspace.WorkspaceLocation;
import org.incidentatlas.ui.workspace.WorkspaceSession;

/** The JavaFX application: one window with the map, the timeline and the excerpt panel. */
public class IncidentAtlasApp extends Application {

    public static final String TITLE = "Incident Atlas";
    static final List<Integer> ICON_SIZES = List.of(16, 32, 64, 128, 256);

    /**
     * Kept reachable: java.util.logging holds loggers weakly, and a collected logger would
     * forget the level set below.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static final Logger PREFS_LOG = Logger.getLogger("java.util.prefs");

    private final ViewerServices services;
    /** The base map, incidents and reports to open with. */
    private final ViewerFiles files;
    /** Read in {@link #init()}, on the launcher thread: the store is a file, never read on the JavaFX thread. */
    private volatile ViewerPreferences.Remembered remembered;
    private MainViewModel model;
    private MainView view;
    private Stage stage;
    private IncidentFileActions incidentFiles;
    /** The names the map shows, once read; the replay export names the same places. */
    private volatile List<Place> labelPlaces = List.of();
    private boolean dark;
    private WorkspaceSession workspace;
    /** Ended: work waiting for the first frame is not started any more. */
    private volatile boolean stopped;
    /**
     * The files the command line names: JavaFX creates the Application itself, so they are handed
     * over here as paths rather than as string arguments.
     */
    private static volatile ViewerFiles launchFiles = ViewerFiles.none();

    /** The app as launched from the command line: bundled data, the user's preferences, the files it names. */
    public IncidentAtlasApp() {
        this(ViewerServices.bundled(), launchFiles);
    }

    /** With other incidents or preferences, e.g. a test fixture, and no file named. */
    public IncidentAtlasApp(ViewerServices services) {
        this(services, ViewerFiles.none());
    }

    public IncidentAtlasApp(ViewerServices services, ViewerFiles files) {
        this.services = Objects.requireNonNull(services, "services");
        this.files = Objects.requireNonNull(files, "files");
    }

    /**
     * Opens the window with the files the command line names (a base map, incidents, reports).
     */
    public static void launchApp(ViewerFiles files) {
        missingDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))
                .ifPresent(message -> {
                    throw new ViewerUnavailableException(message);
                });
        StartupTrace.mark("launch");
        quietStartup();
        // The map's own data is read while JavaFX starts its toolkit (about as long), not after it on the JavaFX thread.
        BasemapSetup.prepare();
        launchFiles = files;
        try {
            Application.launch(IncidentAtlasApp.class);
        } catch (UnsupportedOperationException e) {
            // GTK's way of saying that DISPLAY names a display that cannot be reached.
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                throw new ViewerUnavailableException(NO_DISPLAY + " (" + e.getMessage() + ")" + RENDER_HINT);
            }
            throw e;
        }
    }

    private static final String NO_DISPLAY = "incident-atlas: the viewer needs a graphical display";
    private static final String RENDER_HINT = "; `incident-atlas render` draws the maps to files without one.";

    /**
     * Why the window cannot open on this machine, before JavaFX tries (it would fail with a stack
     * trace): on Linux and the BSDs a display is named by DISPLAY or WAYLAND_DISPLAY, unless a
     * headless platform (Monocle, as the tests use) is chosen.
     */
    static Optional<String> missingDisplay(java.util.Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        boolean named = !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return named ? Optional.empty() : Optional.of(NO_DISPLAY + " and none is set (DISPLAY is empty)" + RENDER_HINT);
    }

    /**
     * The jar puts JavaFX on the class path (a plain {@code java -jar} cannot use the module path),
     * which works but makes JavaFX warn "Unsupported JavaFX configuration" at every start; and Gluon
     * Attach logs that it assumes a desktop; on a first run java.util.prefs announces the folder it
     * created. All are expected and would only alarm users.
     */
    static void quietStartup() {
        // The base map is drawn with Java2D off screen and no AWT window is ever shown; AWT on the
        // display as well as JavaFX makes GTK print "XSetErrorHandler() called with a GDK error trap
        // pushed" (JDK-8156779) at every start.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        JAVAFX_LOG.setLevel(Level.SEVERE);
        PREFS_LOG.setLevel(Level.WARNING);
        if (System.getProperty("javafx.platform") == null) {
            System.setProperty("javafx.platform", "desktop");
        }
    }

    /** JavaFX calls this on its launcher thread before {@link #start}: the place for blocking reads. */
    @Override
    public void init() {
        StartupTrace.mark("toolkit started (init)");
        remembered = services.preferences().load();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        ViewerPreferences prefs = services.preferences();
        ViewerPreferences.Remembered remembered = this.remembered;
        if (remembered == null) {
            // Only when a caller skipped init(), e.g. a test that builds the window itself.
            remembered = prefs.load();
        }
        // Before the first control exists: the first control class to load sets JavaFX's own Modena look when no
        // look is set, loading its stylesheet only for the theme's to replace it (an eighth of the JavaFX thread's start).
        Application.setUserAgentStylesheet(remembered.theme().stylesheet(services.environment()));
        BasemapSetup.Result tiles = BasemapSetup.install(files.basemap());
        BasemapSetup.prepare().thenRun(() -> StartupTrace.mark("bundled map ready to draw"));
        model = new MainViewModel();
        // A file named on the command line (any format IncidentFormats reads) replaces the bundled incidents; a bad one is
        // explained where the incidents would show, as a bad bundled file is.
        IncidentSource incidents = files.incidents().<IncidentSource>map(FileIncidentSource::new).orElse(services.incidents());
        workspace = new WorkspaceSession(model, incidents, services.articles(), WorkspaceLocation.fromSystemProperty());
        view = new MainView(model, new ArticleWindow(workspace.articles(), services.background()), List.of());
        StartupTrace.mark("view built");
        tiles.pendingWarning().thenAccept(warning -> warning.ifPresent(message -> Platform.runLater(() -> {
            System.err.println(message);
            view.showMapNotice(message);
        })));
        tiles.pendingWarning().thenRun(() -> tiles.tiles().basemap().flatMap(UserBasemap::credit)
                .ifPresent(credit -> Platform.runLater(() -> view.creditBasemap(Optional.of(credit)))));

        List<javafx.geometry.Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        // Fitted to the screens there are now: a size saved on a larger monitor would open off-screen,
        // a place on a monitor unplugged since is not used.
        WindowPlacement.Placement placement = WindowPlacement.place(remembered, new ViewerPreferences.WindowSize(1200, 800), screens);
        ViewerPreferences.WindowSize size = placement.size();
        Scene scene = new Scene(view, size.width(), size.height());
        scene.getStylesheets().add(Objects.requireNonNull(
                IncidentAtlasApp.class.getResource("viewer.css"), "viewer.css").toExternalForm());
        applyTheme(remembered.theme());
        StartupTrace.mark("scene and theme set");
        view.onThemeChosen(remembered.theme(), theme -> {
            prefs.saveTheme(theme);
            applyTheme(theme);
        });
        remembered.map().ifPresent(state -> {
            view.map().setZoom(state.zoom());
            view.map().setCenter(new MapPoint(state.lat(), state.lon()));
        });

        view.onChooseBasemap(this::chooseBasemap);
        view.onExportReplay(this::openExportReplay);
        incidentFiles = new IncidentFileActions(model, prefs, services.background(), () -> this.stage, this::mapView,
                workspace::openedIncidentFile);
        view.addFileItems(incidentFiles.menuItems());
        workspace.fieldMappingFrom(prefs::fieldMapping);
        workspace.install(stage, view);
        view.onCompareEpisodes(this::openCompare);

        stage.setTitle(TITLE);
        stage.setScene(scene);
        placement.position().ifPresent(at -> {
            stage.setX(at.x());
            stage.setY(at.y());
        });
        stage.setMaximized(remembered.maximized());
        this.stage = stage;
        StartupTrace.firstPulses(scene, tiles.tiles().firstScreenDrawn());
        stage.show();
        StartupTrace.mark("stage shown");
        view.timelineView().requestFocus();
        model.load(incidents, services.background(), remembered.date());
        // What the first picture does not show waits until the map's first tiles are painted, so that it does not take the
        // cores they are drawn and painted on: with the tiles saved by an earlier run they are in before the window shows,
        // and the work started at once ran beside the window's first frame. Should no tile be asked for (a window too small
        // for any), it waits no longer than this.
        tiles.tiles().firstScreenDrawn().copy().completeOnTimeout(null, AFTER_FIRST_FRAME_AT_LATEST_SECONDS, TimeUnit.SECONDS)
                .thenRun(() -> Platform.runLater(() -> afterNextFramePainted(scene, this::afterFirstFrame)));
    }

    /**
     * Runs {@code work} on the JavaFX thread once the frame of the next pulse has been painted. JavaFX copies a pulse's
     * scene to the renderer only after the frame before it is painted (it waits for the renderer's lock), so the second
     * pulse from now, past its layout, comes after the first one's frame is on screen. That wait is made only by a pulse
     * with changes to copy; at start the second pulse has them (the incidents, legend and timeline arrive then), and
     * without them the work would only start sooner, as before.
     */
    static void afterNextFramePainted(Scene scene, Runnable work) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            // Not inside the pulse: the work changes the scene, which belongs in an event of its own.
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static final int AFTER_FIRST_FRAME_AT_LATEST_SECONDS = 5;

    /**
     * Set ({@code -Dincidentatlas.exitAfterFirstFrame=true}) by the package step, which runs the app once under Xvfb to
     * learn which classes a start loads (for the class-data archive, see README "Start-up"): the app ends once its map
     * is drawn and the place names read. Not an option users need.
     */
    static final String EXIT_AFTER_FIRST_FRAME = "incidentatlas.exitAfterFirstFrame";

    /**
     * Once the map is drawn: the window's icons, the place names (from the gazetteer, read off the FX thread; the map is usable before they
     * arrive) and the workspace (SQLite, opened on its own thread).
     */
    private void afterFirstFrame() {
        if (stopped) {
            return;
        }
        StartupTrace.mark("work after the first frame started");
        // Handing the desktop its icons takes the JavaFX thread a while (converted for each size): not before the map shows.
        loadIcons(stage);
        services.background().execute(() -> {
            List<Place> places = LabelPlacer.candidates(Gazetteer.bundledPlaces());
            labelPlaces = places;
            Platform.runLater(() -> {
                view.showPlaceNames(places);
                if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
                    Platform.exit();
                }
            });
        });
        workspace.start(files.reports());
    }

    /**
     * The run ends: remember the window for the next one. Saved here rather than when the window
     * hides, so that windows opened and hidden inside one process (tests, a future second window)
     * do not overwrite what the user left.
     */
    @Override
    public void stop() {
        stopped = true;
        if (stage != null && model != null) {
            remember(stage);
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    public MainViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }

    /**
     * File → Base map…: the user's own tiles (raster MBTiles, or OpenStreetMap vector tiles as
     * MBTiles or PMTiles), opened off the JavaFX thread; a refused file is explained over the map.
     */
    private void chooseBasemap() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Base map");
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("Base maps (MBTiles, PMTiles)", "*.mbtiles", "*.pmtiles"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
        java.io.File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            BasemapSetup.change(view.map(), chosen.toPath()).thenAccept(warning -> Platform.runLater(() -> {
                view.showMapNotice(warning.orElse(""));
                view.creditBasemap(OfflineTileRetriever.installed().basemap().flatMap(UserBasemap::credit));
            }));
        }
    }

    /** The replay's pictures: the drawn map, with the user's own base map over it when one is shown. */
    private static DayMap dayMap(List<Place> places, MarkerIndex markers, MapTheme theme) throws java.io.IOException {
        Optional<UserBasemap> user = OfflineTileRetriever.installed().basemap();
        if (user.isEmpty()) {
            return DayMap.bundled(places, markers, theme);
        }
        BasemapRenderer drawn = new BasemapRenderer(BasemapData.loadBundled(), theme.basemap());
        return new DayMap(user.get().over(drawn, theme.basemap(),
                problem -> System.getLogger(IncidentAtlasApp.class.getName()).log(System.Logger.Level.WARNING, problem)), places, markers,
                IncidentMarkerOverlay.bundledIcons(), theme);
    }

    /** File → Open incidents… and Export. */
    public IncidentFileActions incidentFiles() {
        return incidentFiles;
    }

    /** The map as it looks now, for File → Export ▸ Current view as PNG. */
    private IncidentFileActions.MapView mapView() {
        MapPoint centre = view.map().getCenter();
        return new IncidentFileActions.MapView(Viewport.centredOn(centre.getLatitude(), centre.getLongitude(), view.zoom(),
                Math.max(16, (int) view.map().getWidth()), Math.max(16, (int) view.map().getHeight())),
                MapTheme.of(dark), labelPlaces);
    }

    public WorkspaceSession workspace() {
        return workspace;
    }

    /** File → Export replay…: a window over the main one; closing it cancels an export under way. */
    private void openExportReplay() {
        // The incidents and filter as the map shows them now, read here on the JavaFX thread.
        Timeline timeline = model.timeline();
        IncidentFilter filter = model.filterProperty().get();
        MapTheme theme = MapTheme.of(dark);
        List<Place> places = labelPlaces;
        ExportReplayView form = new ExportReplayView(view.replayDefaults(Path.of(System.getProperty("user.home"))),
                (replay, out, format, progress) -> new ReplayWriter(dayMap(places, new MarkerIndex(timeline, filter), theme))
                        .write(replay, out, format, progress),
                services.background());
        Stage window = new Stage();
        window.initOwner(stage);
        window.setTitle("Export replay");
        window.setScene(new Scene(form));
        window.setOnHidden(e -> form.cancel());
        window.show();
    }

    /** View → Compare episodes: the two-map window, starting on the main map's view. */
    private void openCompare() {
        Stage window = new Stage();
        ArticleWindow articles = new ArticleWindow(workspace.articles(), services.background());
        CompareView compare = new CompareView(model.timeline(), labelPlaces, MapTheme.of(dark), view.map().getCenter(),
                view.zoom(), services.background(), (incident, source) -> articles.show(source, window),
                new ReportLookup(workspace.articles(), services.background()));
        window.initOwner(stage);
        window.setTitle("Compare episodes");
        compare.onAnimation((defaults, exporter) -> {
            ExportReplayView form = new ExportReplayView(defaults, exporter, services.background());
            Stage formWindow = new Stage();
            formWindow.initOwner(window);
            formWindow.setTitle("Export the comparison as an animation");
            formWindow.setScene(new Scene(form));
            formWindow.setOnHidden(e -> form.cancel());
            formWindow.show();
        });
        if (dark) {
            compare.getStyleClass().add("dark");
        }
        Scene scene = new Scene(compare, 1400, 860);
        scene.getStylesheets().add(Objects.requireNonNull(
                IncidentAtlasApp.class.getResource("viewer.css"), "viewer.css").toExternalForm());
        window.setScene(scene);
        window.show();
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.stylesheet(services.environment()));
        dark = theme.isDark(services.environment());
        view.themeApplied(dark, services.background());
        view.getStyleClass().remove("dark");
        if (dark) {
            view.getStyleClass().add("dark");
        }
    }

    /** Saves window size and place, date and map view for the next run. */
    void remember(Stage stage) {
        ViewerPreferences prefs = services.preferences();
        prefs.saveWindowMaximized(stage.isMaximized());
        // A maximised or minimised window's bounds are not the ones to come back to.
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.saveWindowSize(new ViewerPreferences.WindowSize(stage.getWidth(), stage.getHeight()));
            prefs.saveWindowPosition(new ViewerPreferences.WindowPosition(stage.getX(), stage.getY()));
        }
        if (model.date() != null) {
            prefs.saveLastDate(model.date());
        }
        MapPoint center = view.map().getCenter();
        prefs.saveMapState(new ViewerPreferences.MapState(center.getLatitude(), center.getLongitude(), view.zoom()));
        prefs.flush();
    }

    /** The window icons at every size the desktop may ask for, read off the JavaFX thread. */
    private void loadIcons(Stage stage) {
        Task<List<Image>> task = new Task<>() {
            @Override
            protected List<Image> call() throws IOException {
                List<Image> images = new ArrayList<>();
                for (int size : ICON_SIZES) {
                    try (InputStream in = IncidentAtlasApp.class.getResourceAsStream("/icons/app-" + size + ".png")) {
                        if (in == null) {
                            throw new IOException("/icons/app-" + size + ".png is not bundled with the app");
                        }
                        images.add(new Image(in));
                    }
                }
                return images;
            }
        };
        task.setOnSucceeded(e -> stage.getIcons().setAll(task.getValue()));
        // A missing icon leaves the desktop's default; nothing else depends on it.
        task.setOnFailed(e -> System.err.println("Window icon not set: " + task.getException().getMessage()));
        services.background().execute(task);
    }
}
