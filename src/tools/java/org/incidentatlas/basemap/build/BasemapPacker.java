package org.incidentatlas.basemap.build;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.rendering.BasemapFile;
import org.incidentatlas.rendering.BasemapFile.Layer;
import org.incidentatlas.rendering.CountryName;

/**
 * Makes {@code basemap.bin}, the map the app draws, from the GeoJSON layers and the relief PNG
 * beside it: those files are the base map's source of truth (readable, and what GDAL, QGIS or an
 * image viewer open), the binary is derived from them and only stores them ready to draw
 * ({@link BasemapFile}). A test checks that the
 * committed binary is what this makes from the committed GeoJSON, so the two never drift apart.
 */
public final class BasemapPacker {

    private final ObjectMapper json = new ObjectMapper();

    /** The file's bytes, from the GeoJSON layers and {@code relief.png} in {@code dir}. */
    public byte[] pack(Path dir) throws IOException {
        BasemapFile.Builder map = new BasemapFile.Builder();
        forEachFeature(dir.resolve("countries.geojson"), f -> {
            if ("Kyrgyzstan".equals(f.path("properties").path("name").asText())) {
                polygons(f, rings -> map.polygon(Layer.KYRGYZSTAN, rings));
            }
        });
        forEachFeature(dir.resolve("lakes.geojson"), f -> polygons(f, rings -> map.polygon(Layer.LAKES, rings)));
        forEachFeature(dir.resolve("admin1.geojson"), f -> {
            Layer layer = "KGZ".equals(f.path("properties").path("country").asText())
                    ? Layer.KYRGYZ_OBLAST_BORDERS : Layer.NEIGHBOUR_ADMIN1_BORDERS;
            lines(f, line -> map.line(layer, line));
        });
        forEachFeature(dir.resolve("rivers.geojson"), f -> {
            Layer layer = "major".equals(f.path("properties").path("rank").asText()) ? Layer.MAJOR_RIVERS : Layer.MINOR_RIVERS;
            lines(f, line -> map.line(layer, line));
        });
        forEachFeature(dir.resolve("borders.geojson"), f -> lines(f, line -> map.line(Layer.BORDERS, line)));
        forEachFeature(dir.resolve("world.geojson"), f -> {
            polygons(f, rings -> map.polygon(Layer.WORLD, rings));
            JsonNode p = f.path("properties");
            String name = p.path("name").asText();
            if (!name.isEmpty() && p.path("label_room").isNumber()) {
                map.countryName(new CountryName(p.path("iso_n3").asText(), name, p.path("label_lat").asDouble(),
                        p.path("label_lon").asDouble(), p.path("label_room").asDouble()));
            }
        });
        Path relief = dir.resolve("relief.png");
        if (!Files.isRegularFile(relief)) {
            throw new IOException("Missing base map relief " + relief + " (build-basemap writes it; see data/basemap/README.md)");
        }
        BufferedImage image = ImageIO.read(relief.toFile());
        if (image == null) {
            throw new IOException(relief + " is not a picture ImageIO reads");
        }
        map.relief(image);
        return map.toBytes();
    }

    /** Writes {@code basemap.bin} into {@code dir} from the GeoJSON layers and relief there; returns a line saying what was written. */
    public String write(Path dir) throws IOException {
        byte[] bytes = pack(dir);
        Path target = dir.resolve(BasemapFile.NAME);
        AtomicWriter.write(target, out -> out.write(bytes));
        return BasemapFile.NAME + ": " + bytes.length + " bytes, from the GeoJSON layers and relief.png";
    }

    private void forEachFeature(Path file, Consumer<JsonNode> each) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Missing base map layer " + file + " (build-basemap writes it; see data/basemap/README.md)");
        }
        JsonNode features = json.readTree(file.toFile()).path("features");
        if (!features.isArray()) {
            throw new IOException(file + " is not a GeoJSON FeatureCollection");
        }
        for (JsonNode f : features) {
            each.accept(f);
        }
    }

    /** Each polygon of a Polygon or MultiPolygon feature, as its rings of lon, lat pairs. */
    private static void polygons(JsonNode feature, Consumer<List<double[]>> each) {
        parts(feature, "Polygon", "a polygon layer", polygon -> each.accept(rings(polygon)));
    }

    /** Each line of a LineString or MultiLineString feature, as lon, lat pairs. */
    private static void lines(JsonNode feature, Consumer<double[]> each) {
        parts(feature, "LineString", "a line layer", line -> each.accept(positions(line)));
    }

    /** The coordinates of each part of a feature of the given single type or its Multi- form; any other type is refused. */
    private static void parts(JsonNode feature, String singleType, String layer, Consumer<JsonNode> each) {
        JsonNode geometry = feature.path("geometry");
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        if (type.equals(singleType)) {
            each.accept(coordinates);
        } else if (type.equals("Multi" + singleType)) {
            coordinates.forEach(each);
        } else {
            throw new IllegalArgumentException(layer + " has a " + type + " feature: " + feature.path("properties"));
        }
    }

    private static List<double[]> rings(JsonNode polygon) {
        List<double[]> rings = new ArrayList<>();
        polygon.forEach(ring -> rings.add(positions(ring)));
        return rings;
    }

    private static double[] positions(JsonNode positions) {
        double[] lonLat = new double[2 * positions.size()];
        for (int k = 0; k < positions.size(); k++) {
            lonLat[2 * k] = positions.get(k).get(0).doubleValue();
            lonLat[2 * k + 1] = positions.get(k).get(1).doubleValue();
        }
        return lonLat;
    }
}
