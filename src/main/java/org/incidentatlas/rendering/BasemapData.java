package org.incidentatlas.rendering;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.incidentatlas.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The bundled base-map layers, read once from the classpath ({@code /data/basemap/}) by
 * streaming each file's tokens straight into coordinate arrays, and pre-projected to normalised Web-Mercator coordinates (the world as a 1 x 1 square), so that
 * drawing at any zoom is a multiply and a subtract per point.
 */
public final class BasemapData {

    /** Where the bundled data has detail: lon 64..82, lat 36..46 (x = lon, y = lat). */
    public static final Envelope DATA_AREA = new Envelope(64, 82, 36, 46);
    /** The relief image's pixels are Web-Mercator world pixels at this zoom. */
    public static final int RELIEF_ZOOM = 7;
    /** Long lines are cut into pieces of at most this many points so a tile only strokes what is near it. */
    private static final int MAX_POINTS_PER_PIECE = 48;
    private static final String ROOT = "/data/basemap/";
    /** Jackson's streaming parser only: the base map needs no JSON tree nor data binding. */
    private static final JsonFactory JSON = new JsonFactory();

    private final ShapeIndex kyrgyzstan;
    private final ShapeIndex lakes;
    private final ShapeIndex majorRivers;
    private final ShapeIndex minorRivers;
    private final ShapeIndex borders;
    private final ShapeIndex kyrgyzOblastBorders;
    private final ShapeIndex neighbourAdmin1Borders;
    private final BufferedImage relief;
    private final ShapeIndex world;

    private BasemapData(ShapeIndex kyrgyzstan, ShapeIndex lakes, ShapeIndex majorRivers, ShapeIndex minorRivers, ShapeIndex borders,
                        ShapeIndex kyrgyzOblastBorders, ShapeIndex neighbourAdmin1Borders, BufferedImage relief, ShapeIndex world) {
        this.kyrgyzstan = kyrgyzstan;
        this.lakes = lakes;
        this.majorRivers = majorRivers;
        this.minorRivers = minorRivers;
        this.borders = borders;
        this.kyrgyzOblastBorders = kyrgyzOblastBorders;
        this.neighbourAdmin1Borders = neighbourAdmin1Borders;
        this.relief = relief;
        this.world = world;
    }

    /** The bundled data once read (immutable, shared); null until then. */
    private static BasemapData bundled;

    /**
     * The data packaged in the jar (or target/classes), read on the first call and shared after it (it
     * is immutable, so the app's theme switches and every picture reuse it); fails naming the missing or
     * broken file. A call while {@link #readBundledInBackground} reads it waits for that read.
     */
    public static synchronized BasemapData loadBundled() {
        if (bundled == null) {
            bundled = readBundled();
        }
        return bundled;
    }

    /**
     * Starts reading the bundled data on a thread of its own, so that it overlaps with whatever the
     * caller does before its first picture ({@code render} reads its incidents and the gazetteer
     * meanwhile, on the second core). A read that fails there is left for {@link #loadBundled} to
     * repeat and report in the caller's thread.
     */
    public static void readBundledInBackground() {
        Thread reader = new Thread(() -> {
            try {
                loadBundled();
            } catch (RuntimeException e) {
                // Reported by the caller's own loadBundled(), which reads again.
            }
        }, "bundled base map");
        reader.setDaemon(true);
        reader.start();
    }

    private static BasemapData readBundled() {
        List<MapShape> kg = new ArrayList<>();
        forEachFeature("countries.geojson", f -> {
            if ("Kyrgyzstan".equals(f.text("name"))) {
                kg.addAll(polygons(f));
            }
        });
        List<MapShape> lakes = new ArrayList<>();
        forEachFeature("lakes.geojson", f -> lakes.addAll(polygons(f)));
        List<MapShape> kgAdmin = new ArrayList<>();
        List<MapShape> otherAdmin = new ArrayList<>();
        forEachFeature("admin1.geojson", f -> ("KGZ".equals(f.text("country")) ? kgAdmin : otherAdmin).addAll(lines(f)));
        List<MapShape> major = new ArrayList<>();
        List<MapShape> minor = new ArrayList<>();
        forEachFeature("rivers.geojson", f -> ("major".equals(f.text("rank")) ? major : minor).addAll(lines(f)));
        List<MapShape> world = new ArrayList<>();
        forEachFeature(WORLD, f -> world.addAll(polygons(f)));
        List<MapShape> borders = new ArrayList<>();
        forEachFeature("borders.geojson", f -> borders.addAll(lines(f)));
        return new BasemapData(new ShapeIndex(kg), new ShapeIndex(lakes), new ShapeIndex(major), new ShapeIndex(minor),
                new ShapeIndex(borders), new ShapeIndex(kgAdmin), new ShapeIndex(otherAdmin), image("relief.png"),
                new ShapeIndex(world));
    }

    /** The whole world's countries at 1:110m, drawn where the detailed data ends. */
    private static final String WORLD = "world.geojson";

    /** The bundled countries' names and where they fit (read once, on first use). */
    public static List<CountryName> countryNames() {
        return CountryNamesHolder.NAMES;
    }

    /** Lazy holder: label layers that never show a country name never read the file. */
    private static final class CountryNamesHolder {
        static final List<CountryName> NAMES = readCountryNames();

        private static List<CountryName> readCountryNames() {
            List<CountryName> names = new ArrayList<>();
            forEachFeature(WORLD, f -> {
                String name = f.text("name");
                if (!name.isEmpty() && f.properties().get("label_room") instanceof Double room) {
                    names.add(new CountryName(f.text("iso_n3"), name, f.number("label_lat"), f.number("label_lon"), room));
                }
            });
            return List.copyOf(names);
        }
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

    /**
     * One feature of a bundled GeoJSON file as this class uses it: its properties (text as
     * {@code String}, numbers as {@code Double}), its geometry's type and its coordinates
     * ({@link #coordinates}).
     */
    private record Feature(Map<String, Object> properties, String geometryType, Object coordinates) {

        /** A property as text, "" when absent (as Jackson's {@code asText()} on a missing node). */
        String text(String key) {
            Object value = properties.get(key);
            return value == null ? "" : value.toString();
        }

        double number(String key) {
            return properties.get(key) instanceof Double d ? d : 0;
        }
    }

    /** An array of positions, as lon, lat pairs in one array. */
    private record Positions(double[] lonLat) {
        int size() {
            return lonLat.length / 2;
        }
    }

    /**
     * Streams the features of a bundled FeatureCollection to {@code each}, one at a time: the
     * token stream straight into coordinate arrays, without a JSON tree of the file.
     */
    private static void forEachFeature(String name, Consumer<Feature> each) {
        try (InputStream in = open(name); JsonParser p = JSON.createParser(in)) {
            boolean collection = false;
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                        collection = true;
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            each.accept(feature(p, name));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
            if (!collection) {
                throw new IllegalStateException("Bundled base map file " + ROOT + name + " is not a GeoJSON FeatureCollection");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled base map file " + ROOT + name + ": " + e.getMessage(), e);
        }
    }

    /** The feature whose START_OBJECT the parser is on; leaves it on the feature's END_OBJECT. */
    private static Feature feature(JsonParser p, String name) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        String type = "";
        Object coordinates = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("properties".equals(field) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.VALUE_STRING) {
                        properties.put(key, p.getText());
                    } else if (v.isNumeric()) {
                        properties.put(key, p.getDoubleValue());
                    } else {
                        p.skipChildren();
                    }
                }
            } else if ("geometry".equals(field) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if ("type".equals(key) && v == JsonToken.VALUE_STRING) {
                        type = p.getText();
                    } else if ("coordinates".equals(key) && v == JsonToken.START_ARRAY) {
                        coordinates = coordinates(p, name);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return new Feature(properties, type, coordinates);
    }

    /**
     * The coordinates array whose START_ARRAY the parser is on: a position as {@code double[]
     * {lon, lat}}, an array of positions as {@link Positions}, deeper arrays as lists of those.
     */
    private static Object coordinates(JsonParser p, String name) throws IOException {
        JsonToken t = p.nextToken();
        if (t != null && t.isNumeric()) {
            double lon = p.getDoubleValue();
            if (!p.nextToken().isNumeric()) {
                throw new IllegalStateException("Bundled base map file " + ROOT + name + " has a position without a latitude");
            }
            double lat = p.getDoubleValue();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren();
            }
            return new double[] {lon, lat};
        }
        List<Object> items = new ArrayList<>();
        for (; t == JsonToken.START_ARRAY; t = p.nextToken()) {
            items.add(coordinates(p, name));
        }
        if (t != JsonToken.END_ARRAY) {
            throw new IllegalStateException("Bundled base map file " + ROOT + name + " has coordinates that are not arrays");
        }
        if (!items.isEmpty() && items.get(0) instanceof double[]) {
            double[] lonLat = new double[items.size() * 2];
            for (int k = 0; k < items.size(); k++) {
                double[] position = (double[]) items.get(k);
                lonLat[2 * k] = position[0];
                lonLat[2 * k + 1] = position[1];
            }
            return new Positions(lonLat);
        }
        return items;
    }

    private static BufferedImage image(String name) {
        // Not ImageIO: its plugin set-up and decoder cost render about 200 ms; MapPng inflates the relief.
        try (InputStream in = open(name)) {
            return MapPng.read(in, ROOT + name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled base map file " + ROOT + name + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BasemapData.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("not on the classpath (was data/basemap packaged into the jar?)");
        }
        return in;
    }

    /** One shape per polygon (all its rings together, so holes stay holes when filled). */
    private static List<MapShape> polygons(Feature f) {
        List<MapShape> out = new ArrayList<>();
        if ("Polygon".equals(f.geometryType())) {
            out.add(MapShape.of(rings(f.coordinates()), true));
        } else {
            for (Object polygon : items(f.coordinates())) {
                out.add(MapShape.of(rings(polygon), true));
            }
        }
        return out;
    }

    private static List<double[]> rings(Object polygon) {
        List<double[]> rings = new ArrayList<>();
        for (Object ring : items(polygon)) {
            Positions points = positions(ring);
            rings.add(project(points, 0, points.size()));
        }
        return rings;
    }

    /** Lines cut into overlapping pieces (each starts where the previous ended: no gaps). */
    private static List<MapShape> lines(Feature f) {
        List<MapShape> out = new ArrayList<>();
        List<Object> parts = "LineString".equals(f.geometryType()) ? List.of(f.coordinates()) : items(f.coordinates());
        for (Object part : parts) {
            Positions line = positions(part);
            for (int start = 0; start < line.size() - 1; start += MAX_POINTS_PER_PIECE - 1) {
                int end = Math.min(line.size(), start + MAX_POINTS_PER_PIECE);
                out.add(MapShape.of(List.of(project(line, start, end)), false));
            }
        }
        return out;
    }

    /** The members of a coordinates array ({@link #coordinates}); an array of positions has none deeper. */
    @SuppressWarnings("unchecked")
    private static List<Object> items(Object coordinates) {
        return coordinates instanceof List<?> list ? (List<Object>) list : List.of();
    }

    private static Positions positions(Object coordinates) {
        return coordinates instanceof Positions p ? p : new Positions(new double[0]);
    }

    private static double[] project(Positions points, int from, int to) {
        double[] lonLat = points.lonLat();
        double[] xy = new double[(to - from) * 2];
        for (int k = from; k < to; k++) {
            xy[(k - from) * 2] = WebMercator.x(lonLat[2 * k], 0) / WebMercator.TILE_SIZE;
            xy[(k - from) * 2 + 1] = WebMercator.y(lonLat[2 * k + 1], 0) / WebMercator.TILE_SIZE;
        }
        return xy;
    }
}
