package org.incidentatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javafx.scene.image.Image;

import org.incidentatlas.rendering.BasemapData;
import org.incidentatlas.rendering.BasemapRenderer;
import org.incidentatlas.rendering.BasemapStyle;
import org.incidentatlas.rendering.vector.SyntheticOsh;
import org.incidentatlas.rendering.vector.UserBasemap;
import org.incidentatlas.rendering.vector.VectorStyle;
import org.incidentatlas.geo.WebMercator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The app's tiles with the user's vector tiles: streets at city zoom, in the theme's style, on another file chosen. */
class VectorMapTilesTest {

    static final double LENIN_LON = 72.8002, LAT = 40.5300;

    @TempDir
    static Path dir;
    static Path osh;
    static BasemapData data;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        data = BasemapData.loadBundled();
        osh = SyntheticOsh.map().writePmTiles(dir.resolve("osh.pmtiles"), 14, 14, false);
    }

    @Test
    void aCityTileShowsTheStreetsInTheStyleOfTheTheme() throws Exception {
        MapTiles tiles = new MapTiles(new BasemapRenderer(data, BasemapStyle.PRINT), Optional.of(UserBasemap.open(osh)), Runnable::run, 16);
        assertEquals(8, onLeninStreet(tiles, 16, VectorStyle.LIGHT.primary()), "Lenin Street down the tile");
        tiles.restyle(new BasemapRenderer(data, BasemapStyle.DARK));
        assertEquals(8, onLeninStreet(tiles, 16, VectorStyle.DARK.primary()), "the same street at night");
    }

    @Test
    void atRegionZoomTheDrawnMapIsShown() throws Exception {
        MapTiles tiles = new MapTiles(new BasemapRenderer(data, BasemapStyle.PRINT), Optional.of(UserBasemap.open(osh)), Runnable::run, 16);
        assertEquals(0, onLeninStreet(tiles, 9, VectorStyle.LIGHT.primary()));
    }

    @Test
    void choosingAnotherBaseMapRedrawsTheTiles() throws Exception {
        MapTiles tiles = new MapTiles(new BasemapRenderer(data, BasemapStyle.PRINT), Optional.empty(), Runnable::run, 16);
        assertEquals(0, onLeninStreet(tiles, 16, VectorStyle.LIGHT.primary()), "no streets in the drawn map");
        tiles.useBasemap(CompletableFuture.completedFuture(Optional.of(UserBasemap.open(osh))));
        assertEquals(8, onLeninStreet(tiles, 16, VectorStyle.LIGHT.primary()), "the chosen file's streets");
        assertTrue(tiles.basemap().isPresent());
    }

    /** How many of 8 points down Lenin Street, in the tile that holds it, have the road's colour. */
    private static int onLeninStreet(MapTiles tiles, int zoom, Color road) throws Exception {
        double wx = WebMercator.x(LENIN_LON, zoom), wy = WebMercator.y(LAT, zoom);
        long tx = (long) Math.floor(wx / 256), ty = (long) Math.floor(wy / 256);
        Image tile = tiles.tile(zoom, tx, ty).get();
        int px = (int) Math.round(wx - tx * 256);
        int hits = 0;
        for (int k = 0; k < 8; k++) {
            int argb = tile.getPixelReader().getArgb(px, 8 + k * 30);
            Color c = new Color(argb & 0xFFFFFF);
            if (Math.abs(c.getRed() - road.getRed()) + Math.abs(c.getGreen() - road.getGreen()) + Math.abs(c.getBlue() - road.getBlue()) <= 12) {
                hits++;
            }
        }
        return hits;
    }
}
