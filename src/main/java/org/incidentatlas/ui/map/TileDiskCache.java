package org.incidentatlas.ui.map;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.UserCacheFolder;

/**
 * Tiles of the bundled map drawn in an earlier run, kept in the user's cache folder so that the next start shows its first
 * screen without drawing it (as browsers and QGIS keep tiles): the map view is restored from the preferences, so a start
 * asks the tiles the last one drew. Drawing a tile with the JIT still cold took most of the time between the window
 * appearing and its map; reading one is a file read and a native inflate straight into the pixels JavaFX shows.
 *
 * <p>A tile is found only under its whole key: the build that drew it (a digest of the app's jar, which holds both the
 * drawing code and {@code basemap.bin}, and the Java runtime's version), the style, zoom, column, row and size. Each file
 * repeats the key in its header and ends in zlib's checksum, so a file from another build, style or tile, a truncated
 * or damaged one is not used: the tile is drawn instead and the file replaced. Files are written off the JavaFX thread
 * by one low-priority thread, only once {@link #startWriting} is called (after the first screen is drawn), each with
 * {@link AtomicWriter}; at most {@code maxTiles} are kept (the least recently used go first), and the tiles of other
 * builds are deleted. A folder that cannot be written leaves the cache unused, with one log line.
 */
public final class TileDiskCache {

    private static final System.Logger LOG = System.getLogger(TileDiskCache.class.getName());

    /** About 15 to 20 MB on disk (a drawn tile deflates to 6 to 115 KB, 35 KB typically): the first screens of many views and zooms. */
    static final int MAX_TILES = 400;
    private static final int MAGIC = 0x49415443; // "IATC"
    private static final int FORMAT = 1;
    /** A tile is 257 x 257 pixels (256 and the overlap margin); a file larger than this is not ours. */
    private static final int MAX_FILE_BYTES = 4 << 20;
    private static final int MAX_SIDE = 1024;
    private static final String SUFFIX = ".tile";

    private final Path root;
    private final String build;
    private final Path folder;
    private final int maxTiles;
    /** Saves and touches asked before {@link #startWriting}; then the writer takes them. */
    private final List<Runnable> waiting = new ArrayList<>();
    private ExecutorService writer;
    /** Tiles in this build's folder, counted when the writer starts, then kept up to date by it. */
    private int stored;
    /** Set on the writer's thread once a write has failed: a folder that cannot be written is not tried again and again. */
    private volatile boolean unwritable;

    /**
     * @param root     the cache folder of tiles (every build's tiles below it)
     * @param build    what drew the tiles: a tile drawn by another build is never read
     * @param maxTiles how many tiles to keep at most
     */
    public TileDiskCache(Path root, String build, int maxTiles) {
        if (maxTiles < 1) {
            throw new IllegalArgumentException("maxTiles must be at least 1: " + maxTiles);
        }
        this.root = root.toAbsolutePath();
        this.build = build;
        this.folder = this.root.resolve(folderName(build));
        this.maxTiles = maxTiles;
    }

    /**
     * The cache of the running app: {@code tiles} in the user's cache folder ({@code $XDG_CACHE_HOME/incident-atlas},
     * else {@code ~/.cache/incident-atlas}; {@code ~/Library/Caches/incident-atlas} on macOS,
     * {@code %LOCALAPPDATA%\incident-atlas} on Windows), keyed by the app's jar. Empty when the code does not run from a
     * jar (the build's classes folder: {@code mvn javafx:run} and the tests), whose identity no single file gives.
     */
    public static Optional<TileDiskCache> forRunningApp(Map<String, String> environment) {
        try {
            Path code = Path.of(MapTiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code) || !code.getFileName().toString().endsWith(".jar")) {
                return Optional.empty();
            }
            return Optional.of(new TileDiskCache(UserCacheFolder.of(environment).resolve("tiles"), buildOf(code), MAX_TILES));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "No tile cache this run: " + e);
            return Optional.empty();
        }
    }

    /**
     * The identity of the build in {@code jar}: a CRC-32C of its bytes (the drawing code and the bundled map's data are
     * both in it) with its size, and the Java runtime's version (its rasteriser draws the tiles).
     */
    static String buildOf(Path jar) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; size += n) {
                crc.update(buffer, 0, n);
            }
        }
        return "jar " + Long.toHexString(crc.getValue()) + " " + size + " bytes, Java " + System.getProperty("java.runtime.version", "?");
    }

    private static String folderName(String build) {
        CRC32C crc = new CRC32C();
        crc.update(build.getBytes(StandardCharsets.UTF_8));
        return "build-" + Long.toHexString(crc.getValue());
    }

    private Path file(String style, int zoom, long x, long y) {
        return folder.resolve(style).resolve(Integer.toString(zoom)).resolve(x + "-" + y + SUFFIX);
    }

    /**
     * The tile as saved by this build, or empty: none saved, or the file is not a whole tile of this key (it is then left
     * to be replaced by the tile drawn instead). Blocks on a file read: call it on a tile worker.
     *
     * @param style the style's name, part of the key
     * @param side  the tile's width and height in pixels
     */
    public Optional<Image> read(String style, int zoom, long x, long y, int side) {
        Path file = file(style, zoom, x, y);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Saved tile " + file + " not read: " + e);
            return Optional.empty();
        }
        try {
            // The header read as {@link #write} wrote it (DataOutputStream's encoding, its modified UTF-8 included).
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            DataInputStream header = new DataInputStream(in);
            if (header.readInt() != MAGIC || header.readInt() != FORMAT || !build.equals(header.readUTF()) || !style.equals(header.readUTF())
                    || header.readInt() != zoom || header.readLong() != x || header.readLong() != y || header.readInt() != side
                    || header.readInt() != side) {
                LOG.log(System.Logger.Level.DEBUG, "Saved tile " + file + " is not the tile asked; drawn instead");
                return Optional.empty();
            }
            int pixelsFrom = bytes.length - in.available();
            // Premultiplied ARGB ints in little-endian order are the bytes B, G, R, A: JavaFX shows them as they are inflated.
            byte[] pixels = new byte[side * side * 4];
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(bytes, pixelsFrom, bytes.length - pixelsFrom);
                int filled = 0;
                while (filled < pixels.length && !inflater.finished() && !inflater.needsInput()) {
                    filled += inflater.inflate(pixels, filled, pixels.length - filled);
                }
                // zlib checks its Adler-32 as the stream ends: a damaged file fails here or above.
                if (filled != pixels.length || !inflater.finished() || inflater.getRemaining() != 0) {
                    LOG.log(System.Logger.Level.DEBUG, "Saved tile " + file + " is truncated; drawn instead");
                    return Optional.empty();
                }
            } finally {
                inflater.end();
            }
            return Optional.of(new WritableImage(new PixelBuffer<>(side, side, ByteBuffer.wrap(pixels), PixelFormat.getByteBgraPreInstance())));
        } catch (DataFormatException | IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Saved tile " + file + " is damaged; drawn instead: " + e);
            return Optional.empty();
        }
    }

    /**
     * Saves a drawn tile for the next runs (once writing has started; until then it waits). Returns at once.
     *
     * @param argbPremultiplied the tile's pixels, opaque, never changed after this call
     */
    public void save(String style, int zoom, long x, long y, int side, int[] argbPremultiplied) {
        if (argbPremultiplied.length != side * side || side > MAX_SIDE) {
            throw new IllegalArgumentException("a tile of " + side + " x " + side + " pixels has " + argbPremultiplied.length);
        }
        submit(() -> write(style, zoom, x, y, side, argbPremultiplied));
    }

    /** Marks a tile read from the cache as just used, so that the least recently used go first. Returns at once. */
    public void used(String style, int zoom, long x, long y) {
        submit(() -> {
            try {
                Files.setLastModifiedTime(file(style, zoom, x, y), FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException | RuntimeException ignored) {
                // only the order of eviction is affected
            }
        });
    }

    /**
     * Starts writing the tiles saved so far and those saved from now on, on a thread of its own at low priority. The app
     * calls it once the first screen is drawn, so the writes never take the cores from it.
     */
    public void startWriting() {
        List<Runnable> queued;
        synchronized (waiting) {
            if (writer != null) {
                return;
            }
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "map-tile-cache-writer");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });
            queued = List.copyOf(waiting);
            waiting.clear();
            writer.execute(this::forgetOtherBuildsAndCount);
            queued.forEach(writer::execute);
        }
    }

    /** Waits for the writes asked so far (tests). */
    void awaitWritten() throws InterruptedException, ExecutionException, TimeoutException {
        ExecutorService running;
        synchronized (waiting) {
            running = writer;
        }
        if (running != null) {
            running.submit(() -> { }).get(30, TimeUnit.SECONDS);
        }
    }

    private void submit(Runnable work) {
        synchronized (waiting) {
            if (writer == null) {
                waiting.add(work);
            } else {
                writer.execute(work);
            }
        }
    }

    private void write(String style, int zoom, long x, long y, int side, int[] pixels) {
        if (unwritable) {
            return;
        }
        Path file = file(style, zoom, x, y);
        boolean existed = Files.exists(file);
        try {
            AtomicWriter.write(file, out -> {
                DataOutputStream header = new DataOutputStream(out);
                header.writeInt(MAGIC);
                header.writeInt(FORMAT);
                header.writeUTF(build);
                header.writeUTF(style);
                header.writeInt(zoom);
                header.writeLong(x);
                header.writeLong(y);
                header.writeInt(side);
                header.writeInt(side);
                header.flush();
                ByteBuffer bytes = ByteBuffer.allocate(pixels.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asIntBuffer().put(pixels);
                Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                try {
                    // Finished, not closed: the writer flushes and syncs the file after this.
                    DeflaterOutputStream zipped = new DeflaterOutputStream(out, deflater, 1 << 16);
                    zipped.write(bytes.array());
                    zipped.finish();
                } finally {
                    deflater.end();
                }
            });
        } catch (FileProblemException e) {
            unwritable = true;
            LOG.log(System.Logger.Level.INFO, "Map tiles are not kept for the next start: " + e.getMessage());
            return;
        }
        if (!existed && ++stored > maxTiles) {
            evictDownTo(maxTiles * 3 / 4);
        }
    }

    /** Deletes the tiles of other builds (they can never be read again) and counts this build's. */
    private void forgetOtherBuildsAndCount() {
        try (DirectoryStream<Path> builds = Files.newDirectoryStream(root, "build-*")) {
            for (Path other : builds) {
                if (!other.equals(folder)) {
                    deleteTiles(other);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // no cache folder yet
        }
        stored = tiles().size();
        if (stored > maxTiles) {
            evictDownTo(maxTiles * 3 / 4);
        }
    }

    private List<Path> tiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, 3)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f)).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private void evictDownTo(int kept) {
        record Dated(Path file, long modified) {
        }
        List<Dated> all = new ArrayList<>();
        for (Path tile : tiles()) {
            try {
                all.add(new Dated(tile, Files.getLastModifiedTime(tile).toMillis()));
            } catch (IOException gone) {
                // deleted meanwhile
            }
        }
        all.sort(Comparator.comparingLong(Dated::modified));
        int excess = all.size() - kept;
        for (int k = 0; k < excess; k++) {
            try {
                Files.deleteIfExists(all.get(k).file());
            } catch (IOException ignored) {
                // counted as kept; the next eviction tries again
            }
        }
        stored = tiles().size();
    }

    private static void deleteTiles(Path buildFolder) throws IOException {
        try (Stream<Path> files = Files.walk(buildFolder)) {
            // Deepest first, so that folders are empty when they are deleted; only our own files and folders.
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isDirectory(p) || p.getFileName().toString().endsWith(SUFFIX)) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException notEmpty) {
                        // a folder holding something else is left
                    }
                }
            }
        }
    }

    /** The folder this build's tiles are kept in. */
    Path folder() {
        return folder;
    }
}
