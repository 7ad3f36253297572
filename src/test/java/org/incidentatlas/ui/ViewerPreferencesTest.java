package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;

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
        prefs.saveWindowPosition(new ViewerPreferences.WindowPosition(-1500, 40));
        prefs.saveWindowMaximized(true);
        ViewerPreferences again = new ViewerPreferences(node);
        assertEquals(Optional.of(new ViewerPreferences.WindowPosition(-1500, 40)), again.windowPosition());
        assertTrue(again.windowMaximized());
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
        assertEquals(Optional.empty(), prefs.windowPosition());
        assertFalse(prefs.windowMaximized());
    }

    @Test
    void aWindowPlaceOnNoScreenNowIsNotUsed() {
        ViewerPreferences.WindowSize size = new ViewerPreferences.WindowSize(1200, 800);
        List<Rectangle2D> laptop = List.of(new Rectangle2D(0, 0, 1920, 1050));
        List<Rectangle2D> twoScreens = List.of(new Rectangle2D(0, 0, 1920, 1050), new Rectangle2D(1920, 0, 2560, 1400));
        ViewerPreferences.WindowPosition onSecond = new ViewerPreferences.WindowPosition(2300, 100);
        assertTrue(WindowPlacement.onScreen(onSecond, size, twoScreens));
        assertFalse(WindowPlacement.onScreen(onSecond, size, laptop), "the second monitor was unplugged");
        assertTrue(WindowPlacement.onScreen(new ViewerPreferences.WindowPosition(-900, 10), size, laptop),
                "300 px of the title bar are still on the screen");
        assertFalse(WindowPlacement.onScreen(new ViewerPreferences.WindowPosition(100, 1040), size, laptop),
                "the title bar is below the screen's edge");
        assertFalse(WindowPlacement.onScreen(new ViewerPreferences.WindowPosition(100, -200), size, laptop),
                "the title bar is above the screen");
    }

    @Test
    void damagedValuesAreIgnored() {
        node.put("date", "yesterday");
        node.putDouble("map.zoom", 99);
        node.put("theme", "PURPLE");
        node.putDouble("window.width", 99_999);
        node.putDouble("window.height", 700);
        node.put("window.x", "left");
        assertEquals(Optional.empty(), prefs.lastDate());
        assertEquals(Optional.empty(), prefs.mapState());
        assertEquals(Theme.SYSTEM, prefs.theme());
        assertEquals(Optional.empty(), prefs.windowPosition());
        assertEquals(new ViewerPreferences.WindowSize(4000, 700), prefs.windowSizeOr(new ViewerPreferences.WindowSize(1200, 800)));
        node.remove("window.height");
        assertEquals(new ViewerPreferences.WindowSize(1200, 800), prefs.windowSizeOr(new ViewerPreferences.WindowSize(1200, 800)),
                "a width without a height is no size");
    }

    @Test
    void systemThemeFollowsGtkThemeAndDefaultsToLight() {
        assertEquals(true, Theme.SYSTEM.isDark(java.util.Map.of("GTK_THEME", "Adwaita:dark")));
        assertEquals(false, Theme.SYSTEM.isDark(java.util.Map.of()));
        assertEquals(true, Theme.DARK.isDark(java.util.Map.of()));
    }
}
