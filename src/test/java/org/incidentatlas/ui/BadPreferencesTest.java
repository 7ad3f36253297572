package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 16, defect 5: damaged preferences cannot make the app unusable, and are never saved back. */
class BadPreferencesTest {

    private Preferences node;
    private ViewerPreferences prefs;

    @BeforeEach
    void cleanNode() throws Exception {
        node = Preferences.userRoot().node(System.getProperty(ViewerPreferences.NODE_PROPERTY, "incident-atlas-test") + "-bad");
        node.clear();
        prefs = new ViewerPreferences(node);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aNaNWindowSizeGivesTheDefault() {
        node.put("window.width", "NaN");
        node.put("window.height", "Infinity");
        assertEquals(new ViewerPreferences.WindowSize(1200, 800), prefs.windowSizeOr(new ViewerPreferences.WindowSize(1200, 800)));
    }

    @Test
    void aNaNZoomIsNotUsed() {
        node.putDouble("map.lat", 40.5);
        node.putDouble("map.lon", 72.8);
        node.put("map.zoom", "NaN");
        assertEquals(Optional.empty(), prefs.mapState());
    }

    @Test
    void aNaNZoomIsNeverSavedBack() {
        prefs.saveMapState(new ViewerPreferences.MapState(40.5, 72.8, 8));
        prefs.saveMapState(new ViewerPreferences.MapState(40.5, 72.8, Double.NaN));
        prefs.saveMapState(new ViewerPreferences.MapState(Double.NaN, 72.8, 8));
        assertEquals(Optional.of(new ViewerPreferences.MapState(40.5, 72.8, 8)), prefs.mapState());
        prefs.saveWindowSize(new ViewerPreferences.WindowSize(Double.NaN, 700));
        assertNull(node.get("window.width", null));
        prefs.saveWindowPosition(new ViewerPreferences.WindowPosition(Double.NaN, 0));
        assertEquals(Optional.empty(), prefs.windowPosition());
    }

    @Test
    void aSizeFromALargerMonitorIsFittedToTheScreensThereAreNow() {
        node.putDouble("window.width", 3800);
        node.putDouble("window.height", 2100);
        List<Rectangle2D> laptop = List.of(new Rectangle2D(0, 0, 1366, 740));
        assertEquals(new ViewerPreferences.WindowSize(1366, 740),
                WindowPlacement.fit(prefs.windowSizeOr(new ViewerPreferences.WindowSize(1200, 800)), laptop));
        assertEquals(new ViewerPreferences.WindowSize(1200, 700),
                WindowPlacement.fit(new ViewerPreferences.WindowSize(1200, 700), laptop));
    }
}
