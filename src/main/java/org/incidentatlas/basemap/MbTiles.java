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
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.InputFiles;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;

/**
 * A user-supplied raster base map in MBTiles 1.3 format (an SQLite file of PNG/JPEG tiles),
 * opened read-only. MBTiles numbers rows TMS-style, from the south, so y is flipped here; callers
 * use slippy-map (z, x, y) like everything else.
 */
public final class MbTiles implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MbTiles.class.getName());
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** How long opening (checking the format and that there are tiles) may take. */
    public static final Duration OPEN_TIMEOUT = Duration.ofSeconds(5);
    /** How long one tile query may take; a slower one costs that tile, which the drawn map replaces. */
    public static final Duration TILE_TIMEOUT = Duration.ofSeconds(2);
    /** Tiles are 256 or 512 pixels square; a tile claiming more is not decoded (it could exhaust memory). */
    public static final int MAX_TILE_PIXELS = 1024;

    private final Path file;
    private final Connection connection;
    private final PreparedStatement query;
    private final Deadline deadline;
    private final Duration tileTimeout;

    private MbTiles(Path file, Connection connection, PreparedStatement query, Deadline deadline, Duration tileTimeout) {
        this.file = file;
        this.connection = connection;
        this.query = query;
        this.deadline = deadline;
        this.tileTimeout = tileTimeout;
    }

    /**
     * Interrupts any SQLite statement of the connection that runs past its deadline: a user's file
     * may hold a view that never ends, and nothing it does may hang the app.
     */
    private static final class Deadline extends ProgressHandler {
        private volatile long nanos = Long.MAX_VALUE;
        private volatile boolean expired;

        void start(Duration timeout) {
            expired = false;
            nanos = System.nanoTime() + timeout.toNanos();
        }

        void stop() {
            nanos = Long.MAX_VALUE;
        }

        @Override
        protected int progress() {
            if (nanos != Long.MAX_VALUE && System.nanoTime() - nanos > 0) {
                expired = true;
                return 1;
            }
            return 0;
        }
    }

    /** Opens and checks {@code file}; the exception says what is wrong in words a user can act on. */
    public static MbTiles open(Path file) throws MbTilesException {
        return open(file, OPEN_TIMEOUT, TILE_TIMEOUT);
    }

    /** As {@link #open(Path)} with other time limits (tests use short ones). */
    static MbTiles open(Path file, Duration openTimeout, Duration tileTimeout) throws MbTilesException {
        try {
            InputFiles.check(file, InputFiles.Kind.BASEMAP);
        } catch (FileProblemException e) {
            throw new MbTilesException(file, e.reason().equals("does not exist") ? "the file does not exist" : "it " + e.reason(), null);
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
        Deadline deadline = new Deadline();
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            ProgressHandler.setHandler(c, 1000, deadline);
            deadline.start(openTimeout);
            checkFormat(file, c);
            // One row is enough to know there are tiles; count(*) would read every row (or never end on a recursive view).
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM tiles LIMIT 1")) {
                if (!rs.next()) {
                    throw new MbTilesException(file, "it holds no tiles", null);
                }
            }
            deadline.stop();
            PreparedStatement q = c.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
            return new MbTiles(file, c, q, deadline, tileTimeout);
        } catch (SQLException e) {
            closeQuietly(c);
            if (deadline.expired) {
                throw new MbTilesException(file, "it takes too long to read (over " + openTimeout.toMillis()
                        + " ms to find one tile; is its 'tiles' a view that never ends?)", e);
            }
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
                deadline.start(tileTimeout);
                byte[] bytes;
                try (ResultSet rs = query.executeQuery()) {
                    bytes = rs.next() ? rs.getBytes(1) : null;
                } finally {
                    deadline.stop();
                }
                if (bytes == null) {
                    return Optional.empty();
                }
                Optional<String> refused = TileImages.refusal(bytes, MAX_TILE_PIXELS);
                if (refused.isPresent()) {
                    LOG.log(Level.WARNING, "Base map " + file + ": tile " + zoom + "/" + x + "/" + y + " not shown: " + refused.get());
                    return Optional.empty();
                }
                return Optional.of(bytes);
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
