package org.incidentatlas.rendering;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a map picture as an opaque 8-bit RGB PNG (RFC 2083), pixel for pixel. ImageIO's PNG writer
 * tries every row filter on every row and took 110-170 ms of the 1.7 s {@code render} of the bundled
 * data; one "Sub" filter (each byte minus its left neighbour's: relief, water and land are runs of
 * close colours) at ImageIO's deflate level takes 70 ms there, and the file is 23 % smaller (625 KB
 * against 808 KB at 1024 x 640; flat, zoomed-out views come out up to 18 % larger). The rows' two
 * halves are compressed at once on two threads, as pigz does: the picture is the last step of
 * {@code render}, when the second core has nothing else to do.
 */
public final class MapPng {

    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    /** Row filter type 1: each byte minus the same channel of the pixel to its left. */
    private static final int FILTER_SUB = 1;
    /** ImageIO's default: level 1 saves 5 ms at 1024 x 640 for a file 12 % larger. */
    private static final int DEFLATE_LEVEL = 4;
    /** Compressed bytes per IDAT chunk, so a huge picture is streamed rather than held twice. */
    private static final int CHUNK_BYTES = 1 << 16;
    /** How far back deflate may refer: the second half is primed with this much of the first. */
    private static final int DEFLATE_WINDOW = 1 << 15;
    /** Pictures with fewer rows are compressed on the calling thread alone (a thread costs more than it saves). */
    private static final int ROWS_WORTH_A_THREAD = 64;

    private MapPng() {
    }

    /** Writes {@code image} (any type; its alpha, if it has any, is dropped) to {@code out}, which stays open. */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        BufferedImage rgb = opaqueRgb(image);
        int width = rgb.getWidth(), height = rgb.getHeight();
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;  // bits per channel
        header[9] = 2;  // colour type: RGB
        // compression, filter method and interlace: 0 (deflate, adaptive filtering, none)
        chunk(out, "IHDR", header, 0, header.length);
        // One zlib stream (RFC 1950) made of two raw deflate streams: the first half's ends on a sync
        // flush (byte-aligned, not final), the second half's is primed with the window before it, so it is
        // read as one stream; the checksum of the whole is combined from the halves'.
        int split = height < ROWS_WORTH_A_THREAD ? height : height / 2;
        FutureTask<SecondHalf> second = new FutureTask<>(() -> secondHalf(pixels, width, height, split));
        if (split < height) {
            Thread compressor = new Thread(second, "PNG compression");
            compressor.setDaemon(true);
            compressor.start();
        }
        try (OutputStream idat = new BufferedOutputStream(new IdatChunks(out), CHUNK_BYTES)) {
            idat.write(ZLIB_HEADER);
            Adler32 firstSum = new Adler32();
            Deflater deflater = new Deflater(DEFLATE_LEVEL, true);
            try {
                DeflaterOutputStream first = new DeflaterOutputStream(idat, deflater, CHUNK_BYTES, true);
                byte[] row = new byte[1 + 3 * width];
                for (int y = 0; y < split; y++) {
                    filter(pixels, y * width, width, row);
                    firstSum.update(row);
                    first.write(row);
                }
                if (split == height) {
                    first.finish();
                } else {
                    first.flush();
                }
            } finally {
                deflater.end();
            }
            long checksum = firstSum.getValue();
            if (split < height) {
                SecondHalf rest = joined(second);
                idat.write(rest.deflated());
                checksum = combinedAdler32(checksum, rest.adler32(), rest.length());
            }
            byte[] trailer = new byte[4];
            putInt(trailer, 0, (int) checksum);
            idat.write(trailer);
        }
        chunk(out, "IEND", new byte[0], 0, 0);
        out.flush();
    }

    /** A zlib stream's first two bytes: deflate with a 32 KiB window, "fast" level, no preset dictionary. */
    private static final byte[] ZLIB_HEADER = zlibHeader();

    private static byte[] zlibHeader() {
        int header = 0x78 << 8 | 1 << 6;
        header += 31 - header % 31;
        return new byte[] {(byte) (header >> 8), (byte) header};
    }

    /** The rows from {@code split} on, deflated and summed, and how many bytes they filter to. */
    private record SecondHalf(byte[] deflated, long adler32, long length) {
    }

    private static SecondHalf secondHalf(int[] pixels, int width, int height, int split) throws IOException {
        byte[] row = new byte[1 + 3 * width];
        // The last 32 KiB the first half compresses, filtered again here, so both halves start at once.
        int windowRows = Math.min(split, (DEFLATE_WINDOW + row.length - 1) / row.length);
        byte[] window = new byte[windowRows * row.length];
        for (int k = 0; k < windowRows; k++) {
            filter(pixels, (split - windowRows + k) * width, width, row);
            System.arraycopy(row, 0, window, k * row.length, row.length);
        }
        int primed = Math.min(window.length, DEFLATE_WINDOW);
        Deflater deflater = new Deflater(DEFLATE_LEVEL, true);
        try {
            deflater.setDictionary(window, window.length - primed, primed);
            ByteArrayOutputStream deflated = new ByteArrayOutputStream(CHUNK_BYTES);
            Adler32 sum = new Adler32();
            try (DeflaterOutputStream rest = new DeflaterOutputStream(deflated, deflater, CHUNK_BYTES)) {
                for (int y = split; y < height; y++) {
                    filter(pixels, y * width, width, row);
                    sum.update(row);
                    rest.write(row);
                }
            }
            return new SecondHalf(deflated.toByteArray(), sum.getValue(), (long) (height - split) * row.length);
        } finally {
            deflater.end();
        }
    }

    /** One row with the "Sub" filter: its filter type, then each byte minus the same channel of the pixel to its left. */
    private static void filter(int[] pixels, int offset, int width, byte[] row) {
        row[0] = FILTER_SUB;
        int left = 0;
        for (int x = 0, i = 1; x < width; x++, i += 3) {
            int p = pixels[offset + x];
            row[i] = (byte) ((p >> 16) - (left >> 16));
            row[i + 1] = (byte) ((p >> 8) - (left >> 8));
            row[i + 2] = (byte) (p - left);
            left = p;
        }
    }

    /**
     * The Adler-32 of two byte runs one after the other, from each run's own and the second's length
     * (zlib's adler32_combine): the halves are summed on their own threads.
     */
    static long combinedAdler32(long first, long second, long secondLength) {
        final long base = 65521;
        long remainder = secondLength % base;
        long sum1 = first & 0xffff;
        long sum2 = remainder * sum1 % base;
        sum1 += (second & 0xffff) + base - 1;
        sum2 += (first >>> 16 & 0xffff) + (second >>> 16 & 0xffff) + base - remainder;
        sum1 %= base;
        sum2 %= base;
        return sum2 << 16 | sum1;
    }

    /** The task's result; what it threw is thrown here, as if it had run on this thread. */
    private static <T> T joined(FutureTask<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the picture was compressed");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The image itself when it is TYPE_INT_RGB (a map picture is), else an opaque RGB copy. */
    private static BufferedImage opaqueRgb(BufferedImage image) {
        // A sub-image shares a larger buffer: only a whole TYPE_INT_RGB image holds exactly its own rows.
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** The compressed stream cut into IDAT chunks (the stream closes them, not {@code out}). */
    private static final class IdatChunks extends OutputStream {
        private final OutputStream out;

        IdatChunks(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                chunk(out, "IDAT", b, off, len);
            }
        }

        @Override
        public void close() {
            // The PNG goes on after its image data: the caller's stream stays open.
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data, int offset, int length) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] lengthBytes = new byte[4];
        putInt(lengthBytes, 0, length);
        out.write(lengthBytes);
        out.write(typeBytes);
        out.write(data, offset, length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, offset, length);
        byte[] crcBytes = new byte[4];
        putInt(crcBytes, 0, (int) crc.getValue());
        out.write(crcBytes);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }
}
