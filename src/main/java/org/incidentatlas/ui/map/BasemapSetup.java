package org.incidentatlas.ui.map;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.gluonhq.maps.MapView;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;

import org.incidentatlas.rendering.BasemapData;
import org.incidentatlas.rendering.BasemapRenderer;
import org.incidentatlas.rendering.BasemapStyle;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.MbTilesException;
import org.incidentatlas.rendering.vector.UserBasemap;

/** Builds the app's tile source from the command-line options and installs it for Gluon. */
public final class BasemapSetup {

    /** Tiles drawn are saved for the next start this long after the first screen: not while the window is still filling. */
    static final java.time.Duration WRITE_SAVED_TILES_AFTER = java.time.Duration.ofSeconds(3);

    /** About 64 MB of 256 x 256 tiles: a few screens at every zoom level the user visits. */
    static final int CACHE_TILES = 1024;

    /**
     * What the setup produced: the tiles, and (once the user's base map has been opened, off the
     * JavaFX thread) a message for the user if it was refused.
     */
    public record Result(MapTiles tiles, CompletableFuture<Optional<String>> pendingWarning) {

        /** Waits for the base map to be opened; never call it on the JavaFX thread. */
        public Optional<String> warning() {
            return pendingWarning.join();
        }
    }

    /** The bundled map in the light style, the one tiles are first drawn in. */
    private static CompletableFuture<BasemapRenderer> lightMap;
    /** The tiles earlier runs saved, found (the build's identity read from its jar) on a thread of its own. */
    private static CompletableFuture<Optional<TileDiskCache>> savedTiles;

    private BasemapSetup() {
    }

    /**
     * Starts reading the bundled map (its shapes and relief) on a thread of its own, once per run,
     * and returns it ready to draw. The app's launch calls this before JavaFX starts: the reading
     * takes about as long as the toolkit's own start and now runs beside it, where it used to run
     * after it on the JavaFX thread, before the window could show. It also starts finding the tiles earlier runs saved
     * ({@link TileDiskCache}). {@link #install} uses what it started.
     */
    public static synchronized CompletableFuture<BasemapRenderer> prepare() {
        if (savedTiles == null) {
            savedTiles = CompletableFuture.supplyAsync(() -> TileDiskCache.forRunningApp(System.getenv()), work -> {
                Thread finder = new Thread(work, "map-tile-cache-open");
                finder.setDaemon(true);
                finder.start();
            });
        }
        if (lightMap == null) {
            // BasemapData reads its shapes and relief once per run: the dark map, and render's pictures, share them.
            lightMap = BasemapData.readBundledInBackground().thenApply(data -> new BasemapRenderer(data, BasemapStyle.PRINT));
        }
        return lightMap;
    }

    /**
     * Opens {@code basemap} (raster or vector tiles) if given; a missing or broken file leaves the drawn map in place and
     * explains why in {@link Result#warning()}. The result is installed into Gluon's retriever.
     */
    public static Result install(Optional<Path> basemap) {
        CompletableFuture<Optional<UserBasemap>> user = new CompletableFuture<>();
        CompletableFuture<BasemapRenderer> drawn = prepare();
        // A broken build (a bundled map file missing) is told once over the map, not once per tile.
        CompletableFuture<Optional<String>> unreadable = drawn.handle((renderer, failure) -> failure == null ? Optional.empty()
                : Optional.of("The built-in map cannot be drawn: " + (failure.getCause() != null ? failure.getCause() : failure).getMessage()));
        CompletableFuture<Optional<String>> warning = open(basemap, user)
                .thenCombine(unreadable, (refused, broken) -> refused.isPresent() ? refused : broken);
        MapTiles tiles = new MapTiles(drawn, BasemapStyle.PRINT, user, workers(), CACHE_TILES);
        tiles.keepTilesIn(savedTiles, WRITE_SAVED_TILES_AFTER);
        OfflineTileRetriever.install(tiles);
        return new Result(tiles, warning);
    }

    /**
     * File → Base map…: shows {@code file} (raster or vector tiles) instead of the base map shown
     * now; the tiles on screen are redrawn once it is open. A file that cannot be used leaves the
     * drawn map and says why.
     *
     * @return once the file is open: empty, or the message for the user
     */
    public static CompletableFuture<Optional<String>> change(MapView map, Path file) {
        MapTiles tiles = OfflineTileRetriever.installed();
        CompletableFuture<Optional<UserBasemap>> user = new CompletableFuture<>();
        CompletableFuture<Optional<String>> warning = open(Optional.of(file), user);
        tiles.useBasemap(user);
        return warning.thenApply(message -> {
            Platform.runLater(() -> redrawShownTiles(map, tiles));
            return message;
        });
    }

    /**
     * Opens the user's file into {@code user}. Opening checks it with SQLite queries or file reads
     * (bounded by MbTiles' time limits): never on the JavaFX thread. Tiles asked for meanwhile
     * wait on a worker thread.
     */
    private static CompletableFuture<Optional<String>> open(Optional<Path> file, CompletableFuture<Optional<UserBasemap>> user) {
        CompletableFuture<Optional<String>> warning = new CompletableFuture<>();
        if (file.isEmpty()) {
            user.complete(Optional.empty());
            warning.complete(Optional.empty());
            return warning;
        }
        Thread opener = new Thread(() -> {
            try {
                user.complete(Optional.of(UserBasemap.open(file.get())));
                warning.complete(Optional.empty());
            } catch (MbTilesException e) {
                user.complete(Optional.empty());
                warning.complete(Optional.of(e.getMessage() + ". Showing the built-in map instead."));
            } catch (RuntimeException | Error e) {
                user.complete(Optional.empty());
                warning.complete(Optional.of(file.get() + " cannot be used as a base map. Showing the built-in map instead."));
            }
        }, "basemap-open");
        opener.setDaemon(true);
        opener.start();
        return warning;
    }

    /**
     * The map's background in its own neutral colour (seen beyond the world and while tiles
     * load), and drawn tiles shown overlapping by their margin (see {@link MapTiles#MARGIN}), so
     * that Gluon's fractional tile positions leave no seams.
     */
    public static void styleMapView(MapView map) {
        styleMapView(map, MapTheme.LIGHT);
        TileOverlap.install(map);
    }

    private static void styleMapView(MapView map, MapTheme theme) {
        map.setBackground(new Background(new BackgroundFill(FxColors.of(theme.basemap().outside()), null, null)));
    }

    /**
     * Shows the drawn map in the light or dark style: the new renderer is built off the JavaFX
     * thread, then the tiles on screen are swapped for redrawn ones as they arrive (Gluon keeps its
     * tiles, so they are found in the scene graph); new tiles come in the new style.
     */
    public static void applyTheme(MapView map, MapTheme theme, Executor background) {
        styleMapView(map, theme);
        MapTiles tiles = OfflineTileRetriever.installed();
        // Same constant first: a record's equals links its method handles on its first call, a cost (about 4 % of the
        // JavaFX thread's start) for the comparison every start makes.
        if (java.util.Objects.equals(tiles.style(), theme.basemap())) {
            return;
        }
        background.execute(() -> {
            tiles.restyle(new BasemapRenderer(BasemapData.loadBundled(), theme.basemap()));
            Platform.runLater(() -> redrawShownTiles(map, tiles));
        });
    }

    private static void redrawShownTiles(Parent parent, MapTiles tiles) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof ImageView view && view.getImage() != null) {
                tiles.redrawn(view.getImage()).ifPresent(next -> next.thenAccept(image -> Platform.runLater(() -> view.setImage(image))));
            } else if (child instanceof Parent inner) {
                redrawShownTiles(inner, tiles);
            }
        }
    }

    static MapTiles drawnOnly() {
        return new MapTiles(prepare(), BasemapStyle.PRINT, CompletableFuture.completedFuture(Optional.empty()), workers(), CACHE_TILES);
    }

    /**
     * A fixed number of daemon threads, so panning cannot spawn more: one core left for the UI, but at least two, so that
     * on a two-core machine the first screen's tiles are drawn on both cores while the window waits for them (one worker
     * left a core idle then); at most four.
     */
    static ExecutorService workers() {
        int n = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
        // Tiles queued nearest the map's centre first (MapTiles.TileJob); the threads wait from the start, so that the first
        // tiles asked (a corner of the margin Gluon asks beyond the view) do not go straight to a new thread.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "map-tile-renderer");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        pool.prestartAllCoreThreads();
        return pool;
    }
}
