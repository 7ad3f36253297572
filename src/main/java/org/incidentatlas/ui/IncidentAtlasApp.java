package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.incidentatlas.cli.IncidentAtlasCommand.GuiOptions;
import org.incidentatlas.ui.map.BasemapSetup;

/** The JavaFX application: one window with the map. */
public class IncidentAtlasApp extends Application {

    public static final String TITLE = "Incident Atlas";

    /** JavaFX creates the Application itself, so the options travel as its named parameters. */
    public static void launchApp(GuiOptions options) {
        String[] args = options.basemap() == null ? new String[0]
                : new String[] {"--basemap=" + options.basemap().toAbsolutePath()};
        Application.launch(IncidentAtlasApp.class, args);
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
