package org.incidentatlas.rendering;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * Writes a map picture as an opaque 8-bit RGB PNG (RFC 2083), pixel for pixel. ImageIO's PNG writer
 * tries every row filter on every row and took 110-170 ms of the 1.7 s {@code render} of the bundled
 * data; one "Sub" filter (each byte minus its left neighbour's: relief, water and land are runs of
 * close colours) at ImageIO's deflate level takes 70 ms there, and the file is 23 % smaller (625 KB
 * against 808 KB at 1024 x 640; flat, zoomed-out views come out up to 18 % larger).
 *
 * <p>It reads the same kind of PNG (8-bit RGB, not interlaced, any row filters), which is what the
 * bundled relief is: ImageIO took 75-90 ms to set up its plugins and 115-140 ms to decode the relief
 * at the start of every {@code render}; inflating it here takes a fifth of that.
 */
public final class MapPng {

    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    /** Row filter type 1: each byte minus the same channel of the pixel to its left. */
    private static final int FILTER_SUB = 1;
    /** A PNG read is held whole as ints: 64 M pixels (256 MB) is far beyond any bundled picture. */
    private static final long MAX_READ_PIXELS = 1L << 26;
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

    /**
     * Reads an 8-bit RGB PNG without interlacing (as {@link #write} and the bundled relief's builder
     * write them) into a TYPE_INT_RGB image.
     *
     * @param name what the stream is, for the message of a file that is not such a PNG
     * @throws IOException naming {@code name} when the stream is not such a PNG, or is cut short
     */
    public static BufferedImage read(InputStream in, String name) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] signature = data.readNBytes(SIGNATURE.length);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new IOException(name + " is not a PNG file");
        }
        int width = 0, height = 0;
        Inflater inflater = new Inflater();
        try {
            byte[] rows = null;
            int filled = 0;
            while (true) {
                int length = data.readInt();
                byte[] type = new byte[4];
                data.readFully(type);
                String chunk = new String(type, StandardCharsets.US_ASCII);
                if (length < 0) {
                    throw new IOException(name + ": a PNG chunk claims " + Integer.toUnsignedString(length) + " bytes");
                }
                byte[] body = data.readNBytes(length);
                if (body.length < length) {
                    throw new IOException(name + ": the PNG file ends inside its " + chunk + " chunk");
                }
                data.readInt(); // CRC: the inflater and the row count below catch a damaged file
                if (chunk.equals("IHDR")) {
                    width = getInt(body, 0);
                    height = getInt(body, 4);
                    if (body[8] != 8 || body[9] != 2 || body[12] != 0 || width <= 0 || height <= 0
                            || (long) width * height > MAX_READ_PIXELS) {
                        throw new IOException(name + " is a PNG of " + width + " x " + height + " pixels, bit depth " + body[8]
                                + ", colour type " + body[9] + ", interlace " + body[12] + "; only 8-bit RGB without interlacing"
                                + " and at most " + MAX_READ_PIXELS + " pixels is read");
                    }
                    rows = new byte[height * (1 + 3 * width)];
                } else if (chunk.equals("IDAT")) {
                    if (rows == null) {
                        throw new IOException(name + ": the PNG file has image data before its header");
                    }
                    inflater.setInput(body);
                    try {
                        while (!inflater.needsInput() && filled < rows.length) {
                            filled += inflater.inflate(rows, filled, rows.length - filled);
                        }
                    } catch (DataFormatException e) {
                        throw new IOException(name + ": the PNG file's image data is damaged (" + e.getMessage() + ")", e);
                    }
                } else if (chunk.equals("IEND")) {
                    break;
                }
            }
            if (rows == null || filled < rows.length) {
                throw new IOException(name + ": the PNG file ends before its last row");
            }
            return unfiltered(rows, width, height, name);
        } catch (EOFException e) {
            throw new IOException(name + ": the PNG file ends before its end chunk", e);
        } finally {
            inflater.end();
        }
    }

    /** The RGB pixels of rows in PNG form (each a filter type byte, then R, G, B per pixel), unfiltered in place. */
    private static BufferedImage unfiltered(byte[] rows, int width, int height, String name) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = 1 + 3 * width;
        for (int y = 0; y < height; y++) {
            int row = y * stride + 1, above = row - stride;
            int filter = rows[row - 1];
            for (int i = 0; i < stride - 1; i++) {
                int left = i >= 3 ? rows[row + i - 3] & 255 : 0;
                int up = y > 0 ? rows[above + i] & 255 : 0;
                int predicted = switch (filter) {
                    case 0 -> 0;
                    case 1 -> left;
                    case 2 -> up;
                    case 3 -> (left + up) >>> 1;
                    case 4 -> paeth(left, up, i >= 3 && y > 0 ? rows[above + i - 3] & 255 : 0);
                    default -> throw new IOException(name + ": PNG row " + y + " has the unknown filter type " + filter);
                };
                rows[row + i] = (byte) (rows[row + i] + predicted);
            }
            for (int x = 0, i = row, o = y * width; x < width; x++, i += 3) {
                pixels[o + x] = (rows[i] & 255) << 16 | (rows[i + 1] & 255) << 8 | rows[i + 2] & 255;
            }
        }
        return image;
    }

    private static int paeth(int left, int up, int upLeft) {
        int p = left + up - upLeft;
        int pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }

    private static int getInt(byte[] from, int at) {
        return (from[at] & 255) << 24 | (from[at + 1] & 255) << 16 | (from[at + 2] & 255) << 8 | from[at + 3] & 255;
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
