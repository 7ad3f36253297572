package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.geo.WebMercator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasemapRendererTest {

    private static BasemapRenderer renderer;

    @BeforeAll
    static void loadData() {
        renderer = new BasemapRenderer(BasemapData.loadBundled(), BasemapStyle.PRINT);
    }

    @Test
    void tileOverIssykKulIsMostlyWater() {
        BufferedImage tile = tileAt(42.43, 77.25, 10);
        assertTrue(shareNear(tile, BasemapStyle.PRINT.water(), 12) > 0.6,
                "share of water-coloured pixels: " + shareNear(tile, BasemapStyle.PRINT.water(), 12));
    }

    @Test
    void tileFarOutsideTheDataIsTheNeutralColourAndOpaque() {
        BufferedImage tile = tileAt(0, 0, 6);
        int outside = BasemapStyle.PRINT.outside().getRGB();
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                assertEquals(outside, tile.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 7, 8, 9, 10})
    void tilesAroundOshShowReliefAndLines(int zoom) {
        BufferedImage tile = tileAt(40.53, 72.80, zoom);
        // A few relief pixels may happen to match the neutral colour; a gap would be thousands.
        assertTrue(shareNear(tile, BasemapStyle.PRINT.outside(), 0) < 0.01, "Osh lies inside the data area");
        assertTrue(distinctColours(tile) > 20, "a drawn tile has relief and lines, not one flat colour");
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 14, 15, 16, 18})
    void overzoomedTilesAroundOshAreOpaqueLandNeverBlank(int zoom) {
        BufferedImage tile = tileAt(40.53, 72.80, zoom);
        assertTrue(shareNear(tile, BasemapStyle.PRINT.outside(), 0) < 0.01, "drawn land, not the neutral outside");
        for (int y = 0; y < 256; y += 5) {
            for (int x = 0; x < 256; x += 5) {
                assertEquals(0xFF, tile.getRGB(x, y) >>> 24, "opaque");
            }
        }
    }

    @Test
    void lowZoomTileShowsTheDataInsideTheWorldLayer() {
        BufferedImage tile = tileAt(40.53, 72.80, 3);
        // The tile spans lon 45-90, lat 0-41: Iran, Afghanistan, India are drawn land, the Arabian Sea
        // and the Bay of Bengal sea; the detailed region is neither.
        double land = shareNear(tile, BasemapStyle.PRINT.land(), 0);
        double sea = shareNear(tile, BasemapStyle.PRINT.outside(), 0);
        assertTrue(land > 0.3, "share of world-layer land: " + land);
        assertTrue(sea > 0.2 && sea < 0.6, "share of sea: " + sea);
        assertTrue(land + sea < 0.99, "the detailed region shows too");
    }

    @Test
    void tileAtZoom15InOshShowsTheBorderWithUzbekistan() {
        // The border runs about 4 km west of Osh's centre; at zoom 15 a tile is about 0.9 km wide.
        double lat = 40.5283, lon = 72.7800;
        boolean sawBorder = false;
        for (int dx = -20; dx <= 0 && !sawBorder; dx++) {
            long x = (long) Math.floor(WebMercator.x(lon, 15) / 256) + dx;
            long y = (long) Math.floor(WebMercator.y(lat, 15) / 256);
            sawBorder = shareNear(renderer.renderTile(15, x, y), BasemapStyle.PRINT.border(), 30) > 0.002;
        }
        assertTrue(sawBorder, "the Kyrgyz-Uzbek border is drawn near Osh at zoom 15");
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 9, 12})
    void neighbouringTilesMeetWithoutSeams(int zoom) {
        long x = (long) Math.floor(WebMercator.x(72.8, zoom) / 256);
        long y = (long) Math.floor(WebMercator.y(40.53, zoom) / 256);
        BufferedImage whole = new BufferedImage(512, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = whole.createGraphics();
        renderer.paint(g, new Viewport(zoom, x * 256.0, y * 256.0, 512, 256));
        g.dispose();
        BufferedImage left = renderer.renderTile(zoom, x, y);
        BufferedImage right = renderer.renderTile(zoom, x + 1, y);
        int different = 0;
        for (int row = 0; row < 256; row++) {
            for (int col = 0; col < 256; col++) {
                different += distance(whole.getRGB(col, row), left.getRGB(col, row)) > 24 ? 1 : 0;
                different += distance(whole.getRGB(256 + col, row), right.getRGB(col, row)) > 24 ? 1 : 0;
            }
        }
        assertTrue(different < 40, "pixels differing between two tiles and one 512-px picture: " + different);
    }

    private static BufferedImage tileAt(double lat, double lon, int zoom) {
        long x = (long) Math.floor(WebMercator.x(lon, zoom) / 256);
        long y = (long) Math.floor(WebMercator.y(lat, zoom) / 256);
        return renderer.renderTile(zoom, x, y);
    }

    private static double shareNear(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += distance(img.getRGB(x, y), c.getRGB()) <= tolerance ? 1 : 0;
            }
        }
        return n / (double) (img.getWidth() * img.getHeight());
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static int distance(int a, int b) {
        return Math.max(Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)),
                Math.max(Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)), Math.abs((a & 255) - (b & 255))));
    }

    @Test
    void aTileWithAMarginEndsWithItsNeighboursFirstColumnAndRow() {
        // Osh at zoom 9: tiles shown overlapping by the margin must show the same map there.
        BufferedImage tile = renderer.renderTile(9, 359, 190, 1);
        BufferedImage right = renderer.renderTile(9, 360, 190);
        BufferedImage below = renderer.renderTile(9, 359, 191);
        assertEquals(257, tile.getWidth());
        int same = 0;
        for (int k = 0; k < 256; k++) {
            same += tile.getRGB(256, k) == right.getRGB(0, k) ? 1 : 0;
            same += tile.getRGB(k, 256) == below.getRGB(k, 0) ? 1 : 0;
        }
        // Antialiased strokes crossing the edge may differ by a level; the relief is sampled identically.
        assertTrue(same > 480, same + " of 512 edge pixels match the neighbours");
    }
}
