package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.incidentatlas.geo.WebMercator;
import org.incidentatlas.rendering.BasemapFile.Layer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The base map stored ready to draw: what is written is read back, and a broken file is named, never half-read. */
class BasemapFileTest {

    private static final String NAME = "/data/basemap/basemap.bin";

    /** A lake (a square with a square hole) and a river of 100 points, long enough to be cut into pieces. */
    private static byte[] smallMap() {
        double[] outer = {70, 40, 71, 40, 71, 41, 70, 41, 70, 40};
        double[] hole = {70.4, 40.4, 70.6, 40.4, 70.6, 40.6, 70.4, 40.4};
        double[] river = new double[200];
        for (int k = 0; k < 100; k++) {
            river[2 * k] = 72 + k * 0.01;
            river[2 * k + 1] = 41 + Math.sin(k / 5.0) * 0.05;
        }
        return new BasemapFile.Builder()
                .relief(relief())
                .polygon(Layer.LAKES, List.of(outer, hole))
                .line(Layer.MAJOR_RIVERS, river)
                .countryName(new CountryName("417", "Kyrgyzstan", 41.5, 74.5, 0.004))
                .toBytes();
    }

    /** A relief of 40 x 30 pixels in 1,200 colours. */
    private static BufferedImage relief() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, 0x203040 + (x << 16) + (y << 8) + (x * y) % 7);
            }
        }
        return image;
    }

    @Test
    void theReliefIsReadBackPixelForPixel() throws IOException {
        BufferedImage read = BasemapFile.read(new ByteArrayInputStream(smallMap()), NAME).relief();
        BufferedImage written = relief();
        assertEquals(BufferedImage.TYPE_INT_RGB, read.getType());
        assertArrayEquals(written.getRGB(0, 0, 40, 30, null, 0, 40), read.getRGB(0, 0, 40, 30, null, 0, 40));
    }

    @Test
    void aDamagedReliefIsNamed() {
        byte[] damaged = smallMap();
        // The relief's deflated pixels end just before the closing magic: spoil their last bytes.
        for (int k = damaged.length - 12; k < damaged.length - 4; k++) {
            damaged[k] ^= 0x5a;
        }
        IOException e = assertThrows(IOException.class, () -> BasemapFile.read(new ByteArrayInputStream(damaged), NAME));
        assertTrue(e.getMessage().startsWith(NAME + " is damaged"), e.getMessage());
    }

    @Test
    void aMapIsReadBackProjectedCutAndSimplifiedAsWritten() throws IOException {
        BasemapFile.Contents read = BasemapFile.read(new ByteArrayInputStream(smallMap()), NAME);
        List<MapShape> lakes = read.layers().get(Layer.LAKES).shapes();
        assertEquals(1, lakes.size());
        assertEquals(2, lakes.get(0).parts().size(), "the hole stays a ring of the lake");
        assertTrue(lakes.get(0).closed());
        double[] corner = Arrays.copyOf(lakes.get(0).parts().get(0), 2);
        assertArrayEquals(new double[] {WebMercator.x(70, 0) / 256, WebMercator.y(40, 0) / 256}, corner, 0,
                "points are stored projected, to the last bit");
        List<MapShape> pieces = read.layers().get(Layer.MAJOR_RIVERS).shapes();
        assertEquals(3, pieces.size(), "100 points in pieces of at most 48, each starting where the last ended");
        assertTrue(pieces.stream().noneMatch(MapShape::closed));
        int points = pieces.stream().mapToInt(p -> p.parts().get(0).length / 2).sum();
        assertEquals(100 + 2, points);
        assertTrue(pieces.get(0).partsAt(5).get(0).length < pieces.get(0).partsAt(9).get(0).length,
                "fewer points at low zoom");
        assertTrue(read.layers().get(Layer.WORLD).shapes().isEmpty());
        assertEquals(List.of(new CountryName("417", "Kyrgyzstan", 41.5, 74.5, 0.004)), read.countryNames());
    }

    @Test
    void aQueryFindsTheShapesWhoseBoundsMeetTheArea() throws IOException {
        ShapeIndex rivers = BasemapFile.read(new ByteArrayInputStream(smallMap()), NAME).layers().get(Layer.MAJOR_RIVERS);
        double x = WebMercator.x(72.1, 0) / 256, y = WebMercator.y(41, 0) / 256;
        assertEquals(1, rivers.query(new Envelope(x, x, y - 0.001, y + 0.001)).size(), "the first piece only");
        assertTrue(rivers.query(new Envelope(0, 0.1, 0, 0.1)).isEmpty(), "nothing far away");
        assertEquals(3, rivers.query(new Envelope(0, 1, 0, 1)).size());
    }

    @Test
    void aFileCutShortAnywhereIsNamedAndNotHalfRead() {
        byte[] whole = smallMap();
        for (int length : new int[] {0, 3, 12, 40, whole.length / 2, whole.length - 5, whole.length - 1}) {
            IOException e = assertThrows(IOException.class,
                    () -> BasemapFile.read(new ByteArrayInputStream(Arrays.copyOf(whole, length)), NAME), "cut at " + length);
            assertTrue(e.getMessage().startsWith(NAME), e.getMessage());
            assertTrue(e.getMessage().contains(length < 8 ? "not a base map file" : "cut short"), e.getMessage());
        }
    }

    @Test
    void aFileWithBytesAfterItsEndOrAnotherFormatIsNamed() {
        byte[] whole = smallMap();
        IOException longer = assertThrows(IOException.class,
                () -> BasemapFile.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length + 4)), NAME));
        assertTrue(longer.getMessage().startsWith(NAME + " is damaged"), longer.getMessage());
        byte[] png = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n', 0, 0, 0, 0};
        IOException other = assertThrows(IOException.class, () -> BasemapFile.read(new ByteArrayInputStream(png), NAME));
        assertEquals(NAME + " is not a base map file written by build-basemap", other.getMessage());
    }

    @Test
    void aMissingBundledFileIsNamed() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> BasemapData.read("/data/nowhere/"));
        assertEquals("Cannot read the bundled base map: /data/nowhere/basemap.bin is not on the classpath"
                + " (was data/basemap packaged into the jar?)", e.getMessage());
    }
}
