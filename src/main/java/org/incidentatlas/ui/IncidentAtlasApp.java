package org.incidentatlas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

import org.incidentatlas.basemap.LabelPlacer;
import org.incidentatlas.cli.IncidentAtlasCommand.GuiOptions;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.io.FileIncidentSource;
import org.incidentatlas.io.IncidentSource;
import org.incidentatlas.model.Place;
import org.incidentatlas.ui.map.BasemapSetup;

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
    private MainViewModel model;
    private MainView view;
    private Stage stage;

    /** The app as launched from the command line: bundled data, the user's preferences. */
    public IncidentAtlasApp() {
        this(ViewerServices.bundled());
    }

    /** With other incidents or preferences, e.g. a test fixture. */
    public IncidentAtlasApp(ViewerServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /** JavaFX creates the Application itself, so the options travel as its named parameters. */
    public static void launchApp(GuiOptions options) {
        quietStartup();
        List<String> args = new ArrayList<>();
        if (options.basemap() != null) {
            args.add("--basemap=" + options.basemap().toAbsolutePath());
        }
        if (options.incidents() != null) {
            args.add("--incidents=" + options.incidents().toAbsolutePath());
        }
        Application.launch(IncidentAtlasApp.class, args.toArray(String[]::new));
    }

    /**
     * The jar puts JavaFX on the class path (a plain {@code java -jar} cannot use the module path),
     * which works but makes JavaFX warn "Unsupported JavaFX configuration" at every start; and Gluon
     * Attach logs that it assumes a desktop; on a first run java.util.prefs announces the folder it
     * created. All are expected and would only alarm users.
     */
    static void quietStartup() {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        PREFS_LOG.setLevel(Level.WARNING);
        if (System.getProperty("javafx.platform") == null) {
            System.setProperty("javafx.platform", "desktop");
        }
    }

    @Override
    public void start(Stage stage) {
        ViewerPreferences prefs = services.preferences();
        Optional<Path> basemap = named("basemap").map(Path::of);
        BasemapSetup.Result tiles = BasemapSetup.install(basemap);
        model = new MainViewModel();
        view = new MainView(model, new ArticleWindow(services.articles(), services.background()), List.of());
        // Place names come from the gazetteer, read off the FX thread; the map is usable before they arrive.
        services.background().execute(() -> {
            List<Place> places = LabelPlacer.candidates(Gazetteer.bundled().places());
            Platform.runLater(() -> view.showPlaceNames(places));
        });
        tiles.pendingWarning().thenAccept(warning -> warning.ifPresent(message -> Platform.runLater(() -> {
            System.err.println(message);
            view.showMapNotice(message);
        })));

        List<javafx.geometry.Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        // Fitted to the screens there are now: a size saved on a larger monitor would open off-screen.
        ViewerPreferences.WindowSize size = WindowPlacement.fit(
                prefs.windowSizeOr(new ViewerPreferences.WindowSize(1200, 800)), screens);
        Scene scene = new Scene(view, size.width(), size.height());
        scene.getStylesheets().add(Objects.requireNonNull(
                IncidentAtlasApp.class.getResource("viewer.css"), "viewer.css").toExternalForm());
        applyTheme(prefs.theme());
        view.onThemeChosen(prefs.theme(), theme -> {
            prefs.saveTheme(theme);
            applyTheme(theme);
        });
        prefs.mapState().ifPresent(state -> {
            view.map().setZoom(state.zoom());
            view.map().setCenter(new MapPoint(state.lat(), state.lon()));
        });

        stage.setTitle(TITLE);
        loadIcons(stage);
        stage.setScene(scene);
        // Back where it was, unless that place is on no screen now (a monitor unplugged since).
        prefs.windowPosition()
                .filter(at -> WindowPlacement.onScreen(at, size, screens))
                .ifPresent(at -> {
                    stage.setX(at.x());
                    stage.setY(at.y());
                });
        stage.setMaximized(prefs.windowMaximized());
        this.stage = stage;
        stage.show();
        view.timelineView().requestFocus();
        IncidentSource incidents = named("incidents").<IncidentSource>map(path -> new FileIncidentSource(Path.of(path)))
                .orElse(services.incidents());
        model.load(incidents, services.background(), prefs.lastDate());
    }

    /** A named parameter of the launch ({@code --name=value}); none when the app was made by a test. */
    private Optional<String> named(String name) {
        return Optional.ofNullable(getParameters()).map(p -> p.getNamed().get(name));
    }

    /**
     * The run ends: remember the window for the next one. Saved here rather than when the window
     * hides, so that windows opened and hidden inside one process (tests, a future second window)
     * do not overwrite what the user left.
     */
    @Override
    public void stop() {
        if (stage != null && model != null) {
            remember(stage);
        }
    }

    public MainViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.stylesheet(services.environment()));
        boolean dark = theme.isDark(services.environment());
        view.themeApplied(dark);
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
        prefs.saveMapState(new ViewerPreferences.MapState(center.getLatitude(), center.getLongitude(), view.map().getZoom()));
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
