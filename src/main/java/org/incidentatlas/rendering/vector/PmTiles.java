package org.incidentatlas.rendering.vector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A PMTiles version 3 archive read from a local file (https://github.com/protomaps/PMTiles,
 * spec v3): a 127-byte header, a root directory, optional leaf directories and the tile data,
 * tiles addressed by their position on a Hilbert curve. Small and fully specified, so it is read
 * here rather than through a library with an HTTP client we would never use. Everything the file
 * claims (offsets, lengths, counts) is checked against its size before it is believed.
 */
final class PmTiles implements TileArchive {

    static final byte[] MAGIC = "PMTiles".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_LENGTH = 127;

    /** Compression codes of the header (spec: 0 unknown, 1 none, 2 gzip, 3 brotli, 4 zstd). */
    static final int COMPRESSION_NONE = 1;
    static final int COMPRESSION_GZIP = 2;
    /** Tile types of the header (spec: 0 unknown, 1 mvt, 2 png, 3 jpeg, 4 webp, 5 avif). */
    static final int TILE_TYPE_MVT = 1;

    /** A directory is at most a few MB; more would be a hostile file trying to exhaust memory. */
    private static final int MAX_DIRECTORY_BYTES = 32 << 20;
    /** A vector tile is at most a few MB (Planetiler's limit is 1 MB compressed). */
    private static final int MAX_TILE_BYTES = 16 << 20;
    /** The spec's readers descend at most this many directory levels. */
    private static final int MAX_DEPTH = 4;

    private final Path file;
    private final SeekableByteChannel channel;
    private final long size;
    private final Header header;
    private final Directory root;
    private final Map<Long, Directory> leaves = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Directory> eldest) {
            return size() > 64;
        }
    };

    /** The fields of the header this reader uses. */
    record Header(long rootOffset, long rootLength, long metadataOffset, long metadataLength,
                  long leafOffset, long leafLength, long dataOffset, long dataLength,
                  int internalCompression, int tileCompression, int tileType, int minZoom, int maxZoom) {
    }

    /** One directory: entries sorted by tile id. A run length of 0 points to a leaf directory. */
    record Directory(long[] tileIds, long[] runLengths, long[] offsets, long[] lengths) {
    }

    private PmTiles(Path file, SeekableByteChannel channel, long size, Header header, Directory root) {
        this.file = file;
        this.channel = channel;
        this.size = size;
        this.header = header;
        this.root = root;
    }

    /** Opens {@code file}, whose first bytes were found to be the PMTiles magic. */
    static PmTiles open(Path file) throws IOException, TileArchiveException {
        // Opened read-only (Files.newByteChannel without write options): nothing here ever writes the file.
        SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (size < HEADER_LENGTH) {
                throw new TileArchiveException("it is a truncated PMTiles file (" + size + " bytes, shorter than its header)");
            }
            ByteBuffer head = read(channel, 0, HEADER_LENGTH);
            Header header = header(head);
            checkSection(size, header.rootOffset(), header.rootLength(), "root directory");
            checkSection(size, header.metadataOffset(), header.metadataLength(), "metadata");
            checkSection(size, header.leafOffset(), header.leafLength(), "leaf directories");
            checkSection(size, header.dataOffset(), header.dataLength(), "tile data");
            if (header.internalCompression() != COMPRESSION_NONE && header.internalCompression() != COMPRESSION_GZIP) {
                throw new TileArchiveException("its directories are compressed with "
                        + compressionName(header.internalCompression()) + "; only gzip or none can be read (Planetiler writes gzip)");
            }
            PmTiles archive = new PmTiles(file, channel, size, header, null);
            Directory root = archive.directory(header.rootOffset(), header.rootLength());
            return new PmTiles(file, channel, size, header, root);
        } catch (IOException | TileArchiveException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    static Header header(ByteBuffer b) throws TileArchiveException {
        b.order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < MAGIC.length; i++) {
            if (b.get(i) != MAGIC[i]) {
                throw new TileArchiveException("it is not a PMTiles file");
            }
        }
        int version = b.get(7) & 0xFF;
        if (version != 3) {
            throw new TileArchiveException("it is PMTiles version " + version + "; only version 3 can be read"
                    + " (convert it with 'pmtiles convert')");
        }
        return new Header(b.getLong(8), b.getLong(16), b.getLong(24), b.getLong(32), b.getLong(40), b.getLong(48),
                b.getLong(56), b.getLong(64), b.get(97) & 0xFF, b.get(98) & 0xFF, b.get(99) & 0xFF,
                b.get(100) & 0xFF, b.get(101) & 0xFF);
    }

    Header header() {
        return header;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public int[] zoomRange() {
        return new int[] {header.minZoom(), header.maxZoom()};
    }

    @Override
    public Optional<String> metadataJson() throws TileArchiveException {
        if (header.metadataLength() == 0) {
            return Optional.empty();
        }
        byte[] bytes = decompress(readBytes(header.metadataOffset(), header.metadataLength(), "metadata"),
                header.internalCompression(), MAX_DIRECTORY_BYTES, "metadata");
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<byte[]> tileData(int zoom, long x, long y) throws TileArchiveException {
        if (zoom < header.minZoom() || zoom > header.maxZoom() || zoom > 26) {
            return Optional.empty();
        }
        long id = tileId(zoom, x, y);
        Directory dir = root;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            int i = find(dir.tileIds(), id);
            if (i < 0) {
                return Optional.empty();
            }
            if (dir.runLengths()[i] > 0) {
                if (id - dir.tileIds()[i] >= dir.runLengths()[i]) {
                    return Optional.empty();
                }
                long length = dir.lengths()[i];
                if (length > MAX_TILE_BYTES) {
                    throw new TileArchiveException("tile " + zoom + "/" + x + "/" + y + " claims " + length + " bytes");
                }
                return Optional.of(readBytes(header.dataOffset() + dir.offsets()[i], length, "tile " + zoom + "/" + x + "/" + y));
            }
            dir = leaf(header.leafOffset() + dir.offsets()[i], dir.lengths()[i]);
        }
        throw new TileArchiveException("its directories nest deeper than " + MAX_DEPTH + " levels");
    }

    @Override
    public Optional<long[]> someTile() throws TileArchiveException {
        Directory dir = root;
        for (int depth = 0; depth < MAX_DEPTH && dir.tileIds().length > 0; depth++) {
            if (dir.runLengths()[0] > 0) {
                return Optional.of(zxy(dir.tileIds()[0]));
            }
            dir = leaf(header.leafOffset() + dir.offsets()[0], dir.lengths()[0]);
        }
        return Optional.empty();
    }

    private Directory leaf(long offset, long length) throws TileArchiveException {
        synchronized (leaves) {
            Directory cached = leaves.get(offset);
            if (cached != null) {
                return cached;
            }
        }
        Directory dir = directory(offset, length);
        synchronized (leaves) {
            leaves.put(offset, dir);
        }
        return dir;
    }

    /** The index of the last entry whose tile id is at most {@code id}, or -1. */
    private static int find(long[] ids, long id) {
        int lo = 0, hi = ids.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ids[mid] <= id) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private Directory directory(long offset, long length) throws TileArchiveException {
        if (length > MAX_DIRECTORY_BYTES) {
            throw new TileArchiveException("a directory claims " + length + " bytes");
        }
        byte[] bytes = decompress(readBytes(offset, length, "directory"), header.internalCompression(),
                MAX_DIRECTORY_BYTES, "directory");
        return parseDirectory(bytes);
    }

    static Directory parseDirectory(byte[] bytes) throws TileArchiveException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            long n = varint(b);
            // Each entry takes at least 4 bytes, so the count cannot exceed the directory's size.
            if (n < 0 || n > bytes.length / 4 + 1) {
                throw new TileArchiveException("a directory claims " + n + " entries in " + bytes.length + " bytes");
            }
            int count = (int) n;
            long[] ids = new long[count], runs = new long[count], lengths = new long[count], offsets = new long[count];
            long last = 0;
            for (int i = 0; i < count; i++) {
                last += varint(b);
                ids[i] = last;
            }
            for (int i = 0; i < count; i++) {
                runs[i] = varint(b);
            }
            for (int i = 0; i < count; i++) {
                lengths[i] = varint(b);
            }
            for (int i = 0; i < count; i++) {
                long v = varint(b);
                offsets[i] = v == 0 && i > 0 ? offsets[i - 1] + lengths[i - 1] : v - 1;
                if (offsets[i] < 0) {
                    throw new TileArchiveException("a directory entry has a negative offset");
                }
            }
            return new Directory(ids, runs, offsets, lengths);
        } catch (java.nio.BufferUnderflowException e) {
            throw new TileArchiveException("a directory is cut short", e);
        }
    }

    private static long varint(ByteBuffer b) throws TileArchiveException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int next = b.get() & 0xFF;
            value |= (long) (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw new TileArchiveException("a directory holds a number longer than 64 bits");
    }

    /** The Hilbert tile id of (z, x, y): all tiles of lower zooms first, then the curve's position at z. */
    static long tileId(int z, long x, long y) {
        long acc = ((1L << (2 * z)) - 1) / 3;
        long tx = x, ty = y, d = 0;
        for (long s = (1L << z) / 2; s > 0; s /= 2) {
            long rx = (tx & s) > 0 ? 1 : 0;
            long ry = (ty & s) > 0 ? 1 : 0;
            d += s * s * ((3 * rx) ^ ry);
            long[] turned = rotate(s, tx, ty, rx, ry);
            tx = turned[0];
            ty = turned[1];
        }
        return acc + d;
    }

    /** {z, x, y} of a Hilbert tile id (the inverse of {@link #tileId}). */
    static long[] zxy(long id) {
        int z = 0;
        long acc = 0;
        while (z < 27) {
            long count = 1L << (2 * z);
            if (id < acc + count) {
                break;
            }
            acc += count;
            z++;
        }
        long pos = id - acc, tx = 0, ty = 0;
        for (long s = 1; s < (1L << z); s *= 2) {
            long rx = 1 & (pos / 2);
            long ry = 1 & (pos ^ rx);
            long[] turned = rotate(s, tx, ty, rx, ry);
            tx = turned[0] + s * rx;
            ty = turned[1] + s * ry;
            pos /= 4;
        }
        return new long[] {z, tx, ty};
    }

    /**
     * The Hilbert curve's step between quadrants of size {@code s}: in a lower quadrant ({@code ry == 0}) the
     * sub-curve is mirrored (when {@code rx == 1}) and transposed; {@link #tileId} and {@link #zxy} share it.
     */
    private static long[] rotate(long s, long x, long y, long rx, long ry) {
        if (ry != 0) {
            return new long[] {x, y};
        }
        if (rx == 1) {
            x = s - 1 - x;
            y = s - 1 - y;
        }
        return new long[] {y, x};
    }

    private byte[] readBytes(long offset, long length, String what) throws TileArchiveException {
        if (offset < 0 || length < 0 || offset + length > size || length > Integer.MAX_VALUE - 8) {
            throw new TileArchiveException("its " + what + " lies outside the file (offset " + offset + ", "
                    + length + " bytes, file " + size + " bytes)");
        }
        try {
            ByteBuffer b = read(channel, offset, (int) length);
            byte[] bytes = new byte[(int) length];
            b.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new TileArchiveException("its " + what + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads at an offset; tiles are read from several threads, which share the channel's position. */
    private static ByteBuffer read(SeekableByteChannel channel, long offset, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        synchronized (channel) {
            channel.position(offset);
            while (b.hasRemaining()) {
                if (channel.read(b) < 0) {
                    throw new IOException("unexpected end of file");
                }
            }
        }
        return b.flip();
    }

    private static void checkSection(long size, long offset, long length, String what) throws TileArchiveException {
        if (offset < 0 || length < 0 || offset > size || length > size - offset) {
            throw new TileArchiveException("its header places the " + what + " outside the file (offset " + offset
                    + ", " + length + " bytes, file " + size + " bytes); is it truncated?");
        }
    }

    static byte[] decompress(byte[] bytes, int compression, int maxBytes, String what) throws TileArchiveException {
        if (compression == COMPRESSION_NONE) {
            return bytes;
        }
        if (compression != COMPRESSION_GZIP) {
            throw new TileArchiveException("its " + what + " is compressed with " + compressionName(compression)
                    + "; only gzip or none can be read");
        }
        return gunzip(bytes, maxBytes, what);
    }

    /** Inflates gzip with a ceiling: a few KB of gzip can claim gigabytes. */
    static byte[] gunzip(byte[] bytes, int maxBytes, String what) throws TileArchiveException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes(maxBytes + 1);
            if (out.length > maxBytes) {
                throw new TileArchiveException("its " + what + " inflates to more than " + (maxBytes >> 20) + " MB");
            }
            return out;
        } catch (IOException e) {
            throw new TileArchiveException("its " + what + " is not valid gzip (" + e.getMessage() + ")", e);
        }
    }

    static String compressionName(int code) {
        return switch (code) {
            case 0 -> "an unknown method";
            case 1 -> "none";
            case 2 -> "gzip";
            case 3 -> "brotli";
            case 4 -> "zstd";
            default -> "method " + code;
        };
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // a read-only file: nothing to lose
        }
    }
}
