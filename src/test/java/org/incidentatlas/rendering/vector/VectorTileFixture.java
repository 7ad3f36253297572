package org.incidentatlas.rendering.vector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;

import org.incidentatlas.geo.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Writes small OpenMapTiles-style vector tile sets for tests, as Planetiler would: features given
 * in longitude/latitude are cut into the tiles of each zoom (with a buffer), encoded with the same
 * library's encoder, gzipped, and stored in an MBTiles database or a PMTiles v3 archive.
 */
public final class VectorTileFixture {

    static final int EXTENT = 4096;
    /** Planetiler's default buffer: 4 of 256 pixels, in tile units. */
    static final int BUFFER = 64;
    static final GeometryFactory GEOMETRIES = new GeometryFactory();

    /** One feature: its layer, geometry in (lon, lat), and attributes. */
    public record Feature(String layer, Geometry lonLat, Map<String, Object> attributes) {
    }

    private final List<Feature> features = new ArrayList<>();

    public VectorTileFixture add(String layer, Geometry lonLat, Object... keyValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            attributes.put((String) keyValues[i], keyValues[i + 1]);
        }
        features.add(new Feature(layer, lonLat, attributes));
        return this;
    }

    public VectorTileFixture line(String layer, double[][] lonLats, Object... keyValues) {
        return add(layer, GEOMETRIES.createLineString(coordinates(lonLats, false)), keyValues);
    }

    public VectorTileFixture polygon(String layer, double[][] lonLats, Object... keyValues) {
        return add(layer, GEOMETRIES.createPolygon(coordinates(lonLats, true)), keyValues);
    }

    /** An axis-aligned rectangle from its south-west and north-east corners. */
    public VectorTileFixture box(String layer, double south, double west, double north, double east, Object... keyValues) {
        return polygon(layer, new double[][] {{west, south}, {east, south}, {east, north}, {west, north}}, keyValues);
    }

    public VectorTileFixture point(String layer, double lat, double lon, Object... keyValues) {
        return add(layer, GEOMETRIES.createPoint(new Coordinate(lon, lat)), keyValues);
    }

    private static Coordinate[] coordinates(double[][] lonLats, boolean close) {
        List<Coordinate> cs = new ArrayList<>();
        for (double[] ll : lonLats) {
            cs.add(new Coordinate(ll[0], ll[1]));
        }
        if (close && !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(cs.get(0));
        }
        return cs.toArray(Coordinate[]::new);
    }

    /** The encoded (gzipped) tiles of zooms {@code minZoom..maxZoom}, keyed by {z, x, y}; only tiles with features. */
    public Map<long[], byte[]> tiles(int minZoom, int maxZoom) throws IOException {
        Map<long[], byte[]> out = new LinkedHashMap<>();
        Envelope all = new Envelope();
        features.forEach(f -> all.expandToInclude(f.lonLat().getEnvelopeInternal()));
        for (int z = minZoom; z <= maxZoom; z++) {
            long x0 = (long) Math.floor(WebMercator.x(all.getMinX(), z) / 256), x1 = (long) Math.floor(WebMercator.x(all.getMaxX(), z) / 256);
            long y0 = (long) Math.floor(WebMercator.y(all.getMaxY(), z) / 256), y1 = (long) Math.floor(WebMercator.y(all.getMinY(), z) / 256);
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    byte[] tile = encode(z, x, y);
                    if (tile != null) {
                        out.put(new long[] {z, x, y}, gzip(tile));
                    }
                }
            }
        }
        return out;
    }

    /** Tile (z, x, y) encoded, or null if no feature reaches it. */
    byte[] encode(int z, long x, long y) {
        Envelope clip = new Envelope(-BUFFER, EXTENT + BUFFER, -BUFFER, EXTENT + BUFFER);
        Geometry clipBox = GEOMETRIES.toGeometry(clip);
        Map<String, List<Geometry>> layers = new TreeMap<>();
        for (Feature f : features) {
            Geometry inTile = f.lonLat().copy();
            inTile.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                double px = (WebMercator.x(c.x, z) - x * 256) * EXTENT / 256;
                double py = (WebMercator.y(c.y, z) - y * 256) * EXTENT / 256;
                c.x = Math.round(px);
                c.y = Math.round(py);
            });
            inTile.geometryChanged();
            if (!inTile.getEnvelopeInternal().intersects(clip)) {
                continue;
            }
            Geometry clipped = inTile.getDimension() == 0 ? inTile : inTile.intersection(clipBox);
            if (clipped.isEmpty() || (inTile.getDimension() == 0 && !clip.contains(inTile.getCoordinate()))) {
                continue;
            }
            clipped.setUserData(f.attributes());
            layers.computeIfAbsent(f.layer(), k -> new ArrayList<>()).add(clipped);
        }
        if (layers.isEmpty()) {
            return null;
        }
        List<JtsLayer> jts = new ArrayList<>();
        layers.forEach((name, geometries) -> jts.add(new JtsLayer(name, geometries, EXTENT)));
        return MvtEncoder.encode(new JtsMvt(jts), new MvtLayerParams(EXTENT), new UserDataKeyValueMapConverter());
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static String tileJson(Map<long[], byte[]> tiles) {
        return "{\"vector_layers\":[" + String.join(",", layerIds(tiles)) + "]}";
    }

    private static List<String> layerIds(Map<long[], byte[]> tiles) {
        return List.of("water", "waterway", "landcover", "landuse", "park", "transportation", "transportation_name",
                "building", "place", "boundary").stream().map(id -> "{\"id\":\"" + id + "\",\"fields\":{}}").toList();
    }

    /** An MBTiles 1.3 file of vector tiles (format pbf, TMS rows), with OpenMapTiles metadata. */
    public static Path writeMbTiles(Path file, Map<long[], byte[]> tiles, String metadataJson) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                for (String[] kv : new String[][] {{"name", "test"}, {"format", "pbf"}, {"json", metadataJson}}) {
                    if (kv[1] != null) {
                        p.setString(1, kv[0]);
                        p.setString(2, kv[1]);
                        p.executeUpdate();
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<long[], byte[]> t : tiles.entrySet()) {
                    long[] zxy = t.getKey();
                    p.setInt(1, (int) zxy[0]);
                    p.setLong(2, zxy[1]);
                    p.setLong(3, (1L << zxy[0]) - 1 - zxy[2]);
                    p.setBytes(4, t.getValue());
                    p.executeUpdate();
                }
            }
        }
        return file;
    }

    public Path writeMbTiles(Path file, int minZoom, int maxZoom) throws IOException, SQLException {
        Map<long[], byte[]> tiles = tiles(minZoom, maxZoom);
        return writeMbTiles(file, tiles, tileJson(tiles));
    }

    public Path writePmTiles(Path file, int minZoom, int maxZoom, boolean withLeaves) throws IOException {
        Map<long[], byte[]> tiles = tiles(minZoom, maxZoom);
        return writePmTiles(file, tiles, tileJson(tiles), minZoom, maxZoom, withLeaves);
    }

    /**
     * A PMTiles v3 archive: header, gzipped root directory (or, {@code withLeaves}, a root of
     * pointers to leaf directories of two entries each), gzipped JSON metadata, the tiles.
     */
    public static Path writePmTiles(Path file, Map<long[], byte[]> tiles, String metadataJson, int minZoom, int maxZoom,
                                    boolean withLeaves) throws IOException {
        TreeMap<Long, byte[]> byId = new TreeMap<>();
        tiles.forEach((zxy, bytes) -> byId.put(PmTiles.tileId((int) zxy[0], zxy[1], zxy[2]), bytes));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        List<long[]> entries = new ArrayList<>();
        for (Map.Entry<Long, byte[]> t : byId.entrySet()) {
            entries.add(new long[] {t.getKey(), 1, data.size(), t.getValue().length});
            data.write(t.getValue());
        }
        byte[] root;
        ByteArrayOutputStream leaves = new ByteArrayOutputStream();
        if (withLeaves) {
            List<long[]> pointers = new ArrayList<>();
            for (int i = 0; i < entries.size(); i += 2) {
                byte[] leaf = gzip(directory(entries.subList(i, Math.min(entries.size(), i + 2))));
                pointers.add(new long[] {entries.get(i)[0], 0, leaves.size(), leaf.length});
                leaves.write(leaf);
            }
            root = gzip(directory(pointers));
        } else {
            root = gzip(directory(entries));
        }
        byte[] metadata = gzip(metadataJson.getBytes(StandardCharsets.UTF_8));
        long rootOffset = PmTiles.HEADER_LENGTH, metadataOffset = rootOffset + root.length;
        long leafOffset = metadataOffset + metadata.length, dataOffset = leafOffset + leaves.size();
        ByteBuffer h = ByteBuffer.allocate(PmTiles.HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        h.put(PmTiles.MAGIC).put((byte) 3);
        h.putLong(rootOffset).putLong(root.length).putLong(metadataOffset).putLong(metadata.length)
                .putLong(leafOffset).putLong(leaves.size()).putLong(dataOffset).putLong(data.size())
                .putLong(entries.size()).putLong(entries.size()).putLong(entries.size());
        h.put((byte) 1).put((byte) PmTiles.COMPRESSION_GZIP).put((byte) PmTiles.COMPRESSION_GZIP).put((byte) PmTiles.TILE_TYPE_MVT)
                .put((byte) minZoom).put((byte) maxZoom);
        h.putInt((int) (72.7 * 1e7)).putInt((int) (40.4 * 1e7)).putInt((int) (72.9 * 1e7)).putInt((int) (40.6 * 1e7));
        h.put((byte) maxZoom).putInt((int) (72.8 * 1e7)).putInt((int) (40.5 * 1e7));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(h.array());
            out.write(root);
            out.write(metadata);
            leaves.writeTo(out);
            data.writeTo(out);
        }
        return file;
    }

    /** A directory as the spec encodes it: count, delta ids, run lengths, lengths, offsets + 1 (0 when contiguous). */
    static byte[] directory(List<long[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, entries.size());
        long last = 0;
        for (long[] e : entries) {
            varint(out, e[0] - last);
            last = e[0];
        }
        entries.forEach(e -> varint(out, e[1]));
        entries.forEach(e -> varint(out, e[3]));
        for (int i = 0; i < entries.size(); i++) {
            long[] e = entries.get(i);
            boolean contiguous = i > 0 && e[2] == entries.get(i - 1)[2] + entries.get(i - 1)[3];
            varint(out, contiguous ? 0 : e[2] + 1);
        }
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }
}
