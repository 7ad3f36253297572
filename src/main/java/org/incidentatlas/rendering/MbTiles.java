package org.incidentatlas.rendering;

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
 * A user-supplied base map in MBTiles 1.3 format (an SQLite file of tiles), opened read-only:
 * raster (PNG/JPEG, {@link #open}) or any format ({@link #openAny}; vector tiles are read by
 * {@code basemap.vector}). MBTiles numbers rows TMS-style, from the south, so y is flipped here;
 * callers use slippy-map (z, x, y) like everything else.
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
    /** The metadata's tile format, lower case ("png", "pbf", ...), or "" when it names none. */
    private final String format;

    private MbTiles(Path file, Connection connection, PreparedStatement query, Deadline deadline, Duration tileTimeout,
                    String format) {
        this.format = format;
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

    /**
     * As {@link #open(Path)}, but tiles of any format are accepted: the caller reads
     * {@link #format()} and the raw {@link #tileData} (vector tiles are protobuf, not images).
     */
    public static MbTiles openAny(Path file) throws MbTilesException {
        return open(file, OPEN_TIMEOUT, TILE_TIMEOUT, false);
    }

    /** As {@link #open(Path)} with other time limits (tests use short ones). */
    static MbTiles open(Path file, Duration openTimeout, Duration tileTimeout) throws MbTilesException {
        return open(file, openTimeout, tileTimeout, true);
    }

    private static MbTiles open(Path file, Duration openTimeout, Duration tileTimeout, boolean rasterOnly) throws MbTilesException {
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
            String format = format(c);
            if (rasterOnly && !format.isEmpty() && !format.matches("png|jpe?g|webp")) {
                throw new MbTilesException(file, "its tiles are '" + format + "', but only raster png or jpg tiles can be shown", null);
            }
            // One row is enough to know there are tiles; count(*) would read every row (or never end on a recursive view).
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM tiles LIMIT 1")) {
                if (!rs.next()) {
                    throw new MbTilesException(file, "it holds no tiles", null);
                }
            }
            deadline.stop();
            PreparedStatement q = c.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
            return new MbTiles(file, c, q, deadline, tileTimeout, format);
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

    /** The metadata's tile format in lower case, or "" when there is none. */
    private static String format(Connection c) throws SQLException {
        return metadata(c, "format").map(f -> f.trim().toLowerCase(java.util.Locale.ROOT)).orElse("");
    }

    private static Optional<String> metadata(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM metadata WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            // MBTiles 1.3 requires the metadata table, but a missing one is harmless for showing tiles.
            if (String.valueOf(e.getMessage()).contains("no such table: metadata")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The tile format the metadata names, lower case ("png", "jpg", "pbf"), or "" when it names none. */
    public String format() {
        return format;
    }

    /** A metadata value ("json", "minzoom", ...), if the file has it and it can be read in time. */
    public synchronized Optional<String> metadata(String name) {
        deadline.start(tileTimeout);
        try {
            return metadata(connection, name);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Base map " + file + ": cannot read metadata '" + name + "': " + e.getMessage());
            return Optional.empty();
        } finally {
            deadline.stop();
        }
    }

    /** The zooms the file has tiles for, {min, max}, or empty if they cannot be read in time. */
    public synchronized Optional<int[]> zoomRange() {
        deadline.start(tileTimeout);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(zoom_level), max(zoom_level) FROM tiles")) {
            if (rs.next() && rs.getObject(1) != null) {
                return Optional.of(new int[] {rs.getInt(1), rs.getInt(2)});
            }
            return Optional.empty();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Base map " + file + ": cannot read its zoom levels: " + e.getMessage());
            return Optional.empty();
        } finally {
            deadline.stop();
        }
    }

    /** Slippy-map {z, x, y} of one tile the file has (to sample its content), or empty. */
    public synchronized Optional<long[]> someTile() {
        deadline.start(tileTimeout);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT zoom_level, tile_column, tile_row FROM tiles LIMIT 1")) {
            if (rs.next()) {
                int z = rs.getInt(1);
                return Optional.of(new long[] {z, rs.getLong(2), (1L << z) - 1 - rs.getLong(3)});
            }
            return Optional.empty();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Base map " + file + ": cannot find a tile: " + e.getMessage());
            return Optional.empty();
        } finally {
            deadline.stop();
        }
    }

    /** The encoded image of slippy-map tile (z, x, y), if the file has it. */
    public Optional<byte[]> tile(int zoom, long x, long y) {
        Optional<byte[]> bytes = tileData(zoom, x, y);
        if (bytes.isEmpty()) {
            return bytes;
        }
        Optional<String> refused = TileImages.refusal(bytes.get(), MAX_TILE_PIXELS);
        if (refused.isPresent()) {
            LOG.log(Level.WARNING, "Base map " + file + ": tile " + zoom + "/" + x + "/" + y + " not shown: " + refused.get());
            return Optional.empty();
        }
        return bytes;
    }

    /** The stored bytes of slippy-map tile (z, x, y) as they are (an image, or a possibly gzipped vector tile). */
    public Optional<byte[]> tileData(int zoom, long x, long y) {
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
                return Optional.ofNullable(bytes);
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
