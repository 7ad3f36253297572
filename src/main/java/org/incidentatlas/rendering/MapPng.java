package org.incidentatlas.rendering;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a map picture as an opaque 8-bit RGB PNG (RFC 2083), pixel for pixel. ImageIO's PNG writer
 * tries every row filter on every row and took 110-170 ms of the 1.7 s {@code render} of the bundled
 * data; one "Sub" filter (each byte minus its left neighbour's: relief, water and land are runs of
 * close colours) at ImageIO's deflate level takes 70 ms there, and the file is 23 % smaller (625 KB
 * against 808 KB at 1024 x 640; flat, zoomed-out views come out up to 18 % larger).
 */
public final class MapPng {

    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    /** Row filter type 1: each byte minus the same channel of the pixel to its left. */
    private static final int FILTER_SUB = 1;
    /** ImageIO's default: level 1 saves 5 ms at 1024 x 640 for a file 12 % larger. */
    private static final int DEFLATE_LEVEL = 4;
    /** Compressed bytes per IDAT chunk, so a huge picture is streamed rather than held twice. */
    private static final int CHUNK_BYTES = 1 << 16;

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
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try (DeflaterOutputStream idat = new DeflaterOutputStream(new IdatChunks(out), deflater, CHUNK_BYTES)) {
            byte[] row = new byte[1 + 3 * width];
            row[0] = FILTER_SUB;
            for (int y = 0, offset = 0; y < height; y++, offset += width) {
                int left = 0;
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int p = pixels[offset + x];
                    row[i] = (byte) ((p >> 16) - (left >> 16));
                    row[i + 1] = (byte) ((p >> 8) - (left >> 8));
                    row[i + 2] = (byte) (p - left);
                    left = p;
                }
                idat.write(row);
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0, 0);
        out.flush();
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
