package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import org.incidentatlas.geo.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Zoomed out, the map shows the continent around the region, with country names where they fit. */
class WorldLayerTest {

    private static BasemapData data;

    @BeforeAll
    static void load() {
        data = BasemapData.loadBundled();
    }

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(booleans = {false, true})
    void zoomedOutThePlacesBeyondTheRegionAreLandAndTheSeaIsSea(boolean dark) {
        MapTheme theme = MapTheme.of(dark);
        Viewport v = Viewport.centredOn(42, 72, 3, 1200, 800);
        BufferedImage image = new MapPicture(List.of(new BasemapRenderer(data, theme.basemap()))).render(v);
        // Outside the detailed data area (lon 64-82, lat 36-46): steppe of Kazakhstan, Tibet, Mongolia.
        double[][] land = {{49, 70}, {33, 95}, {47, 103}, {55, 40}};
        for (double[] p : land) {
            assertNear(theme.basemap().land(), image, v, p[0], p[1], "land at " + p[0] + "," + p[1]);
        }
        // The Arabian Sea and the middle of the Caspian.
        assertNear(theme.basemap().outside(), image, v, 15, 65, "the Arabian Sea");
        assertNear(theme.basemap().outside(), image, v, 42, 50.5, "the Caspian Sea");
    }

    @Test
    void theDetailedReliefStillShowsInsideTheRegion() {
        Viewport v = Viewport.centredOn(42, 72, 3, 1200, 800);
        BufferedImage image = new MapPicture(List.of(new BasemapRenderer(data, BasemapStyle.PRINT))).render(v);
        int rgb = image.getRGB((int) v.screenX(74), (int) v.screenY(41.5));
        assertTrue(distance(rgb, BasemapStyle.PRINT.land()) > 8, "relief of Kyrgyzstan, not flat land: " + Integer.toHexString(rgb));
    }

    @Test
    void theCountriesOfTheWholeWorldAreBundledWithRoomForTheirNames() {
        List<CountryName> names = BasemapData.countryNames();
        assertTrue(names.size() > 150, "countries: " + names.size());
        CountryName kazakhstan = names.stream().filter(c -> c.name().equals("Kazakhstan")).findFirst().orElseThrow();
        CountryName kyrgyzstan = names.stream().filter(c -> c.name().equals("Kyrgyzstan")).findFirst().orElseThrow();
        // Each name's spot lies inside its country: Kazakhstan's in the steppe, Kyrgyzstan's in the Tian Shan.
        assertTrue(kazakhstan.lat() > 44 && kazakhstan.lat() < 52 && kazakhstan.lon() > 60 && kazakhstan.lon() < 78, kazakhstan.toString());
        assertTrue(kyrgyzstan.lat() > 40 && kyrgyzstan.lat() < 43 && kyrgyzstan.lon() > 71 && kyrgyzstan.lon() < 78, kyrgyzstan.toString());
        assertTrue(kazakhstan.room() > 3 * kyrgyzstan.room());
    }

    @ParameterizedTest(name = "zoom {0}")
    @ValueSource(doubles = {3, 3.5, 4, 5, 6})
    void countryNamesArePlacedWithoutOverlapsAndInsideThePicture(double zoom) {
        Viewport v = Viewport.centredOn(42, 72, zoom, 1200, 800);
        List<PlacedLabel> labels = new PlaceLabelOverlay(List.of()).labels(v);
        assertFalse(labels.isEmpty(), "some country is named at zoom " + zoom);
        for (int i = 0; i < labels.size(); i++) {
            assertTrue(labels.get(i).box().inside(v.width(), v.height()), labels.get(i).toString());
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).box().intersects(labels.get(j).box()),
                        labels.get(i).place().name() + " overlaps " + labels.get(j).place().name());
            }
        }
    }

    @ParameterizedTest(name = "zoom {0}: {1} named = {2}")
    @CsvSource(textBlock = """
            3,   KAZAKHSTAN, true
            3,   CHINA,      true
            3,   KYRGYZSTAN, false
            5.5, KYRGYZSTAN, true
            8,   KYRGYZSTAN, false
            8,   KAZAKHSTAN, false
            """)
    void aCountryIsNamedOnlyAtZoomsWhereTheNameFitsItAndBeforeRegionScale(double zoom, String name, boolean named) {
        Viewport v = Viewport.centredOn(42, 74, zoom, 1200, 800);
        List<String> shown = new PlaceLabelOverlay(List.of()).labels(v).stream().map(l -> l.place().name()).toList();
        assertEquals(named, shown.contains(name), "names at zoom " + zoom + ": " + shown);
    }

    private static void assertNear(Color expected, BufferedImage image, Viewport v, double lat, double lon, String what) {
        int rgb = image.getRGB((int) Math.round(v.screenX(lon)), (int) Math.round(v.screenY(lat)));
        assertTrue(distance(rgb, expected) <= 2, what + ": expected " + Integer.toHexString(expected.getRGB())
                + " but was " + Integer.toHexString(rgb));
    }

    private static int distance(int rgb, Color c) {
        return Math.abs(((rgb >> 16) & 255) - c.getRed()) + Math.abs(((rgb >> 8) & 255) - c.getGreen())
                + Math.abs((rgb & 255) - c.getBlue());
    }
}
