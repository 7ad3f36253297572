package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewerPreferencesTest {

    private Preferences node;
    private ViewerPreferences prefs;

    @BeforeEach
    void cleanNode() throws Exception {
        // Under the test node named by the build, never the user's.
        node = Preferences.userRoot().node(System.getProperty(ViewerPreferences.NODE_PROPERTY, "incident-atlas-test") + "-unit");
        node.clear();
        prefs = new ViewerPreferences(node);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void valuesSurviveARoundTrip() {
        prefs.saveWindowSize(new ViewerPreferences.WindowSize(1300, 900));
        prefs.saveLastDate(LocalDate.of(2010, 5, 14));
        prefs.saveMapState(new ViewerPreferences.MapState(40.5, 72.8, 8.5));
        prefs.saveTheme(Theme.DARK);
        ViewerPreferences again = new ViewerPreferences(node);
        assertEquals(new ViewerPreferences.WindowSize(1300, 900), again.windowSizeOr(new ViewerPreferences.WindowSize(1, 1)));
        assertEquals(Optional.of(LocalDate.of(2010, 5, 14)), again.lastDate());
        assertEquals(Optional.of(new ViewerPreferences.MapState(40.5, 72.8, 8.5)), again.mapState());
        assertEquals(Theme.DARK, again.theme());
    }

    @Test
    void nothingStoredGivesDefaults() {
        assertEquals(new ViewerPreferences.WindowSize(1200, 800), prefs.windowSizeOr(new ViewerPreferences.WindowSize(1200, 800)));
        assertEquals(Optional.empty(), prefs.lastDate());
        assertEquals(Optional.empty(), prefs.mapState());
        assertEquals(Theme.SYSTEM, prefs.theme());
    }

    @Test
    void damagedValuesAreIgnored() {
        node.put("date", "yesterday");
        node.putDouble("map.zoom", 99);
        node.put("theme", "PURPLE");
        node.putDouble("window.width", 99_999);
        assertEquals(Optional.empty(), prefs.lastDate());
        assertEquals(Optional.empty(), prefs.mapState());
        assertEquals(Theme.SYSTEM, prefs.theme());
        assertEquals(4000, prefs.windowSizeOr(new ViewerPreferences.WindowSize(1200, 800)).width());
    }

    @Test
    void systemThemeFollowsGtkThemeAndDefaultsToLight() {
        assertEquals(true, Theme.SYSTEM.isDark(java.util.Map.of("GTK_THEME", "Adwaita:dark")));
        assertEquals(false, Theme.SYSTEM.isDark(java.util.Map.of()));
        assertEquals(true, Theme.DARK.isDark(java.util.Map.of()));
    }
}
