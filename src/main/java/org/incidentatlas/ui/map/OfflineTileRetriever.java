package org.incidentatlas.ui.map;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import com.gluonhq.maps.tile.TileRetriever;

import javafx.scene.image.Image;

/**
 * Gluon Maps' tile source, registered in META-INF/services so that Gluon never falls back to
 * downloading OpenStreetMap.
 *
 * <p>Why a static hook: Gluon creates this class itself, through {@code ServiceLoader} and the
 * no-argument constructor, and keeps the one instance in a static field of its tile view for the
 * life of the JVM. Nothing of ours can be passed to that constructor, so the app hands its
 * configured {@link MapTiles} (drawn map plus the optional {@code --basemap} file) to
 * {@link #install} and every instance delegates to whatever is installed at the time of each
 * call. Until something is installed, the drawn map alone is used. Besides the bundled map's data,
 * read once per run by {@link BasemapSetup#prepare} (before JavaFX starts), this is the only static
 * state of the map code; everything behind it takes its dependencies through constructors.
 */
public class OfflineTileRetriever implements TileRetriever {

    private static final AtomicReference<MapTiles> INSTALLED = new AtomicReference<>();

    /** Makes every retriever serve {@code tiles} from now on. */
    public static void install(MapTiles tiles) {
        INSTALLED.set(Objects.requireNonNull(tiles, "tiles"));
    }

    /** The tiles every retriever serves now (the drawn map alone until the app installs its own). */
    public static MapTiles installed() {
        MapTiles tiles = INSTALLED.get();
        if (tiles == null) {
            INSTALLED.compareAndSet(null, BasemapSetup.drawnOnly());
            tiles = INSTALLED.get();
        }
        return tiles;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return installed().tile(zoom, i, j);
    }
}
