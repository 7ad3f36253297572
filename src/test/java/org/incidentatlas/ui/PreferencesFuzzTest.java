package org.incidentatlas.ui;

import java.util.prefs.Preferences;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the viewer's preferences: whatever text is stored under each key, what the viewer reads is
 * usable (finite, in range) and what it saves back reads the same (issue 16, defect 5).
 */
class PreferencesFuzzTest {

    private static final String[] KEYS = {"window.width", "window.height", "window.x", "window.y", "map.lat", "map.lon", "map.zoom", "date", "theme"};

    @Property(tries = 200, seed = "1605")
    void anyStoredValuesGiveAUsableWindow(@ForAll("values") String[] values) throws Exception {
        Preferences node = Preferences.userRoot().node(System.getProperty(ViewerPreferences.NODE_PROPERTY, "incident-atlas-test") + "-fuzz");
        try {
            node.clear();
            for (int i = 0; i < KEYS.length; i++) {
                if (values[i] != null) {
                    node.put(KEYS[i], values[i]);
                }
            }
            ViewerPreferences prefs = new ViewerPreferences(node);
            ViewerPreferences.WindowSize size = prefs.windowSizeOr(new ViewerPreferences.WindowSize(1200, 800));
            if (!(size.width() >= 640 && size.width() <= 4000 && size.height() >= 480 && size.height() <= 3000)) {
                throw new AssertionError("unusable size " + size);
            }
            prefs.windowPosition().ifPresent(p -> {
                if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                    throw new AssertionError("position " + p);
                }
            });
            prefs.mapState().ifPresent(state -> {
                if (!ViewerPreferences.valid(state)) {
                    throw new AssertionError("map state " + state);
                }
                prefs.saveMapState(state);
                if (!prefs.mapState().equals(java.util.Optional.of(state))) {
                    throw new AssertionError("map state changed when saved back");
                }
            });
            prefs.lastDate();
            prefs.theme();
        } finally {
            node.removeNode();
        }
    }

    @Provide
    Arbitrary<String[]> values() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("NaN", "Infinity", "-Infinity", "1e308", "-0", "", "8.5", "40.5", "72.8", "1200", "DARK", "2010-05-14",
                        "+999999999-12-31", "PURPLE"),
                Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf),
                // java.util.prefs itself refuses U+0000 in a value, so no store can hold one.
                Arbitraries.strings().excludeChars((char) 0).ofMaxLength(12),
                Arbitraries.just(null));
        return value.array(String[].class).ofSize(KEYS.length);
    }
}
