package org.incidentatlas.ui.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.nio.IntBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.gluonhq.maps.MapPoint;

import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.incidentatlas.geo.WebMercator;
import org.incidentatlas.rendering.BasemapRenderer;
import org.incidentatlas.rendering.BasemapStyle;
import org.incidentatlas.rendering.vector.UserBasemap;
import org.incidentatlas.rendering.vector.VectorStyle;
import org.incidentatlas.rendering.vector.VectorTileRenderer;

/**
 * The app's tile source: the user's raster tile where the file has one, or the user's vector
 * tiles drawn in the street style over the drawn map, otherwise a tile drawn by the core
 * renderer; rendered on a bounded worker pool (never the JavaFX thread) and kept in a
 * bounded LRU cache. Never yields an error tile: any failure falls back to the drawn map.
 */
public final class MapTiles {

    private static final System.Logger LOG = System.getLogger(MapTiles.class.getName());

    /**
     * The drawn map, possibly still being read (the app starts reading it before JavaFX starts, see
     * {@link BasemapSetup#prepare}): tiles wait for it on the workers, never on the JavaFX thread.
     */
    private volatile CompletableFuture<BasemapRenderer> renderer;
    /** The style of {@link #renderer}, known before it is read. */
    private volatile BasemapStyle style;
    /** Which tile each image shows, so a restyle or another base map can redraw the tiles on screen. */
    private final Map<Image, Long> drawnTiles = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private volatile CompletableFuture<Optional<UserBasemap>> userTiles;
    /** Tiles of the bundled map kept from earlier runs, once known (none: every tile is drawn). */
    private volatile CompletableFuture<Optional<TileDiskCache>> savedTiles = CompletableFuture.completedFuture(Optional.empty());
    /**
     * Drawn tiles carry one more pixel of the map on their right and bottom, and are shown that much
     * larger (see {@link TileOverlap}): Gluon places tiles at fractional pixel positions, and two
     * antialiased edges meeting there let a faint line of background through; an overlap of the
     * same map pixels closes it.
     */
    public static final int MARGIN = 1;

    private final Executor workers;
    private final Map<Long, CompletableFuture<Image>> cache;
    private final AtomicInteger pending = new AtomicInteger();
    private final CompletableFuture<Void> firstScreen = new CompletableFuture<>();
    /**
     * Where the user looks (the map's centre), read on the JavaFX thread as tiles are asked: Gluon asks a view's tiles
     * column by column with a margin of tiles beyond its edges (a third of them off screen), and a pool that orders its
     * work (see {@link BasemapSetup#workers}) draws those nearest the centre first. Null: in the order asked.
     */
    private volatile Supplier<MapPoint> focus = () -> null;
    private final AtomicLong asked = new AtomicLong();

    /**
     * @param userTiles    the {@code --basemap} file, already opened and checked
     * @param workers      where tiles are drawn; a fixed, small pool
     * @param cacheTiles   how many tiles to keep (about 256 KB each)
     */
    public MapTiles(BasemapRenderer renderer, Optional<UserBasemap> userTiles, Executor workers, int cacheTiles) {
        this(renderer, CompletableFuture.completedFuture(userTiles), workers, cacheTiles);
    }

    /** @param userTiles the {@code --basemap} file, being opened off the JavaFX thread; tiles wait for it on the workers */
    public MapTiles(BasemapRenderer renderer, CompletableFuture<Optional<UserBasemap>> userTiles, Executor workers, int cacheTiles) {
        this(CompletableFuture.completedFuture(renderer), renderer.style(), userTiles, workers, cacheTiles);
    }

    /**
     * @param renderer the drawn map in {@code style}, being read off the JavaFX thread
     * @param userTiles the {@code --basemap} file, being opened off the JavaFX thread; tiles wait for both on the workers
     */
    public MapTiles(CompletableFuture<BasemapRenderer> renderer, BasemapStyle style, CompletableFuture<Optional<UserBasemap>> userTiles,
            Executor workers, int cacheTiles) {
        this.renderer = renderer;
        this.style = style;
        this.userTiles = userTiles;
        this.workers = workers;
        this.cache = new LinkedHashMap<>(cacheTiles * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, CompletableFuture<Image>> eldest) {
                return size() > cacheTiles;
            }
        };
    }

    /**
     * Shows the bundled map's tiles saved by earlier runs where there are some, and saves those drawn from now on (see
     * {@link TileDiskCache}); tiles wait on the workers for {@code saved} to be known. The saving starts {@code writeAfter}
     * the first screen is drawn: the window is still being filled then (incidents, legend, names), on the same cores.
     */
    public void keepTilesIn(CompletableFuture<Optional<TileDiskCache>> saved, Duration writeAfter) {
        savedTiles = saved;
        Executor starter = writeAfter.isZero() ? Runnable::run
                : CompletableFuture.delayedExecutor(writeAfter.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        firstScreen.thenRunAsync(() -> saved.thenAccept(cache -> cache.ifPresent(TileDiskCache::startWriting)), starter);
    }

    public CompletableFuture<Image> tile(int zoom, long x, long y) {
        long n = 1L << zoom;
        // Gluon asks for columns beyond the antimeridian when the world is narrower than the window.
        long wrappedX = Math.floorMod(x, n);
        long key = ((long) zoom << 58) | (wrappedX << 29) | (y & ((1L << 29) - 1));
        synchronized (cache) {
            CompletableFuture<Image> cached = cache.get(key);
            if (cached != null && !cached.isCompletedExceptionally()) {
                if (cached.isDone() && pending.get() == 0) {
                    firstScreen.complete(null);
                }
                return cached;
            }
            pending.incrementAndGet();
            CompletableFuture<Image> future = new CompletableFuture<>();
            cache.put(key, future);
            workers.execute(new TileJob(distanceFromFocus(zoom, x, y), asked.getAndIncrement(), () -> {
                try {
                    future.complete(load(zoom, wrappedX, y, key));
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                } finally {
                    if (pending.decrementAndGet() == 0) {
                        firstScreen.complete(null);
                    }
                }
            }));
            return future;
        }
    }

    /** Tiles asked from now on are drawn nearest {@code focus} first (the centre of the map on screen, or null). */
    public void drawNearestFirst(Supplier<MapPoint> focus) {
        this.focus = java.util.Objects.requireNonNull(focus, "focus");
    }

    /** In tiles, squared; 0 for every tile while no focus is known. */
    private double distanceFromFocus(int zoom, long x, long y) {
        MapPoint at = focus.get();
        if (at == null) {
            return 0;
        }
        double dx = WebMercator.x(at.getLongitude(), zoom) / WebMercator.TILE_SIZE - (x + 0.5);
        double dy = WebMercator.y(at.getLatitude(), zoom) / WebMercator.TILE_SIZE - (y + 0.5);
        return dx * dx + dy * dy;
    }

    /**
     * One tile to draw; a pool with a priority queue takes the one nearest the focus first, and of equally near ones the
     * first asked. Other executors run them in the order given.
     */
    record TileJob(double distance, long order, Runnable work) implements Runnable, Comparable<TileJob> {

        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(TileJob other) {
            int nearer = Double.compare(distance, other.distance);
            return nearer != 0 ? nearer : Long.compare(order, other.order);
        }
    }

    /**
     * Completes once tiles have been asked for and every one asked for so far is drawn: the first screen of the map
     * (Gluon asks for all the tiles of a view in one layout pass). The app starts what the first picture does not need then.
     */
    public CompletableFuture<Void> firstScreenDrawn() {
        return firstScreen;
    }

    /** Tiles requested but not drawn yet (lets tests wait for the map instead of sleeping). */
    public int pendingTiles() {
        return pending.get();
    }

    /** The style tiles are drawn in now. */
    public BasemapStyle style() {
        return style;
    }

    /**
     * Draws tiles with another renderer (another style) from now on; tiles already drawn are
     * forgotten. The user's own tiles are served as before.
     */
    public void restyle(BasemapRenderer newRenderer) {
        synchronized (cache) {
            renderer = CompletableFuture.completedFuture(newRenderer);
            style = newRenderer.style();
            cache.clear();
        }
    }

    /**
     * Shows another base map of the user's from now on (empty: the drawn map alone); tiles already
     * drawn are forgotten and the previous file is closed once the new one is open.
     */
    public void useBasemap(CompletableFuture<Optional<UserBasemap>> next) {
        CompletableFuture<Optional<UserBasemap>> previous;
        synchronized (cache) {
            previous = userTiles;
            userTiles = next;
            cache.clear();
        }
        next.whenComplete((opened, error) -> previous.thenAccept(old -> old.ifPresent(UserBasemap::close)));
    }

    /** The user's base map now shown, once opened (empty while none is, or when it was refused). */
    public Optional<UserBasemap> basemap() {
        return userTiles.getNow(Optional.empty());
    }

    /** The same tile in the current style, when {@code shown} is a tile this source drew; empty otherwise. */
    public Optional<CompletableFuture<Image>> redrawn(Image shown) {
        Long key = drawnTiles.get(shown);
        if (key == null) {
            return Optional.empty();
        }
        long mask = (1L << 29) - 1;
        return Optional.of(tile((int) (key >>> 58), (key >>> 29) & mask, key & mask));
    }

    private Image load(int zoom, long x, long y, long key) {
        try {
            Optional<Image> user = userTile(zoom, x, y);
            Image shown = user.isPresent() ? user.get() : drawnOrSaved(zoom, x, y);
            drawnTiles.put(shown, key);
            return shown;
        } catch (RuntimeException e) {
            // Gluon would show its error tile; a calm empty tile is better, and the log says why
            // (a bundled map that could not be read is told once, over the map: see BasemapSetup).
            if (!renderer.isCompletedExceptionally()) {
                LOG.log(System.Logger.Level.WARNING, "Cannot draw map tile " + zoom + "/" + x + "/" + y, e);
            }
            return blank(style.outside().getRGB());
        }
    }

    /** The bundled map's tile: as an earlier run saved it, else drawn now (and saved for the next runs). */
    private Image drawnOrSaved(int zoom, long x, long y) {
        Optional<TileDiskCache> saved = savedTiles.join();
        Optional<String> savedStyle = savedStyleName(style);
        if (saved.isPresent() && savedStyle.isPresent()) {
            Optional<Image> earlier = saved.get().read(savedStyle.get(), zoom, x, y, WebMercator.TILE_SIZE + MARGIN);
            if (earlier.isPresent()) {
                saved.get().used(savedStyle.get(), zoom, x, y);
                return earlier.get();
            }
        }
        BasemapRenderer drawing = renderer.join();
        BufferedImage tile = drawing.renderTile(zoom, x, y, MARGIN);
        int[] pixels = opaquePixels(tile);
        Optional<String> drawnStyle = savedStyleName(drawing.style());
        if (saved.isPresent() && drawnStyle.isPresent() && tile.getWidth() == tile.getHeight()) {
            saved.get().save(drawnStyle.get(), zoom, x, y, tile.getWidth(), pixels);
        }
        return toFx(tile.getWidth(), tile.getHeight(), pixels);
    }

    /** The name a style's tiles are saved under: the two styles the app shows; tiles of any other are not saved. */
    private static Optional<String> savedStyleName(BasemapStyle style) {
        // By identity: a record's equals links its method handles on its first call, a cost at start.
        return style == BasemapStyle.PRINT ? Optional.of("light") : style == BasemapStyle.DARK ? Optional.of("dark") : Optional.empty();
    }

    private Optional<Image> userTile(int zoom, long x, long y) {
        Optional<UserBasemap> user = userTiles.join();
        if (user.isEmpty() || y < 0 || y >= (1L << zoom)) {
            return Optional.empty();
        }
        if (user.get() instanceof UserBasemap.Vector vector) {
            if (!VectorTileRenderer.drawsAt(zoom)) {
                return Optional.empty();
            }
            BasemapRenderer drawn = renderer.join();
            VectorTileRenderer streets = new VectorTileRenderer(vector.tiles(), VectorStyle.of(drawn.style()),
                    problem -> LOG.log(System.Logger.Level.WARNING, problem));
            return streets.renderTile(zoom, x, y, MARGIN, () -> drawn.renderTile(zoom, x, y, MARGIN)).map(MapTiles::toFx);
        }
        if (user.get() instanceof UserBasemap.Raster raster) {
            // MbTiles hands on only PNG/JPEG tiles whose declared size is a tile's, so decoding is bounded.
            Optional<byte[]> bytes = raster.tiles().tile(zoom, x, y);
            if (bytes.isPresent()) {
                Image image = new Image(new ByteArrayInputStream(bytes.get()));
                if (!image.isError()) {
                    return Optional.of(image);
                }
            }
        }
        return Optional.empty();
    }

    private static Image blank(int argb) {
        int size = 256;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, argb | 0xFF000000);
        WritableImage image = new WritableImage(size, size);
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), pixels, 0, size);
        return image;
    }

    /** An opaque RGB tile as a JavaFX image. */
    static Image toFx(BufferedImage tile) {
        return toFx(tile.getWidth(), tile.getHeight(), opaquePixels(tile));
    }

    /**
     * A tile's pixels as opaque ARGB, which read the same premultiplied: a freshly drawn tile's own pixels, no copy (the
     * first screen's thirty tiles made two copies each before: 16 MB of the 100 MB a start allocated before its first
     * frame, when a young collection came in its way).
     */
    private static int[] opaquePixels(BufferedImage tile) {
        int w = tile.getWidth(), h = tile.getHeight();
        int[] pixels;
        if (tile.getType() == BufferedImage.TYPE_INT_RGB) {
            pixels = ((DataBufferInt) tile.getRaster().getDataBuffer()).getData();
        } else {
            pixels = tile.getRGB(0, 0, w, h, null, 0, w);
        }
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] |= 0xFF000000;
        }
        return pixels;
    }

    /** {@code pixels} become the image's own ({@link PixelBuffer}): never change them after this. */
    private static Image toFx(int w, int h, int[] pixels) {
        return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
    }
}
