package org.incidentatlas.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.incidentatlas.cli.IncidentAtlasCommand.GuiOptions;

/** The JavaFX application: one window with the map. */
public class IncidentAtlasApp extends Application {

    public static final String TITLE = "Incident Atlas";

    /**
     * Kept reachable: java.util.logging holds loggers weakly, and a collected logger would
     * forget the level set below.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    public static void launchApp(GuiOptions options) {
        quietStartup();
        Application.launch(IncidentAtlasApp.class);
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
        MainView view = new MainView();
        stage.setTitle(TITLE);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }
}
