package org.incidentatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WebMercatorTest {

    @Test
    void worldIsOneTileAtZoomZeroAndDoublesPerZoom() {
        assertEquals(256, WebMercator.worldSize(0), 1e-9);
        assertEquals(256 * 1024, WebMercator.worldSize(10), 1e-9);
        assertEquals(256 * Math.sqrt(2), WebMercator.worldSize(0.5), 1e-9);
    }

    @Test
    void equatorAndPrimeMeridianAreTheWorldCentre() {
        assertEquals(128, WebMercator.x(0, 0), 1e-9);
        assertEquals(128, WebMercator.y(0, 0), 1e-9);
        assertEquals(0, WebMercator.y(WebMercator.MAX_LATITUDE, 0), 1e-6);
    }

    /** Tile numbers from the OpenStreetMap slippy-map convention, which Gluon Maps follows. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            # lat,    lon,     zoom, tileX, tileY
            40.5283,  72.7985, 12,   2876,  1542
            42.87,    74.59,   10,   724,   376
            40.5283,  72.7985, 6,    44,    24
            """)
    void knownPlacesFallInTheirSlippyMapTiles(double lat, double lon, int zoom, long tileX, long tileY) {
        assertEquals(tileX, (long) Math.floor(WebMercator.x(lon, zoom) / 256));
        assertEquals(tileY, (long) Math.floor(WebMercator.y(lat, zoom) / 256));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            40.53, 72.80, 14
            -33.9, 18.4,  3.5
            46.0,  64.0,  9
            """)
    void pixelsRoundTripToTheSameCoordinates(double lat, double lon, double zoom) {
        assertEquals(lat, WebMercator.lat(WebMercator.y(lat, zoom), zoom), 1e-9);
        assertEquals(lon, WebMercator.lon(WebMercator.x(lon, zoom), zoom), 1e-9);
    }

    @Test
    void metresPerPixelMatchesTheKnownEquatorValue() {
        assertEquals(156_543.03, WebMercator.metresPerPixel(0, 0), 0.01);
        assertEquals(156_543.03 / 4096 * Math.cos(Math.toRadians(40.5)), WebMercator.metresPerPixel(40.5, 12), 0.001);
    }

    @Test
    void zoomIsRecoveredFromPixelsPerDegree() {
        double perDegree = WebMercator.x(1, 7.25) - WebMercator.x(0, 7.25);
        assertEquals(7.25, WebMercator.zoomForPixelsPerDegree(perDegree), 1e-9);
    }

    @Test
    void centredViewportPutsTheCentreInTheMiddle() {
        Viewport v = Viewport.centredOn(40.53, 72.8, 12, 800, 600);
        assertEquals(400, v.screenX(72.8), 1e-6);
        assertEquals(300, v.screenY(40.53), 1e-6);
        assertEquals(40.53, v.centreLat(), 1e-9);
        assertEquals(72.8, v.centreLon(), 1e-9);
    }
}
