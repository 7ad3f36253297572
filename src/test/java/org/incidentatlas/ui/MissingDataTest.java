package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.article.ClasspathArticleSource;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.io.IncidentSource;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Without usable incidents the window still opens and says why on the map. */
class MissingDataTest extends ApplicationTest {

    private IncidentAtlasApp app;
    private Stage stage;
    private IncidentSource source = new ClasspathIncidentSource("/data/no-such-events.geojson");

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    private void open(IncidentSource incidents) {
        ViewerPreferences prefs = ViewerPreferences.fromSystemProperty();
        prefs.clear();
        app = new IncidentAtlasApp(new ViewerServices(incidents,
                new ClasspathArticleSource(ClasspathArticleSource.BUNDLED, new ArticleReader()), prefs, Runnable::run, Map.of()));
        interact(() -> app.start(stage));
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        FxToolkit.hideStage();
        // Hiding the window saved its state: leave the test node empty for the next test class.
        ViewerPreferences.fromSystemProperty().clear();
    }

    private String awaitFailure() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> app.model().loadStateProperty().get() == MainViewModel.LoadState.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = lookup("#loadMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(lookup("#bottomBar").query().isDisabled());
        return message.getText();
    }

    @Test
    void aMissingIncidentFileIsNamedOnScreen() throws TimeoutException {
        open(source);
        assertEquals("Cannot show incidents: /data/no-such-events.geojson is not bundled with the app"
                + " (run the extractor to write data/events.geojson, then rebuild)", awaitFailure());
        Screenshots.save(stage.getScene(), "13-missing-data");
    }

    @Test
    void aBrokenIncidentFileSaysWhatIsWrong() throws TimeoutException {
        open(new IncidentSource() {
            @Override
            public List<Incident> load() throws java.io.IOException, org.incidentatlas.io.GeoJsonFormatException {
                return new IncidentGeoJson().read(new ByteArrayInputStream("{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8)),
                        "events.geojson", id -> Optional.empty());
            }

            @Override
            public String describe() {
                return "events.geojson";
            }
        });
        assertEquals("Cannot show incidents: events.geojson: not a GeoJSON FeatureCollection (its type is \"Feature\")", awaitFailure());
    }

    @Test
    void anEmptyIncidentFileSaysThereIsNothingToReplay() throws TimeoutException {
        open(new IncidentSource() {
            @Override
            public List<Incident> load() {
                return List.of();
            }

            @Override
            public String describe() {
                return "events.geojson";
            }
        });
        assertEquals("No incidents in events.geojson: there is nothing to replay.", awaitFailure());
    }
}
