package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incidentatlas.geo.WebMercator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleBarTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # lat,  zoom, label
            40.53,  6,    200 km
            40.53,  9,    20 km
            40.53,  12,   2 km
            40.53,  15,   200 m
            """)
    void picksARoundLengthThatFits(double lat, double zoom, String label) {
        ScaleBar bar = ScaleBar.fitting(lat, zoom, 120);
        assertEquals(label, bar.label());
        assertTrue(bar.pixels() <= 120 && bar.pixels() > 40, "pixels: " + bar.pixels());
        assertEquals(bar.metres(), bar.pixels() * WebMercator.metresPerPixel(lat, zoom), 1e-6);
    }
}
