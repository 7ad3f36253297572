package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.AbstractPreferences;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.article.ClasspathArticleSource;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.testing.DaemonThreads;
import org.incidentatlas.timeline.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: the preference store (a file) is read before the window is built, off the JavaFX
 * thread, and the remembered window is judged as a whole.
 */
class PreferencesOffFxThreadTest {

    /** An in-memory store that notes every key read on the JavaFX thread. */
    static final class RecordingPreferences extends AbstractPreferences {
        final Map<String, String> values = new ConcurrentHashMap<>();
        final List<String> readOnFxThread = new CopyOnWriteArrayList<>();

        RecordingPreferences() {
            super(null, "");
        }

        @Override
        protected String getSpi(String key) {
            if (Platform.isFxApplicationThread()) {
                readOnFxThread.add(key);
            }
            return values.get(key);
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(new String[0]);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException("no child nodes");
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }

    private final RecordingPreferences store = new RecordingPreferences();
    private Stage stage;

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.hideStage();
    }

    private void launch() throws Exception {
        ViewerServices services = new ViewerServices(new ClasspathIncidentSource(Fixture.RESOURCE),
                new ClasspathArticleSource(ClasspathArticleSource.BUNDLED, new ArticleReader()),
                new ViewerPreferences(store), DaemonThreads.named("test-loader"), Map.of());
        // As JavaFX launches an application: init() on another thread, then start() on the JavaFX thread.
        FxToolkit.setupApplication(() -> new IncidentAtlasApp(services));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStoreIsReadBeforeTheWindowAndOffTheJavaFxThread() throws Exception {
        store.values.putAll(Map.of("window.width", "1000", "window.height", "700", "theme", "DARK",
                "map.lat", "40.5", "map.lon", "72.8", "map.zoom", "9"));
        launch();
        assertEquals(List.of(), store.readOnFxThread, "preferences read on the JavaFX thread");
        assertEquals(1000, stage.getWidth(), 1);
        assertEquals(700, stage.getHeight(), 1);
    }

    @Test
    void aWindowWithOneDamagedNumberIsDroppedAsAWhole() throws Exception {
        store.values.putAll(Map.of("window.width", "1000", "window.height", "NaN", "window.x", "10", "window.y", "10",
                "map.lat", "40.5", "map.lon", "72.8", "map.zoom", "NaN", "date", "+999999999-12-31"));
        launch();
        ViewerPreferences.Remembered remembered = new ViewerPreferences(store).load();
        assertEquals(java.util.Optional.empty(), remembered.size());
        assertEquals(java.util.Optional.empty(), remembered.position(), "a place without a size cannot be judged on screen");
        assertEquals(java.util.Optional.empty(), remembered.map());
        assertEquals(java.util.Optional.empty(), remembered.date());
        assertFalse(stage.getWidth() == 1000 && Double.isNaN(stage.getHeight()));
    }
}
