package org.incidentatlas.rendering;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.incidentatlas.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The bundled base-map layers, read once from the classpath ({@code /data/basemap/}) and
 * pre-projected to normalised Web-Mercator coordinates (the world as a 1 x 1 square), so that
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

    /** Reads the data packaged in the jar (or target/classes); fails naming the missing or broken file. */
    public static BasemapData loadBundled() {
        ObjectMapper json = new ObjectMapper();
        List<MapShape> kg = new ArrayList<>();
        for (JsonNode f : features(json, "countries.geojson")) {
            if ("Kyrgyzstan".equals(f.path("properties").path("name").asText())) {
                kg.addAll(polygons(f.path("geometry")));
            }
        }
        List<MapShape> lakes = new ArrayList<>();
        for (JsonNode f : features(json, "lakes.geojson")) {
            lakes.addAll(polygons(f.path("geometry")));
        }
        List<MapShape> kgAdmin = new ArrayList<>();
        List<MapShape> otherAdmin = new ArrayList<>();
        for (JsonNode f : features(json, "admin1.geojson")) {
            boolean kyrgyz = "KGZ".equals(f.path("properties").path("country").asText());
            (kyrgyz ? kgAdmin : otherAdmin).addAll(lines(f.path("geometry")));
        }
        List<MapShape> major = new ArrayList<>();
        List<MapShape> minor = new ArrayList<>();
        for (JsonNode f : features(json, "rivers.geojson")) {
            boolean isMajor = "major".equals(f.path("properties").path("rank").asText());
            (isMajor ? major : minor).addAll(lines(f.path("geometry")));
        }
        List<MapShape> world = new ArrayList<>();
        for (JsonNode f : features(json, WORLD)) {
            world.addAll(polygons(f.path("geometry")));
        }
        return new BasemapData(new ShapeIndex(kg), new ShapeIndex(lakes), new ShapeIndex(major), new ShapeIndex(minor),
                new ShapeIndex(allLines(json, "borders.geojson")),
                new ShapeIndex(kgAdmin), new ShapeIndex(otherAdmin), image("relief.png"), new ShapeIndex(world));
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
            for (JsonNode f : features(new ObjectMapper(), WORLD)) {
                JsonNode p = f.path("properties");
                String name = p.path("name").asText("");
                if (!name.isEmpty() && p.path("label_room").isNumber()) {
                    names.add(new CountryName(p.path("iso_n3").asText(""), name, p.path("label_lat").asDouble(),
                            p.path("label_lon").asDouble(), p.path("label_room").asDouble()));
                }
            }
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

    private static JsonNode features(ObjectMapper json, String name) {
        try (InputStream in = open(name)) {
            JsonNode root = json.readTree(in);
            JsonNode features = root.path("features");
            if (!features.isArray()) {
                throw new IllegalStateException("Bundled base map file " + ROOT + name + " is not a GeoJSON FeatureCollection");
            }
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled base map file " + ROOT + name + ": " + e.getMessage(), e);
        }
    }

    private static BufferedImage image(String name) {
        // Cached in memory: ImageIO's default cache is a temporary file, so a full temp folder
        // would make the bundled map unreadable.
        try (InputStream in = open(name)) {
            // ImageIO.read closes the image stream itself.
            BufferedImage img = ImageIO.read(new MemoryCacheImageInputStream(in));
            if (img == null) {
                throw new IllegalStateException("Bundled base map file " + ROOT + name + " is not a readable image");
            }
            return img;
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

    private static List<MapShape> allLines(ObjectMapper json, String name) {
        List<MapShape> out = new ArrayList<>();
        for (JsonNode f : features(json, name)) {
            out.addAll(lines(f.path("geometry")));
        }
        return out;
    }

    /** One shape per polygon (all its rings together, so holes stay holes when filled). */
    private static List<MapShape> polygons(JsonNode geometry) {
        List<MapShape> out = new ArrayList<>();
        JsonNode coords = geometry.path("coordinates");
        if ("Polygon".equals(geometry.path("type").asText())) {
            out.add(MapShape.of(rings(coords), true));
        } else {
            for (JsonNode polygon : coords) {
                out.add(MapShape.of(rings(polygon), true));
            }
        }
        return out;
    }

    private static List<double[]> rings(JsonNode polygon) {
        List<double[]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            rings.add(project(ring, 0, ring.size()));
        }
        return rings;
    }

    /** Lines cut into overlapping pieces (each starts where the previous ended: no gaps). */
    private static List<MapShape> lines(JsonNode geometry) {
        List<MapShape> out = new ArrayList<>();
        JsonNode coords = geometry.path("coordinates");
        List<JsonNode> parts = new ArrayList<>();
        if ("LineString".equals(geometry.path("type").asText())) {
            parts.add(coords);
        } else {
            coords.forEach(parts::add);
        }
        for (JsonNode line : parts) {
            for (int start = 0; start < line.size() - 1; start += MAX_POINTS_PER_PIECE - 1) {
                int end = Math.min(line.size(), start + MAX_POINTS_PER_PIECE);
                out.add(MapShape.of(List.of(project(line, start, end)), false));
            }
        }
        return out;
    }

    private static double[] project(JsonNode points, int from, int to) {
        double[] xy = new double[(to - from) * 2];
        for (int k = from; k < to; k++) {
            JsonNode p = points.get(k);
            xy[(k - from) * 2] = WebMercator.x(p.get(0).asDouble(), 0) / WebMercator.TILE_SIZE;
            xy[(k - from) * 2 + 1] = WebMercator.y(p.get(1).asDouble(), 0) / WebMercator.TILE_SIZE;
        }
        return xy;
    }
}
