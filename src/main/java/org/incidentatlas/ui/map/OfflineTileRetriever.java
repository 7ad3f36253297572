package org.incidentatlas.ui.map;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.gluonhq.maps.tile.TileRetriever;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Gluon Maps' tile source, registered in META-INF/services so that Gluon never falls back to
 * downloading OpenStreetMap. Tiles are drawn locally, off the JavaFX thread.
 */
public class OfflineTileRetriever implements TileRetriever {

    static final int TILE_SIZE = 256;
    private static final int LAND = 0xFFEDE9E0;

    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "tile-renderer");
        t.setDaemon(true);
        return t;
    });

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return CompletableFuture.supplyAsync(this::plainTile, workers);
    }

    private Image plainTile() {
        int[] pixels = new int[TILE_SIZE * TILE_SIZE];
        java.util.Arrays.fill(pixels, LAND);
        WritableImage image = new WritableImage(TILE_SIZE, TILE_SIZE);
        image.getPixelWriter().setPixels(0, 0, TILE_SIZE, TILE_SIZE, PixelFormat.getIntArgbInstance(), pixels, 0, TILE_SIZE);
        return image;
    }
}
