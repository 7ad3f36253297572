package org.incidentatlas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.incidentatlas.cli.IncidentAtlasCommand.GuiOptions;

/** The JavaFX application: one window with the map. */
public class IncidentAtlasApp extends Application {

    public static final String TITLE = "Incident Atlas";

    public static void launchApp(GuiOptions options) {
        Application.launch(IncidentAtlasApp.class);
    }

    @Override
    public void start(Stage stage) {
        MainView view = new MainView();
        stage.setTitle(TITLE);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }
}
