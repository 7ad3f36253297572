package org.incidentatlas.rendering.vector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import java.awt.Graphics2D;
import java.util.function.Consumer;

import org.incidentatlas.rendering.BasemapStyle;
import org.incidentatlas.rendering.MapOverlay;
import org.incidentatlas.rendering.MbTiles;
import org.incidentatlas.rendering.MbTilesOverlay;
import org.incidentatlas.rendering.MbTilesException;
import org.incidentatlas.rendering.TileImages;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.InputFiles;

/**
 * The user's own base map ({@code --basemap}, File → Base map…): raster tiles shown as they are,
 * or vector tiles drawn in our style. Which one a file holds is read from its content, never its
 * name: an SQLite file is MBTiles (raster or vector by its metadata, else by its first tile), a
 * file starting with "PMTiles" is a PMTiles archive.
 */
public sealed interface UserBasemap extends AutoCloseable {

    /** PNG or JPEG tiles from an MBTiles file. */
    record Raster(MbTiles tiles) implements UserBasemap {
        @Override
        public Path file() {
            return tiles.file();
        }

        @Override
        public void close() {
            tiles.close();
        }
    }

    /** OpenMapTiles vector tiles from an MBTiles or PMTiles file. */
    record Vector(VectorTiles tiles) implements UserBasemap {
        @Override
        public Path file() {
            return tiles.file();
        }

        @Override
        public void close() {
            tiles.close();
        }
    }

    Path file();

    @Override
    void close();

    /** OpenStreetMap's data is under the ODbL, which asks for this credit wherever it is shown. */
    String OPENSTREETMAP_CREDIT = "© OpenStreetMap contributors";

    /** The credit this base map's data requires on the map: OpenStreetMap's for vector tiles; raster files carry their own. */
    default Optional<String> credit() {
        return this instanceof Vector ? Optional.of(OPENSTREETMAP_CREDIT) : Optional.empty();
    }

    /**
     * This base map as a layer of a picture, drawn over {@code under} (the drawn map): raster
     * tiles as they are, vector tiles in the street style that goes with {@code style}.
     *
     * @param problems told once per damaged tile, naming the file and the tile
     */
    default MapOverlay over(MapOverlay under, BasemapStyle style, Consumer<String> problems) {
        MapOverlay mine = this instanceof Vector vector
                ? new VectorTileRenderer(vector.tiles(), VectorStyle.of(style), problems).withCredit()
                : new MbTilesOverlay(((Raster) this).tiles());
        return (g, v) -> {
            Graphics2D below = (Graphics2D) g.create();
            try {
                under.paint(below, v);
            } finally {
                below.dispose();
            }
            mine.paint(g, v);
        };
    }

    /** Opens and checks {@code file}; the exception says in one line what is wrong with it. */
    static UserBasemap open(Path file) throws MbTilesException {
        try {
            InputFiles.check(file, InputFiles.Kind.BASEMAP);
        } catch (FileProblemException e) {
            throw new MbTilesException(file, e.reason().equals("does not exist") ? "the file does not exist" : "it " + e.reason(), null);
        }
        byte[] sqlite = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        byte[] head = new byte[sqlite.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new MbTilesException(file, "it cannot be read (" + e.getMessage() + ")", e);
        }
        if (read >= PmTiles.MAGIC.length && Arrays.equals(Arrays.copyOf(head, PmTiles.MAGIC.length), PmTiles.MAGIC)) {
            return new Vector(VectorTiles.openPmTiles(file));
        }
        if (read != head.length || !Arrays.equals(head, sqlite)) {
            throw new MbTilesException(file, "it is neither an MBTiles file (not an SQLite database) nor a PMTiles file", null);
        }
        MbTiles mbtiles = MbTiles.openAny(file);
        if (isVector(mbtiles)) {
            return new Vector(VectorTiles.of(mbtiles));
        }
        if (!mbtiles.format().isEmpty() && !mbtiles.format().matches("png|jpe?g|webp")) {
            mbtiles.close();
            throw new MbTilesException(file, "its tiles are '" + mbtiles.format()
                    + "'; a base map holds png, jpg or vector (pbf) tiles", null);
        }
        return new Raster(mbtiles);
    }

    /** Vector by the metadata's format; without one, by whether a stored tile is an image. */
    private static boolean isVector(MbTiles mbtiles) {
        String format = mbtiles.format();
        if (format.equals("pbf") || format.equals("mvt")) {
            return true;
        }
        if (!format.isEmpty()) {
            return false;
        }
        Optional<byte[]> sample = mbtiles.someTile().flatMap(t -> mbtiles.tileData((int) t[0], t[1], t[2]));
        return sample.isPresent() && TileImages.refusal(sample.get(), Integer.MAX_VALUE)
                .filter(reason -> reason.startsWith("not a PNG")).isPresent();
    }
}
