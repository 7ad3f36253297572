package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.zip.Adler32;

import javax.imageio.ImageIO;

import org.incidentatlas.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PNG a picture is written as holds its pixels exactly: read back by ImageIO's decoder and by
 * ffmpeg's (when installed), whatever the picture's size, content and image type.
 */
class MapPngTest {

    @TempDir
    Path dir;

    @Test
    void aMapPictureReadsBackPixelForPixel() throws IOException {
        BufferedImage picture = new MapPicture(java.util.List.of(
                new BasemapRenderer(BasemapData.loadBundled(), BasemapStyle.PRINT), new ScaleBarOverlay(MapTheme.LIGHT)))
                .render(org.incidentatlas.geo.Viewport.centredOn(41.25, 74.8, 7, 301, 187));
        assertSamePixels(picture, ImageIO.read(new ByteArrayInputStream(png(picture))));
    }

    @Test
    void noiseOfOddSizeSpanningManyChunksReadsBackPixelForPixel() throws IOException, InterruptedException {
        // Noise does not compress: 1.3 MB of image data, written in many IDAT chunks.
        BufferedImage noise = noise(733, 611, BufferedImage.TYPE_INT_RGB, 7);
        byte[] png = png(noise);
        assertSamePixels(noise, ImageIO.read(new ByteArrayInputStream(png)));
        Optional<Path> ffmpeg = ExternalTool.find("ffmpeg");
        if (ffmpeg.isPresent()) {
            Path file = Files.write(dir.resolve("noise.png"), png);
            Path raw = dir.resolve("noise.rgb");
            ExternalTool.run(ffmpeg.get(), "-v", "error", "-i", file.toString(), "-f", "rawvideo", "-pix_fmt", "rgb24", raw.toString());
            byte[] rgb = Files.readAllBytes(raw);
            assertEquals(733 * 611 * 3, rgb.length, "ffmpeg decodes the whole picture");
            for (int y = 0; y < noise.getHeight(); y++) {
                for (int x = 0; x < noise.getWidth(); x++) {
                    int at = 3 * (y * noise.getWidth() + x);
                    int decoded = (rgb[at] & 255) << 16 | (rgb[at + 1] & 255) << 8 | rgb[at + 2] & 255;
                    assertEquals(noise.getRGB(x, y) & 0xFFFFFF, decoded, "ffmpeg's pixel at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void anOpaqueImageOfAnotherTypeAndAPartOfAPictureAreWrittenAsTheyShow() throws IOException {
        BufferedImage bgr = noise(40, 30, BufferedImage.TYPE_3BYTE_BGR, 3);
        assertSamePixels(bgr, ImageIO.read(new ByteArrayInputStream(png(bgr))));
        // A sub-image shares its parent's pixels: only its own part may be written.
        BufferedImage part = noise(90, 70, BufferedImage.TYPE_INT_RGB, 5).getSubimage(11, 13, 50, 40);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png(part)));
        assertEquals(50, read.getWidth());
        assertSamePixels(part, read);
    }

    @Test
    void theCallersStreamStaysOpenAndGetsTheWholeFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        MapPng.write(noise(20, 20, BufferedImage.TYPE_INT_RGB, 1), out);
        assertEquals(false, closed[0], "AtomicWriter closes the file itself, after its checks");
        byte[] file = bytes.toByteArray();
        // The file ends with the IEND chunk: nothing is cut off.
        assertArrayEquals(new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82},
                java.util.Arrays.copyOfRange(file, file.length - 12, file.length));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            17,   1
            17,  63
            17,  64
            17,  65
            17, 400
            900, 70
            """)
    void aPictureWhoseLowerHalfRepeatsItsUpperReadsBackPixelForPixel(int width, int height) throws IOException {
        // The lower half is compressed on its own, referring back into the upper half's last rows.
        BufferedImage stripes = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage pattern = noise(width, 7, BufferedImage.TYPE_INT_RGB, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                stripes.setRGB(x, y, pattern.getRGB(x, y % 7));
            }
        }
        assertSamePixels(stripes, ImageIO.read(new ByteArrayInputStream(png(stripes))));
    }

    @Test
    void theChecksumOfTwoRunsIsCombinedFromTheirs() {
        byte[] bytes = new byte[200_000];
        new Random(3).nextBytes(bytes);
        for (int split : new int[] {0, 1, 65_520, 65_521, 100_000, 200_000}) {
            Adler32 whole = new Adler32();
            whole.update(bytes);
            Adler32 first = new Adler32();
            first.update(bytes, 0, split);
            Adler32 second = new Adler32();
            second.update(bytes, split, bytes.length - split);
            assertEquals(whole.getValue(), MapPng.combinedAdler32(first.getValue(), second.getValue(), bytes.length - split),
                    "split at " + split);
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapPng.write(image, out);
        return out.toByteArray();
    }

    private static BufferedImage noise(int width, int height, int type, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y) & 0xFFFFFF, actual.getRGB(x, y) & 0xFFFFFF, "pixel at " + x + "," + y);
            }
        }
    }
}
