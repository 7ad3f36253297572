package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.article.ClasspathArticleSource;
import org.incidentatlas.io.FileIncidentSource;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The app opens the Spark job's GeoJSON Lines (incident-atlas --incidents FILE.geojsonl) as it opens GeoJSON. */
class GeoJsonLinesInAppTest extends ApplicationTest {

    private IncidentAtlasApp app;
    private Stage stage;

    @TempDir
    Path dir;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    private void open(Path file) throws TimeoutException {
        ViewerPreferences prefs = ViewerPreferences.fromSystemProperty();
        prefs.clear();
        app = new IncidentAtlasApp(new ViewerServices(new FileIncidentSource(file),
                new ClasspathArticleSource(ClasspathArticleSource.BUNDLED, new ArticleReader()), prefs, Runnable::run, Map.of()));
        interact(() -> app.start(stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> app.model().loadStateProperty().get() != MainViewModel.LoadState.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        FxToolkit.hideStage();
        ViewerPreferences.fromSystemProperty().clear();
    }

    @Test
    void theIncidentsOfAGeoJsonLinesFileAreReplayed() throws Exception {
        List<Incident> bundled = new IncidentGeoJson().read(Path.of("data/events.geojson"));
        Path file = dir.resolve("events.geojsonl");
        new IncidentGeoJson().writeLines(bundled, file);
        open(file);
        assertEquals(MainViewModel.LoadState.READY, app.model().loadStateProperty().get());
        assertEquals(java.util.Set.copyOf(bundled), java.util.Set.copyOf(app.model().timelineProperty().get().incidents()));
        assertFalse(app.model().markersProperty().get().isEmpty());
    }

    @Test
    void aBrokenLineIsNamedOnScreen() throws Exception {
        Path file = dir.resolve("events.geojsonl");
        Files.writeString(file, "{\"type\":\"Feature\",\n");
        open(file);
        assertEquals(MainViewModel.LoadState.FAILED, app.model().loadStateProperty().get());
        Label message = lookup("#loadMessage").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Cannot show incidents: " + file + ": line 1 is not valid JSON"),
                message.getText());
    }
}
