package org.incidentatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ZoomingTest {

    @Test
    void thePointUnderThePointerStaysUnderIt() {
        Viewport v = Viewport.centredOn(41.45, 72.7, 7, 1200, 700);
        double x = 900, y = 150;
        double lat = WebMercator.lat(v.top() + y, v.zoom());
        double lon = WebMercator.lon(v.left() + x, v.zoom());
        for (double zoom : new double[] {4.5, 7.5, 9, 12.25}) {
            Viewport z = v.zoomedAbout(zoom, x, y);
            assertEquals(x, z.screenX(lon), 1e-6);
            assertEquals(y, z.screenY(lat), 1e-6);
            assertEquals(zoom, z.zoom());
        }
    }

    @Test
    void framingShowsTheWholeBoxAsCloseAsItFits() {
        double south = 39.4, west = 69.2, north = 43.0, east = 75.9;
        for (int[] size : new int[][] {{1600, 700}, {560, 330}}) {
            Viewport v = Viewport.framing(south, west, north, east, size[0], size[1], 16);
            assertTrue(v.screenX(west) >= -1e-6 && v.screenX(east) <= size[0] + 1e-6);
            assertTrue(v.screenY(north) >= -1e-6 && v.screenY(south) <= size[1] + 1e-6);
            // As close as it fits: one side of the box touches the window's edges.
            double fill = Math.max((v.screenX(east) - v.screenX(west)) / size[0], (v.screenY(south) - v.screenY(north)) / size[1]);
            assertEquals(1, fill, 1e-6);
        }
        assertEquals(10, Viewport.framing(41, 72, 41.01, 72.01, 800, 600, 10).zoom(), "never closer than asked");
    }

    @Test
    void tenWheelNotchesTakeTheMapFromCountryToCity() {
        double zoom = 6;
        for (int notch = 0; notch < 10; notch++) {
            zoom += ZoomSteps.forWheel(40, 40);
        }
        assertEquals(11, zoom, 1e-9);
        assertEquals(-0.5, ZoomSteps.forWheel(-40, 40));
        assertEquals(0.05, ZoomSteps.forWheel(4, 40), 1e-9, "a trackpad's small scroll is a small step");
    }

    @Test
    void zoomStaysWhereTheWorldFillsTheWindow() {
        assertEquals(ZoomSteps.MAX_ZOOM, ZoomSteps.clamp(30, 600));
        assertEquals(ZoomSteps.MIN_ZOOM, ZoomSteps.clamp(0, 600));
        assertTrue(ZoomSteps.clamp(0, 3000) * 1 >= Math.log(3000 / 256.0) / Math.log(2) - 1e-9);
    }
}
