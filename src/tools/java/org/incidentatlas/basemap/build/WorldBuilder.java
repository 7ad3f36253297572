package org.incidentatlas.basemap.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.incidentatlas.geo.WebMercator;
import org.incidentatlas.io.AtomicWriter;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * The low-zoom world layer: every country of Natural Earth's 1:110m admin-0 set (world-atlas
 * {@code countries-110m.json}), simplified and clipped to the latitudes Web Mercator can show,
 * each with the spot and the room for its name. Drawn where the detailed regional data ends, so
 * zooming out shows the continent instead of an empty background.
 */
public final class WorldBuilder {

    /** Source file inside the sources folder (the same npm package as countries.geojson). */
    static final String SOURCE = "world-atlas/countries-110m.json";
    /** Douglas-Peucker tolerance in degrees: about a pixel at zoom 6, where the regional data takes over. */
    static final double TOLERANCE_DEG = 0.02;

    private final ObjectMapper json = new ObjectMapper();
    private final GeometryFactory factory = new GeometryFactory();

    /** Writes {@code world.geojson} into {@code out}; returns a line saying what was written. */
    public String write(Path sources, Path out) throws IOException {
        Path source = sources.resolve(SOURCE);
        if (!Files.isRegularFile(source)) {
            throw new IOException("Missing source file " + source + " (see data/basemap/README.md for how to fetch it)");
        }
        TopoJson world = new TopoJson(source, json, factory);
        // Simplifying the shared arcs (not each country) keeps neighbours' borders identical.
        world.simplifyArcs(TOLERANCE_DEG);
        Geometry mercatorWorld = factory.toGeometry(new Envelope(-180, 180, -WebMercator.MAX_LATITUDE, WebMercator.MAX_LATITUDE));
        ArrayNode features = json.createArrayNode();
        List<TopoJson.Feature> countries = new ArrayList<>(world.features("countries"));
        countries.sort(Comparator.comparing(TopoJson.Feature::id));
        for (TopoJson.Feature f : countries) {
            Geometry g = splitAtAntimeridian(f.geometry()).intersection(mercatorWorld);
            if (g.isEmpty() || g.getDimension() != 2) {
                continue;
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode props = feature.putObject("properties");
            props.put("iso_n3", f.id());
            props.put("name", f.properties().getOrDefault("name", ""));
            NameSpot spot = nameSpot(g);
            props.put("label_lat", round(spot.lat(), 1e3));
            props.put("label_lon", round(spot.lon(), 1e3));
            props.put("label_room", round(spot.room(), 1e7));
            feature.set("geometry", multiPolygon(g));
        }
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        Path target = out.resolve("world.geojson");
        AtomicWriter.write(target, o -> json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(o, collection));
        return "world.geojson: " + features.size() + " features, " + Files.size(target) + " bytes";
    }

    /**
     * The source is on the sphere: a ring may step from longitude 180 straight to -180 (Chukotka,
     * Fiji), which on a flat map would be a band across the world. Such rings are unwrapped into
     * one continuous ring and the part beyond the antimeridian moved back by 360 degrees.
     */
    Geometry splitAtAntimeridian(Geometry country) {
        List<Geometry> pieces = new ArrayList<>();
        for (int i = 0; i < country.getNumGeometries(); i++) {
            if (!(country.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
                continue;
            }
            org.locationtech.jts.geom.LinearRing shell = factory.createLinearRing(unwrapped(p.getExteriorRing().getCoordinates()));
            org.locationtech.jts.geom.LinearRing[] holes = new org.locationtech.jts.geom.LinearRing[p.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = factory.createLinearRing(unwrapped(p.getInteriorRingN(h).getCoordinates()));
            }
            Geometry whole = factory.createPolygon(shell, holes).buffer(0);
            for (int shift = -1; shift <= 1; shift++) {
                Geometry part = whole.intersection(factory.toGeometry(new Envelope(-180 + 360 * shift, 180 + 360 * shift, -90, 90)));
                if (!part.isEmpty()) {
                    org.locationtech.jts.geom.util.AffineTransformation back =
                            org.locationtech.jts.geom.util.AffineTransformation.translationInstance(-360.0 * shift, 0);
                    pieces.add(back.transform(part));
                }
            }
        }
        return factory.buildGeometry(pieces).buffer(0);
    }

    /**
     * Longitudes made continuous: a step of more than 180 degrees is taken the short way round. A
     * ring around a pole (Antarctica) then ends 360 degrees from where it began; it is closed along
     * the pole's latitude.
     */
    private static Coordinate[] unwrapped(Coordinate[] ring) {
        List<Coordinate> out = new ArrayList<>();
        double offset = 0;
        for (int k = 0; k < ring.length; k++) {
            if (k > 0) {
                double step = ring[k].x - ring[k - 1].x;
                offset += step > 180 ? -360 : step < -180 ? 360 : 0;
            }
            out.add(new Coordinate(ring[k].x + offset, ring[k].y));
        }
        Coordinate first = out.get(0), last = out.get(out.size() - 1);
        if (!first.equals2D(last)) {
            double pole = first.y < 0 ? -90 : 90;
            out.add(new Coordinate(last.x, pole));
            out.add(new Coordinate(first.x, pole));
            out.add(new Coordinate(first));
        }
        return out.toArray(Coordinate[]::new);
    }

    /**
     * Where a country's name goes: the centre of the largest circle inside its largest part,
     * measured on the Mercator map (where the name is read), and that circle's radius in
     * normalised Mercator units (the world is 1 wide), so a viewer can tell at which zoom the name fits.
     */
    record NameSpot(double lon, double lat, double room) {
    }

    NameSpot nameSpot(Geometry country) {
        Polygon largest = null;
        Geometry projected = toMercator(country);
        for (int i = 0; i < projected.getNumGeometries(); i++) {
            if (projected.getGeometryN(i) instanceof Polygon p && (largest == null || p.getArea() > largest.getArea())) {
                largest = p;
            }
        }
        if (largest == null) {
            throw new IllegalArgumentException("a country without a polygon");
        }
        MaximumInscribedCircle circle = new MaximumInscribedCircle(largest, 1e-5);
        Point centre = circle.getCenter();
        double room = circle.getRadiusLine().getLength();
        return new NameSpot(WebMercator.lon(centre.getX() * WebMercator.TILE_SIZE, 0),
                WebMercator.lat(centre.getY() * WebMercator.TILE_SIZE, 0), room);
    }

    private static Geometry toMercator(Geometry g) {
        return new GeometryTransformer() {
            @Override
            protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                    org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
                Coordinate[] out = new Coordinate[coords.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = new Coordinate(WebMercator.x(coords.getX(k), 0) / WebMercator.TILE_SIZE,
                            WebMercator.y(coords.getY(k), 0) / WebMercator.TILE_SIZE);
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(g);
    }

    private ObjectNode multiPolygon(Geometry g) {
        ObjectNode node = json.createObjectNode();
        node.put("type", "MultiPolygon");
        ArrayNode polys = node.putArray("coordinates");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                ArrayNode rings = polys.addArray();
                rings.add(coords(p.getExteriorRing().getCoordinates()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(coords(p.getInteriorRingN(h).getCoordinates()));
                }
            }
        }
        return node;
    }

    private ArrayNode coords(Coordinate[] points) {
        ArrayNode a = json.createArrayNode();
        for (Coordinate c : points) {
            ArrayNode p = a.addArray();
            // 3 decimals = about 100 m: far finer than a 1:110m source.
            p.add(round(c.x, 1e3));
            p.add(round(c.y, 1e3));
        }
        return a;
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
