package org.incidentatlas.rendering.vector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;

import org.incidentatlas.rendering.MbTiles;
import org.incidentatlas.rendering.MbTilesException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A user's vector tiles in the OpenMapTiles schema (what Planetiler writes from an OpenStreetMap
 * extract), from an MBTiles or a PMTiles file: decoded on demand with mapbox-vector-tile-java and
 * kept in a small cache. Thread-safe. Opening checks the schema and decodes one tile, so a file
 * that cannot be drawn is refused up front with a message naming it.
 */
public final class VectorTiles implements AutoCloseable {

    /** The OpenMapTiles layers this style draws; a file with none of them has another schema. */
    public static final Set<String> OPENMAPTILES_LAYERS = Set.of("water", "waterway", "landcover", "landuse", "park",
            "transportation", "transportation_name", "building", "place", "boundary");

    /** A decoded tile is at most this large; more is a gzip bomb or a corrupt file. */
    private static final int MAX_INFLATED_BYTES = 16 << 20;
    private static final int CACHE_TILES = 96;
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();
    private static final System.Logger LOG = System.getLogger(VectorTiles.class.getName());

    private final TileArchive archive;
    private final int minZoom;
    private final int maxZoom;
    private final Map<Long, Optional<VectorTile>> cache = new LinkedHashMap<>(CACHE_TILES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Optional<VectorTile>> eldest) {
            return size() > CACHE_TILES;
        }
    };

    private VectorTiles(TileArchive archive, int minZoom, int maxZoom) {
        this.archive = archive;
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
    }

    /** Vector tiles from an MBTiles file already opened (its format is pbf); closes it if refused. */
    static VectorTiles of(MbTiles mbtiles) throws MbTilesException {
        return checked(new MbTilesArchive(mbtiles));
    }

    /** Vector tiles from a PMTiles file (its first bytes are the PMTiles magic). */
    static VectorTiles openPmTiles(Path file) throws MbTilesException {
        PmTiles archive;
        try {
            archive = PmTiles.open(file);
        } catch (IOException e) {
            throw new MbTilesException(file, "it cannot be read (" + e.getMessage() + ")", e);
        } catch (TileArchive.TileArchiveException e) {
            throw new MbTilesException(file, e.getMessage(), e);
        }
        int type = archive.header().tileType();
        if (type != PmTiles.TILE_TYPE_MVT) {
            archive.close();
            throw new MbTilesException(file, "its tiles are " + (type == 2 ? "png" : type == 3 ? "jpeg" : type == 4 ? "webp" : "of type " + type)
                    + "; from PMTiles only vector tiles (mvt) can be shown (raster base maps: use MBTiles)", null);
        }
        int compression = archive.header().tileCompression();
        if (compression != PmTiles.COMPRESSION_GZIP && compression != PmTiles.COMPRESSION_NONE) {
            archive.close();
            throw new MbTilesException(file, "its tiles are compressed with " + PmTiles.compressionName(compression)
                    + "; only gzip or none can be read (Planetiler writes gzip)", null);
        }
        return checked(archive);
    }

    private static VectorTiles checked(TileArchive archive) throws MbTilesException {
        Path file = archive.file();
        try {
            int[] zooms = archive.zoomRange();
            VectorTiles tiles = new VectorTiles(archive, zooms[0], zooms[1]);
            Set<String> declared = declaredLayers(archive);
            Optional<long[]> sample = archive.someTile();
            if (sample.isEmpty()) {
                throw new MbTilesException(file, "it holds no tiles", null);
            }
            long[] at = sample.get();
            VectorTile tile = tiles.decode((int) at[0], at[1], at[2]).orElseThrow(
                    () -> new MbTilesException(file, "its tile " + at[0] + "/" + at[1] + "/" + at[2] + " is listed but cannot be read", null));
            Set<String> layers = declared.isEmpty() ? tile.layers().keySet() : declared;
            if (!layers.isEmpty() && layers.stream().noneMatch(OPENMAPTILES_LAYERS::contains)) {
                throw new MbTilesException(file, "its vector layers (" + String.join(", ", new TreeSet<>(layers))
                        + ") are not the OpenMapTiles schema (transportation, building, place, water...; Planetiler writes it)", null);
            }
            return tiles;
        } catch (TileArchive.TileArchiveException e) {
            archive.close();
            throw new MbTilesException(file, e.getMessage(), e);
        } catch (MbTilesException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /** The layer ids the metadata's "vector_layers" names (TileJSON), or none if it names none. */
    private static Set<String> declaredLayers(TileArchive archive) throws TileArchive.TileArchiveException {
        Optional<String> json = archive.metadataJson();
        Set<String> ids = new TreeSet<>();
        if (json.isEmpty()) {
            return ids;
        }
        try {
            JsonNode layers = new ObjectMapper().readTree(json.get()).path("vector_layers");
            for (JsonNode layer : layers) {
                if (layer.path("id").isTextual()) {
                    ids.add(layer.path("id").asText());
                }
            }
        } catch (IOException e) {
            // Metadata is a description, not the tiles: unreadable metadata leaves the sample tile to judge.
            LOG.log(System.Logger.Level.WARNING, "Base map " + archive.file() + ": its metadata is not JSON: " + e.getMessage());
        }
        return ids;
    }

    public Path file() {
        return archive.file();
    }

    /** The highest zoom the file has tiles for; closer views draw its tiles enlarged. */
    public int maxZoom() {
        return maxZoom;
    }

    public int minZoom() {
        return minZoom;
    }

    /**
     * Tile (z, x, y), decoded, or empty where the file has none. A tile that cannot be read is
     * reported once to {@code problems} (the message names the file and the tile) and then
     * treated as missing, so one damaged tile never stops a map from being drawn.
     */
    public Optional<VectorTile> tile(int zoom, long x, long y, Consumer<String> problems) {
        long key = ((long) zoom << 58) | (x << 29) | y;
        synchronized (cache) {
            Optional<VectorTile> cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Optional<VectorTile> tile;
        try {
            tile = decode(zoom, x, y);
        } catch (MbTilesException e) {
            problems.accept(e.getMessage());
            tile = Optional.empty();
        }
        synchronized (cache) {
            cache.put(key, tile);
        }
        return tile;
    }

    private Optional<VectorTile> decode(int zoom, long x, long y) throws MbTilesException {
        String where = "its tile " + zoom + "/" + x + "/" + y;
        Optional<byte[]> stored;
        try {
            stored = archive.tileData(zoom, x, y);
        } catch (TileArchive.TileArchiveException e) {
            throw new MbTilesException(file(), e.getMessage(), e);
        }
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = stored.get();
        try {
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
                bytes = PmTiles.gunzip(bytes, MAX_INFLATED_BYTES, "tile " + zoom + "/" + x + "/" + y);
            }
            JtsMvt mvt = MvtReader.loadMvt(new ByteArrayInputStream(bytes), GEOMETRIES, new TagKeyValueMapConverter(),
                    MvtReader.RING_CLASSIFIER_V2_1);
            Map<String, List<Geometry>> layers = new LinkedHashMap<>();
            int extent = 4096;
            for (JtsLayer layer : mvt.getLayers()) {
                layers.put(layer.getName(), List.copyOf(new ArrayList<>(layer.getGeometries())));
                extent = layer.getExtent();
            }
            if (bytes.length > 0 && layers.isEmpty()) {
                throw new MbTilesException(file(), where + " is not a vector tile (no layers in " + bytes.length + " bytes)", null);
            }
            return Optional.of(new VectorTile(zoom, x, y, extent, layers));
        } catch (TileArchive.TileArchiveException e) {
            throw new MbTilesException(file(), e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new MbTilesException(file(), where + " is corrupt, not a Mapbox vector tile (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        archive.close();
    }

    /** An opened MBTiles file of vector tiles as an archive. */
    private record MbTilesArchive(MbTiles mbtiles) implements TileArchive {

        @Override
        public Path file() {
            return mbtiles.file();
        }

        @Override
        public Optional<byte[]> tileData(int zoom, long x, long y) {
            return mbtiles.tileData(zoom, x, y);
        }

        /** MBTiles 1.3 keeps the TileJSON "vector_layers" in the metadata row "json". */
        @Override
        public Optional<String> metadataJson() {
            return mbtiles.metadata("json");
        }

        @Override
        public int[] zoomRange() {
            return mbtiles.zoomRange().orElse(new int[] {0, 14});
        }

        @Override
        public Optional<long[]> someTile() {
            return mbtiles.someTile();
        }

        @Override
        public void close() {
            mbtiles.close();
        }
    }
}
