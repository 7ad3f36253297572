package org.incidentatlas.rendering.vector;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file of stored tiles, addressed in slippy-map (z, x, y): an MBTiles database or a PMTiles
 * archive. Hands out each tile's bytes as stored (usually gzipped); {@link VectorTiles} decodes them.
 */
interface TileArchive extends AutoCloseable {

    Path file();

    /** The stored bytes of tile (z, x, y), or empty if the archive has none there. */
    Optional<byte[]> tileData(int zoom, long x, long y) throws TileArchiveException;

    /** The archive's TileJSON-like metadata ("vector_layers", "name", ...) as JSON text, if any. */
    Optional<String> metadataJson() throws TileArchiveException;

    /** The zooms the archive has tiles for, {min, max}. */
    int[] zoomRange() throws TileArchiveException;

    /** Slippy-map {z, x, y} of one tile the archive has (to sample its content), or empty. */
    Optional<long[]> someTile() throws TileArchiveException;

    @Override
    void close();

    /** A damaged archive: the message says what is wrong, without the file's name (callers add it). */
    final class TileArchiveException extends Exception {
        TileArchiveException(String problem) {
            super(problem);
        }

        TileArchiveException(String problem, Throwable cause) {
            super(problem, cause);
        }
    }
}
