package org.incidentatlas.rendering;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.incidentatlas.geo.WebMercator;
import org.incidentatlas.rendering.BasemapFile.Layer;
import org.locationtech.jts.geom.Envelope;

/**
 * The bundled base map: its layers, country names and relief, read once from the classpath
 * ({@code /data/basemap/basemap.bin}, a {@link BasemapFile}), where the base-map builder stored them
 * ready to draw (in normalised Web-Mercator coordinates, the world as a 1 x 1 square, so that
 * drawing at any zoom is a multiply and a subtract per point).
 */
public final class BasemapData {

    /** Where the bundled data has detail: lon 64..82, lat 36..46 (x = lon, y = lat). */
    public static final Envelope DATA_AREA = new Envelope(64, 82, 36, 46);
    /** The relief image's pixels are Web-Mercator world pixels at this zoom. */
    public static final int RELIEF_ZOOM = 7;
    private static final String ROOT = "/data/basemap/";

    private final ShapeIndex kyrgyzstan;
    private final ShapeIndex lakes;
    private final ShapeIndex majorRivers;
    private final ShapeIndex minorRivers;
    private final ShapeIndex borders;
    private final ShapeIndex kyrgyzOblastBorders;
    private final ShapeIndex neighbourAdmin1Borders;
    private final BufferedImage relief;
    private final ShapeIndex world;
    private final List<CountryName> countryNames;

    private BasemapData(ShapeIndex kyrgyzstan, ShapeIndex lakes, ShapeIndex majorRivers, ShapeIndex minorRivers, ShapeIndex borders,
                        ShapeIndex kyrgyzOblastBorders, ShapeIndex neighbourAdmin1Borders, BufferedImage relief, ShapeIndex world,
                        List<CountryName> countryNames) {
        this.kyrgyzstan = kyrgyzstan;
        this.lakes = lakes;
        this.majorRivers = majorRivers;
        this.minorRivers = minorRivers;
        this.borders = borders;
        this.kyrgyzOblastBorders = kyrgyzOblastBorders;
        this.neighbourAdmin1Borders = neighbourAdmin1Borders;
        this.relief = relief;
        this.world = world;
        this.countryNames = countryNames;
    }

    /** The bundled data once read (immutable, shared); null until then. */
    private static BasemapData bundled;
    /** The one background read of the bundled data, once started. */
    private static CompletableFuture<BasemapData> bundledInBackground;

    /**
     * The data packaged in the jar (or target/classes), read on the first call and shared after it (it
     * is immutable, so the app's theme switches and every picture reuse it); fails naming the missing or
     * broken file. A call while {@link #readBundledInBackground} reads it waits for that read.
     */
    public static synchronized BasemapData loadBundled() {
        if (bundled == null) {
            bundled = read(ROOT);
        }
        return bundled;
    }

    /**
     * Starts reading the bundled data on a daemon thread of its own, once per run, so that it
     * overlaps with whatever the caller does before its first picture (the app's toolkit start,
     * {@code render}'s reading of incidents and gazetteer, on the second core). The future fails
     * with {@link #loadBundled}'s message when the data cannot be read; a later {@code loadBundled}
     * reads again and reports it in its caller's thread.
     */
    public static synchronized CompletableFuture<BasemapData> readBundledInBackground() {
        if (bundledInBackground == null) {
            CompletableFuture<BasemapData> read = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    read.complete(loadBundled());
                } catch (RuntimeException e) {
                    read.completeExceptionally(e);
                }
            }, "bundled base map");
            reader.setDaemon(true);
            reader.start();
            bundledInBackground = read;
        }
        return bundledInBackground;
    }

    /** The base map stored under {@code root} on the classpath ({@link #ROOT} but in tests). */
    static BasemapData read(String root) {
        BasemapFile.Contents contents;
        try (InputStream in = open(root, BasemapFile.NAME)) {
            contents = BasemapFile.read(in, root + BasemapFile.NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled base map: " + e.getMessage(), e);
        }
        Map<Layer, ShapeIndex> layers = contents.layers();
        return new BasemapData(layers.get(Layer.KYRGYZSTAN), layers.get(Layer.LAKES), layers.get(Layer.MAJOR_RIVERS),
                layers.get(Layer.MINOR_RIVERS), layers.get(Layer.BORDERS), layers.get(Layer.KYRGYZ_OBLAST_BORDERS),
                layers.get(Layer.NEIGHBOUR_ADMIN1_BORDERS), contents.relief(), layers.get(Layer.WORLD),
                contents.countryNames());
    }

    /** The bundled countries' names and where they fit on the world layer (read with the rest of the bundled data). */
    public static List<CountryName> countryNames() {
        return loadBundled().countryNames;
    }

    /**
     * The relief image's place in world pixels at {@link #RELIEF_ZOOM}: {left, top, width, height},
     * snapped outward to whole pixels around {@link #DATA_AREA}.
     */
    public static int[] reliefPixelBounds() {
        int left = (int) Math.floor(WebMercator.x(DATA_AREA.getMinX(), RELIEF_ZOOM));
        int right = (int) Math.ceil(WebMercator.x(DATA_AREA.getMaxX(), RELIEF_ZOOM));
        int top = (int) Math.floor(WebMercator.y(DATA_AREA.getMaxY(), RELIEF_ZOOM));
        int bottom = (int) Math.ceil(WebMercator.y(DATA_AREA.getMinY(), RELIEF_ZOOM));
        return new int[] {left, top, right - left, bottom - top};
    }

    ShapeIndex kyrgyzstan() {
        return kyrgyzstan;
    }

    ShapeIndex lakes() {
        return lakes;
    }

    /** Permanent major rivers (GSHHG levels 1-2): Naryn, Syr Darya, Kara-Darya, Chu, Talas... */
    ShapeIndex majorRivers() {
        return majorRivers;
    }

    /** Smaller permanent rivers (GSHHG levels 3-4), shown from valley zoom on. */
    ShapeIndex minorRivers() {
        return minorRivers;
    }

    ShapeIndex borders() {
        return borders;
    }

    ShapeIndex kyrgyzOblastBorders() {
        return kyrgyzOblastBorders;
    }

    ShapeIndex neighbourAdmin1Borders() {
        return neighbourAdmin1Borders;
    }

    BufferedImage relief() {
        return relief;
    }

    /** Every country of the world, coarse (Natural Earth 1:110m). */
    ShapeIndex world() {
        return world;
    }

    private static InputStream open(String root, String name) throws IOException {
        InputStream in = BasemapData.class.getResourceAsStream(root + name);
        if (in == null) {
            throw new IOException(root + name + " is not on the classpath (was data/basemap packaged into the jar?)");
        }
        return in;
    }
}
