package org.incidentatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.gluonhq.maps.MapPoint;

import javafx.scene.image.Image;

import org.incidentatlas.geo.WebMercator;

import org.incidentatlas.rendering.BasemapData;
import org.incidentatlas.rendering.BasemapRenderer;
import org.incidentatlas.rendering.BasemapStyle;
import org.incidentatlas.rendering.MbTiles;
import org.incidentatlas.rendering.MbTilesFixture;
import org.incidentatlas.rendering.vector.UserBasemap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class MapTilesTest {

    private static BasemapRenderer renderer;

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        renderer = new BasemapRenderer(BasemapData.loadBundled(), BasemapStyle.PRINT);
    }

    @Test
    void userTileIsShownWhereTheFileHasOneAndTheDrawnMapElsewhere() throws Exception {
        Path file = MbTilesFixture.oneTile(dir.resolve("one.mbtiles"), 9, 359, 192, Color.RED);
        MapTiles tiles = new MapTiles(renderer, Optional.of(new UserBasemap.Raster(MbTiles.open(file))), Runnable::run, 16);

        Image user = tiles.tile(9, 359, 192).get();
        assertEquals(0xFFFF0000, user.getPixelReader().getArgb(128, 128));

        Image drawn = tiles.tile(9, 360, 192).get();
        assertNotEquals(0xFFFF0000, drawn.getPixelReader().getArgb(128, 128));
        assertEquals(0xFF, drawn.getPixelReader().getArgb(128, 128) >>> 24, "drawn tiles are opaque");
    }

    @Test
    void corruptBasemapGivesAClearMessageAndTheDrawnMap() throws Exception {
        Path corrupt = Files.write(dir.resolve("broken.mbtiles"), new byte[] {1, 2, 3, 4, 5});
        BasemapSetup.Result result = BasemapSetup.install(Optional.of(corrupt));
        String message = result.warning().orElseThrow();
        assertTrue(message.contains(corrupt.toString()) && message.contains("neither an MBTiles file"), message);
        Image tile = result.tiles().tile(9, 359, 192).get();
        assertEquals(256 + MapTiles.MARGIN, tile.getWidth(), "a drawn tile, with its overlap margin");
        assertSame(result.tiles(), OfflineTileRetriever.installed());
    }

    @Test
    void missingBasemapNamesTheFile() {
        Path missing = dir.resolve("missing.mbtiles");
        String message = BasemapSetup.install(Optional.of(missing)).warning().orElseThrow();
        assertTrue(message.contains(missing.toString()) && message.contains("does not exist"), message);
    }

    @Test
    void tilesAreCachedAndTheCacheIsBounded() throws Exception {
        MapTiles tiles = new MapTiles(renderer, Optional.empty(), Runnable::run, 2);
        Image first = tiles.tile(7, 89, 48).get();
        assertSame(first, tiles.tile(7, 89, 48).get(), "cached");
        tiles.tile(7, 90, 48).get();
        tiles.tile(7, 91, 48).get();
        assertNotSameImage(first, tiles.tile(7, 89, 48).get());
    }

    @Test
    void theTilesNearestTheMapsCentreAreDrawnFirst() throws Exception {
        java.util.PriorityQueue<Runnable> queued = new java.util.PriorityQueue<>();
        MapTiles tiles = new MapTiles(renderer, Optional.empty(), queued::add, 64);
        MapPoint centre = new MapPoint(41.45, 72.7);
        tiles.drawNearestFirst(() -> centre);
        long cx = (long) (WebMercator.x(centre.getLongitude(), 7) / WebMercator.TILE_SIZE);
        long cy = (long) (WebMercator.y(centre.getLatitude(), 7) / WebMercator.TILE_SIZE);
        // Asked as Gluon asks a view's tiles: column by column, from a corner of the margin it adds around the view.
        for (long x = cx - 3; x <= cx + 2; x++) {
            for (long y = cy - 2; y <= cy + 2; y++) {
                tiles.tile(7, x, y);
            }
        }
        queued.poll().run();
        assertTrue(tiles.tile(7, cx, cy).isDone(), "the tile under the centre is drawn first");
        assertFalse(tiles.tile(7, cx - 3, cy - 2).isDone(), "the corner waits");
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertTrue(tiles.tile(7, cx - 3, cy - 2).isDone() && tiles.firstScreenDrawn().isDone(), "then every tile asked");
    }

    @Test
    void tilesAskedForWhileTheMapIsStillReadArriveOnceItIsAndThenTheFirstScreenIsDrawn() throws Exception {
        CompletableFuture<BasemapRenderer> beingRead = new CompletableFuture<>();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            MapTiles tiles = new MapTiles(beingRead, BasemapStyle.PRINT, CompletableFuture.completedFuture(Optional.empty()), workers, 16);
            CompletableFuture<Image> left = tiles.tile(7, 89, 48);
            CompletableFuture<Image> right = tiles.tile(7, 90, 48);
            Thread.sleep(200);
            assertFalse(left.isDone() || right.isDone() || tiles.firstScreenDrawn().isDone(), "nothing drawn before the map is read");

            beingRead.complete(renderer);
            Image drawn = left.get(30, TimeUnit.SECONDS);
            right.get(30, TimeUnit.SECONDS);
            tiles.firstScreenDrawn().get(30, TimeUnit.SECONDS);
            assertEquals(0, tiles.pendingTiles());
            assertNotEquals(BasemapStyle.PRINT.outside().getRGB() | 0xFF000000,
                    drawn.getPixelReader().getArgb(128, 128), "a drawn tile, not the blank one");
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aMapThatCannotBeReadGivesCalmBlankTiles() throws Exception {
        MapTiles tiles = new MapTiles(CompletableFuture.failedFuture(new IllegalStateException("countries.geojson is missing")),
                BasemapStyle.PRINT, CompletableFuture.completedFuture(Optional.empty()), Runnable::run, 16);
        Image tile = tiles.tile(7, 89, 48).get();
        assertEquals(BasemapStyle.PRINT.outside().getRGB() | 0xFF000000, tile.getPixelReader().getArgb(128, 128));
        assertTrue(tiles.firstScreenDrawn().isDone());
    }

    private static void assertNotSameImage(Image a, Image b) {
        assertTrue(a != b, "evicted from a cache of two and drawn again");
    }
}
