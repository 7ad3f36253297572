package org.incidentatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

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

class TileDiskCacheTest {

    private static final String BUILD = "jar 1234abcd 3000000 bytes, Java 17";
    private static final int SIDE = WebMercator.TILE_SIZE + MapTiles.MARGIN;
    private static BasemapRenderer light;

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        light = new BasemapRenderer(BasemapData.loadBundled(), BasemapStyle.PRINT);
    }

    @Test
    void aTileSavedByOneRunShowsTheSamePixelsInTheNextWithoutBeingDrawn() throws Exception {
        TileDiskCache firstRun = new TileDiskCache(dir, BUILD, 16);
        MapTiles drawing = tilesKeptIn(CompletableFuture.completedFuture(light), firstRun);
        Image drawn = drawing.tile(9, 359, 192).get();
        firstRun.awaitWritten();

        // The next run's map cannot be drawn at all: what it shows can only come from the saved file.
        MapTiles nextRun = tilesKeptIn(CompletableFuture.failedFuture(new IllegalStateException("not drawn")),
                new TileDiskCache(dir, BUILD, 16));
        Image saved = nextRun.tile(9, 359, 192).get();

        assertEquals(SIDE, saved.getWidth());
        assertArrayEquals(argb(drawn), argb(saved));
        assertNotEquals(blankArgb(), saved.getPixelReader().getArgb(128, 128), "the map, not the blank tile of a map that cannot be drawn");
    }

    @Test
    void nothingIsWrittenBeforeWritingStartsAndEverythingSavedIsWrittenAfter() throws Exception {
        TileDiskCache cache = new TileDiskCache(dir, BUILD, 16);
        cache.save("light", 3, 5, 2, 4, solid(4, 0xFF102030));
        assertEquals(List.of(), tileFiles(), "the first screen is drawn before anything is written");

        cache.startWriting();
        cache.awaitWritten();
        assertEquals(1, tileFiles().size());
        assertArrayEquals(solid(4, 0xFF102030), argb(cache.read("light", 3, 5, 2, 4).orElseThrow()));
    }

    @Test
    void aTruncatedOrDamagedFileIsNotUsedAndTheTileIsDrawnAndSavedAgain() throws Exception {
        TileDiskCache cache = new TileDiskCache(dir, BUILD, 16);
        MapTiles tiles = tilesKeptIn(CompletableFuture.completedFuture(light), cache);
        int[] drawn = argb(tiles.tile(9, 359, 192).get());
        cache.awaitWritten();
        Path file = tileFiles().get(0);
        byte[] whole = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(cache.read("light", 9, 359, 192, SIDE).isEmpty(), "truncated");
        byte[] damaged = whole.clone();
        damaged[damaged.length - 300] ^= 0x55;
        Files.write(file, damaged);
        assertTrue(cache.read("light", 9, 359, 192, SIDE).isEmpty(), "a byte changed in the pixels");
        Files.write(file, "not a tile".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(cache.read("light", 9, 359, 192, SIDE).isEmpty(), "another file");

        TileDiskCache nextRun = new TileDiskCache(dir, BUILD, 16);
        MapTiles redrawing = tilesKeptIn(CompletableFuture.completedFuture(light), nextRun);
        assertArrayEquals(drawn, argb(redrawing.tile(9, 359, 192).get()), "drawn instead, never an error tile");
        nextRun.awaitWritten();
        assertArrayEquals(drawn, argb(nextRun.read("light", 9, 359, 192, SIDE).orElseThrow()), "and saved again whole");
    }

    @Test
    void aTileOfAnotherBuildStyleOrPlaceIsNeverRead() throws Exception {
        TileDiskCache cache = new TileDiskCache(dir, BUILD, 16);
        cache.save("light", 9, 359, 192, 4, solid(4, 0xFF336699));
        cache.startWriting();
        cache.awaitWritten();
        assertTrue(cache.read("light", 9, 359, 192, 4).isPresent());

        assertTrue(cache.read("dark", 9, 359, 192, 4).isEmpty(), "style");
        assertTrue(cache.read("light", 10, 359, 192, 4).isEmpty(), "zoom");
        assertTrue(cache.read("light", 9, 360, 192, 4).isEmpty(), "column");
        assertTrue(cache.read("light", 9, 359, 193, 4).isEmpty(), "row");
        assertTrue(cache.read("light", 9, 359, 192, 5).isEmpty(), "pixel size");

        TileDiskCache newBuild = new TileDiskCache(dir, "jar 99999999 3000001 bytes, Java 17", 16);
        assertTrue(newBuild.read("light", 9, 359, 192, 4).isEmpty(), "another jar (other code or other map data)");
        // Even were the file found in the new build's folder, its header names the build that drew it.
        Path copied = newBuild.folder().resolve(dir.relativize(tileFiles().get(0)).subpath(1, 4));
        Files.createDirectories(copied.getParent());
        Files.copy(tileFiles().get(0), copied);
        assertTrue(newBuild.read("light", 9, 359, 192, 4).isEmpty(), "a file of another build under the new build's name");

        newBuild.startWriting();
        newBuild.awaitWritten();
        assertFalse(Files.exists(cache.folder()), "the old build's tiles are deleted: they can never be read again");
    }

    @Test
    void aDarkMapSavesItsOwnTiles() throws Exception {
        TileDiskCache cache = new TileDiskCache(dir, BUILD, 16);
        MapTiles tiles = tilesKeptIn(CompletableFuture.completedFuture(light), cache);
        Image lightTile = tiles.tile(9, 359, 192).get();
        tiles.restyle(new BasemapRenderer(BasemapData.loadBundled(), BasemapStyle.DARK));
        Image darkTile = tiles.tile(9, 359, 192).get();
        cache.awaitWritten();

        assertArrayEquals(argb(lightTile), argb(cache.read("light", 9, 359, 192, SIDE).orElseThrow()));
        assertArrayEquals(argb(darkTile), argb(cache.read("dark", 9, 359, 192, SIDE).orElseThrow()));
        assertFalse(Arrays.equals(argb(lightTile), argb(darkTile)));
    }

    @Test
    void theUsersOwnTilesAreNotSaved() throws Exception {
        Path file = MbTilesFixture.oneTile(dir.resolve("one.mbtiles"), 9, 359, 192, Color.RED);
        TileDiskCache cache = new TileDiskCache(dir.resolve("cache"), BUILD, 16);
        MapTiles tiles = new MapTiles(light, Optional.of(new UserBasemap.Raster(MbTiles.open(file))), Runnable::run, 16);
        tiles.keepTilesIn(CompletableFuture.completedFuture(Optional.of(cache)), Duration.ZERO);
        tiles.tile(9, 359, 192).get();
        tiles.tile(9, 360, 192).get();
        cache.awaitWritten();

        assertTrue(cache.read("light", 9, 359, 192, SIDE).isEmpty(), "the user's raster tile");
        assertTrue(cache.read("light", 9, 360, 192, SIDE).isPresent(), "the drawn map where the file has no tile");
    }

    @Test
    void atMostTheGivenNumberOfTilesIsKeptTheLeastRecentlyUsedGoingFirst() throws Exception {
        TileDiskCache cache = new TileDiskCache(dir, BUILD, 4);
        cache.startWriting();
        for (int x = 0; x < 10; x++) {
            cache.save("light", 5, x, 0, 2, solid(2, 0xFF000000 | x));
            cache.awaitWritten();
            // File times may have a coarse grain: the order of use must show in them.
            Files.setLastModifiedTime(cache.folder().resolve("light/5/" + x + "-0.tile"),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (x + 1)));
        }
        assertTrue(tileFiles().size() <= 4, tileFiles().toString());
        assertTrue(cache.read("light", 5, 9, 0, 2).isPresent(), "the last saved is kept");
        assertTrue(cache.read("light", 5, 0, 0, 2).isEmpty(), "the first saved went first");
    }

    @Test
    void nothingIsWrittenWhereTheFolderCannotBeMadeAndTheMapIsStillDrawn() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("cache"), "a file where the cache folder would be");
        TileDiskCache cache = new TileDiskCache(inTheWay.resolve("tiles"), BUILD, 16);
        MapTiles tiles = tilesKeptIn(CompletableFuture.completedFuture(light), cache);
        Image tile = tiles.tile(9, 359, 192).get();
        cache.awaitWritten();

        assertNotEquals(blankArgb(), tile.getPixelReader().getArgb(128, 128));
        assertEquals("a file where the cache folder would be", Files.readString(inTheWay));
        try (Stream<Path> all = Files.list(dir)) {
            assertEquals(List.of(inTheWay), all.toList());
        }
    }

    @Test
    void nothingIsWrittenInAFolderTheUserMayNotWrite() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "run as a user the permissions hold for (not root)");
            TileDiskCache cache = new TileDiskCache(locked, BUILD, 16);
            cache.save("light", 3, 1, 1, 2, solid(2, 0xFF000000));
            cache.startWriting();
            cache.awaitWritten();
            try (Stream<Path> all = Files.list(locked)) {
                assertEquals(0, all.count());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anotherJarIsAnotherBuildAndTheClassesFolderHasNoCache() throws Exception {
        byte[] jar = new byte[200_000];
        new java.util.Random(7).nextBytes(jar);
        Path one = Files.write(dir.resolve("one.jar"), jar);
        Path same = Files.write(dir.resolve("same.jar"), jar);
        jar[150_000] ^= 1;
        Path changed = Files.write(dir.resolve("changed.jar"), jar);

        assertEquals(TileDiskCache.buildOf(one), TileDiskCache.buildOf(same));
        assertNotEquals(TileDiskCache.buildOf(one), TileDiskCache.buildOf(changed), "one byte of code or map data changed");
        // The tests run from the build's classes folder, whose identity no single file gives: nothing is kept.
        assertTrue(TileDiskCache.forRunningApp(java.util.Map.of("XDG_CACHE_HOME", dir.toString())).isEmpty());
    }

    private static MapTiles tilesKeptIn(CompletableFuture<BasemapRenderer> renderer, TileDiskCache cache) {
        MapTiles tiles = new MapTiles(renderer, BasemapStyle.PRINT, CompletableFuture.completedFuture(Optional.empty()), Runnable::run, 16);
        tiles.keepTilesIn(CompletableFuture.completedFuture(Optional.of(cache)), Duration.ZERO);
        return tiles;
    }

    private List<Path> tileFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(f -> f.toString().endsWith(".tile")).sorted().toList();
        }
    }

    private static int[] argb(Image image) {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }

    private static int[] solid(int side, int argb) {
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, argb);
        return pixels;
    }

    private static int blankArgb() {
        return BasemapStyle.PRINT.outside().getRGB() | 0xFF000000;
    }
}
