package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.incidentatlas.cli.IncidentAtlasCommand.GuiOptions;
import org.incidentatlas.ui.map.BasemapSetup;

/** The JavaFX application: one window with the map. */
public class IncidentAtlasApp extends Application {

    public static final String TITLE = "Incident Atlas";

    /**
     * Kept reachable: java.util.logging holds loggers weakly, and a collected logger would
     * forget the level set below.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /** JavaFX creates the Application itself, so the options travel as its named parameters. */
    public static void launchApp(GuiOptions options) {
        quietStartup();
        String[] args = options.basemap() == null ? new String[0]
                : new String[] {"--basemap=" + options.basemap().toAbsolutePath()};
        Application.launch(IncidentAtlasApp.class, args);
    }

    /**
     * The jar puts JavaFX on the class path (a plain {@code java -jar} cannot use the module path),
     * which works but makes JavaFX warn "Unsupported JavaFX configuration" at every start; and Gluon
     * Attach logs that it assumes a desktop. Both are expected here and would only alarm users.
     */
    static void quietStartup() {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        if (System.getProperty("javafx.platform") == null) {
            System.setProperty("javafx.platform", "desktop");
        }
    }

    @Override
    public void start(Stage stage) {
        Optional<Path> basemap = Optional.ofNullable(getParameters())
                .map(p -> p.getNamed().get("basemap")).map(Path::of);
        BasemapSetup.Result tiles = BasemapSetup.install(basemap);
        MainView view = new MainView();
        tiles.warning().ifPresent(message -> {
            System.err.println(message);
            view.showMapNotice(message);
        });
        stage.setTitle(TITLE);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }
}
