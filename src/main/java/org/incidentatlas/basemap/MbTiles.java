package org.incidentatlas.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;

import org.sqlite.SQLiteConfig;

/**
 * A user-supplied raster base map in MBTiles 1.3 format (an SQLite file of PNG/JPEG tiles),
 * opened read-only. MBTiles numbers rows TMS-style, from the south, so y is flipped here; callers
 * use slippy-map (z, x, y) like everything else.
 */
public final class MbTiles implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MbTiles.class.getName());
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final PreparedStatement query;

    private MbTiles(Path file, Connection connection, PreparedStatement query) {
        this.file = file;
        this.connection = connection;
        this.query = query;
    }

    /** Opens and checks {@code file}; the exception says what is wrong in words a user can act on. */
    public static MbTiles open(Path file) throws MbTilesException {
        if (!Files.exists(file)) {
            throw new MbTilesException(file, "the file does not exist", null);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new MbTilesException(file, "it is not a readable file", null);
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) != head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new MbTilesException(file, "it is not an MBTiles file (not an SQLite database)", null);
            }
        } catch (IOException e) {
            throw new MbTilesException(file, "it cannot be read (" + e.getMessage() + ")", e);
        }
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            checkFormat(file, c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM tiles")) {
                if (!rs.next() || rs.getLong(1) == 0) {
                    throw new MbTilesException(file, "it holds no tiles", null);
                }
            }
            PreparedStatement q = c.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
            return new MbTiles(file, c, q);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new MbTilesException(file, "it is not a valid MBTiles file (" + e.getMessage() + ")", e);
        } catch (MbTilesException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Vector MBTiles (pbf) cannot be shown by a raster map: refuse them up front. */
    private static void checkFormat(Path file, Connection c) throws SQLException, MbTilesException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM metadata WHERE name = 'format'")) {
            if (rs.next()) {
                String format = rs.getString(1);
                if (format != null && !format.isBlank() && !format.matches("(?i)png|jpe?g|webp")) {
                    throw new MbTilesException(file, "its tiles are '" + format + "', but only raster png or jpg tiles can be shown", null);
                }
            }
        } catch (SQLException e) {
            // MBTiles 1.3 requires the metadata table, but a missing one is harmless for showing tiles.
            if (!String.valueOf(e.getMessage()).contains("no such table: metadata")) {
                throw e;
            }
        }
    }

    /** The encoded image of slippy-map tile (z, x, y), if the file has it. */
    public Optional<byte[]> tile(int zoom, long x, long y) {
        long tmsRow = (1L << zoom) - 1 - y;
        synchronized (this) {
            try {
                query.setInt(1, zoom);
                query.setLong(2, x);
                query.setLong(3, tmsRow);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                // A damaged page costs one tile, which the drawn map replaces; say so once per failure.
                LOG.log(Level.WARNING, "Base map " + file + ": cannot read tile " + zoom + "/" + x + "/" + y + ": " + e.getMessage());
                return Optional.empty();
            }
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a read-only connection: nothing to lose
            }
        }
    }
}
