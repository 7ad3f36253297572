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
        assertTrue(tiles.tile(7, cx - 3, cy - 2).isDone(), "then every tile asked");
        tiles.firstScreenDrawn().get(30, TimeUnit.SECONDS);
    }

    @Test
    void theTilesOfTheWindowAreDrawnAheadNearestTheCentreFirstAndAreThereWhenTheMapAsks() throws Exception {
        java.util.PriorityQueue<Runnable> queued = new java.util.PriorityQueue<>();
        MapTiles tiles = new MapTiles(renderer, Optional.empty(), queued::add, 64);
        MapPoint centre = new MapPoint(41.45, 72.7);
        // Zoom 7.9 shows tiles of level 8 (Gluon's rule) at 2^-0.1 of their size: 1000 x 600 pixels of the map
        // cover 4.2 x 2.5 of them around the centre, so 5 or 6 columns of 3 or 4 rows.
        tiles.drawAhead(centre, 7.9, 1000, 600);
        assertTrue(queued.size() >= 15 && queued.size() <= 24, queued.size() + " tiles drawn ahead, only those in the window");
        long cx = (long) (WebMercator.x(centre.getLongitude(), 8) / WebMercator.TILE_SIZE);
        long cy = (long) (WebMercator.y(centre.getLatitude(), 8) / WebMercator.TILE_SIZE);
        queued.poll().run();
        assertTrue(tiles.tile(8, cx, cy).isDone(), "the tile under the centre is drawn first");
        assertFalse(tiles.tile(8, cx + 1, cy + 1).isDone() && tiles.tile(8, cx - 1, cy - 1).isDone(), "then the others");
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertTrue(tiles.tile(8, cx + 1, cy).isDone() && tiles.tile(8, cx - 1, cy).isDone(), "the neighbours drawn ahead are there when asked");
    }

    @Test
    void theFirstScreenIsNotDrawnBeforeItsLayoutPassHasAskedEveryTileEvenWhenTheFirstWasDrawnAhead() throws Exception {
        java.util.PriorityQueue<Runnable> queued = new java.util.PriorityQueue<>();
        MapTiles tiles = new MapTiles(renderer, Optional.empty(), queued::add, 64);
        MapPoint centre = new MapPoint(41.45, 72.7);
        long cx = (long) (WebMercator.x(centre.getLongitude(), 7) / WebMercator.TILE_SIZE);
        long cy = (long) (WebMercator.y(centre.getLatitude(), 7) / WebMercator.TILE_SIZE);
        tiles.drawAhead(centre, 7, 600, 400);
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        // As Gluon asks a view's tiles: on the JavaFX thread, in one layout pass; the first is drawn, the second, far away, is not.
        CompletableFuture<Boolean> firstThere = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            firstThere.complete(tiles.tile(7, cx, cy).isDone());
            tiles.tile(7, cx + 20, cy);
        });
        assertTrue(firstThere.get(30, TimeUnit.SECONDS), "the tile drawn ahead is there when asked");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tiles.firstScreenDrawn().isDone(), "the far tile is still to draw");
        queued.poll().run();
        tiles.firstScreenDrawn().get(30, TimeUnit.SECONDS);
        assertEquals(0, tiles.pendingTiles());
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
        tiles.firstScreenDrawn().get(30, TimeUnit.SECONDS);
    }

    private static void assertNotSameImage(Image a, Image b) {
        assertTrue(a != b, "evicted from a cache of two and drawn again");
    }
}
