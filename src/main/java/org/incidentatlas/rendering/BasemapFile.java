package org.incidentatlas.rendering;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.incidentatlas.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The bundled base map stored ready to draw ({@code data/basemap/basemap.bin}): every layer's
 * shapes already projected to normalised Web-Mercator coordinates, long lines already cut into
 * pieces, the simplified copies for low zooms already made, and the shapes in the order their
 * index returns them, with their bounds. Reading it is array reads only: no JSON parsing, no
 * projection, no simplification and no tree building at each start. The one place of the format:
 * the base-map builder writes it with {@link Builder}, the app reads it with {@link #read}.
 *
 * <p>Layout (big-endian, as {@link DataOutputStream} writes): the magic {@code IABM}, the format
 * version, the number of layers; per layer in {@link Layer} order its shape count, and per shape
 * its bounds (min x, min y, max x, max y), its part count, each part's points (a count, then x, y
 * doubles), then each simplified copy's parts (a tag: {@link #OWN_POINTS} followed by the points,
 * or which more detailed copy it equals); then the country names; then the relief (its size, its
 * colours, and each pixel's colour index, deflated); then the magic again, so that a file cut short
 * anywhere is told apart from a whole one.
 */
public final class BasemapFile {

    /** The bundled file's name, beside the GeoJSON layers it is made from. */
    public static final String NAME = "basemap.bin";

    private static final int MAGIC = 0x4941424d; // "IABM"
    private static final int VERSION = 1;
    /** Tags of a simplified part: its own points follow, or it is the same as the full part or the zoom-8 copy's. */
    private static final byte OWN_POINTS = 0;
    private static final byte SAME_AS_FULL = 1;
    private static final byte SAME_AS_BELOW_ZOOM_8 = 2;
    /** A relief larger than this (256 MB of pixels) is a damaged size, not a picture. */
    private static final long MAX_RELIEF_PIXELS = 1L << 26;
    /** Long lines are cut into pieces of at most this many points so a tile only strokes what is near it. */
    private static final int MAX_POINTS_PER_PIECE = 48;

    /** The layers the renderer draws, in the file's order; polygons are filled, lines stroked. */
    public enum Layer {
        KYRGYZSTAN(true), LAKES(true), MAJOR_RIVERS(false), MINOR_RIVERS(false), BORDERS(false),
        KYRGYZ_OBLAST_BORDERS(false), NEIGHBOUR_ADMIN1_BORDERS(false), WORLD(true);

        private final boolean polygons;

        Layer(boolean polygons) {
            this.polygons = polygons;
        }
    }

    private BasemapFile() {
    }

    /** What the file holds: an index per layer, the country names and the relief. */
    record Contents(Map<Layer, ShapeIndex> layers, List<CountryName> countryNames, BufferedImage relief) {
    }

    /**
     * Collects the layers in longitude, latitude degrees (as the GeoJSON layers hold them) and
     * writes them ready to draw: projected, cut, simplified and ordered as {@link ShapeIndex} queries them.
     */
    public static final class Builder {
        private final Map<Layer, List<MapShape>> shapes = new EnumMap<>(Layer.class);
        private final List<CountryName> countryNames = new ArrayList<>();
        private BufferedImage relief = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

        public Builder() {
            for (Layer layer : Layer.values()) {
                shapes.put(layer, new ArrayList<>());
            }
        }

        /** One polygon of a polygon layer: its rings, each as lon, lat pairs in one array (holes stay holes when filled). */
        public Builder polygon(Layer layer, List<double[]> lonLatRings) {
            if (!layer.polygons) {
                throw new IllegalArgumentException(layer + " is a layer of lines");
            }
            List<double[]> rings = new ArrayList<>(lonLatRings.size());
            for (double[] ring : lonLatRings) {
                rings.add(project(ring, 0, ring.length / 2));
            }
            shapes.get(layer).add(MapShape.of(rings, true));
            return this;
        }

        /** One line of a line layer, as lon, lat pairs; cut into overlapping pieces (each starts where the previous ended: no gaps). */
        public Builder line(Layer layer, double[] lonLat) {
            if (layer.polygons) {
                throw new IllegalArgumentException(layer + " is a layer of polygons");
            }
            int size = lonLat.length / 2;
            for (int start = 0; start < size - 1; start += MAX_POINTS_PER_PIECE - 1) {
                int end = Math.min(size, start + MAX_POINTS_PER_PIECE);
                shapes.get(layer).add(MapShape.of(List.of(project(lonLat, start, end)), false));
            }
            return this;
        }

        public Builder countryName(CountryName name) {
            countryNames.add(name);
            return this;
        }

        /** The relief image (see {@link BasemapData#reliefPixelBounds}); at most 65,536 colours. */
        public Builder relief(BufferedImage image) {
            relief = image;
            return this;
        }

        /** The file's bytes. */
        public byte[] toBytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            try {
                writeTo(bytes);
            } catch (IOException e) {
                throw new IllegalStateException("a byte array cannot fail to take bytes", e);
            }
            return bytes.toByteArray();
        }

        /** Writes the file to {@code out}, which stays open. */
        public void writeTo(OutputStream out) throws IOException {
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(Layer.values().length);
            for (Layer layer : Layer.values()) {
                List<MapShape> ordered = ShapeIndex.queryOrder(shapes.get(layer));
                data.writeInt(ordered.size());
                for (MapShape shape : ordered) {
                    writeShape(data, shape);
                }
            }
            data.writeInt(countryNames.size());
            for (CountryName name : countryNames) {
                writeText(data, name.isoN3());
                writeText(data, name.name());
                data.writeDouble(name.lat());
                data.writeDouble(name.lon());
                data.writeDouble(name.room());
            }
            writeRelief(data, relief);
            data.writeInt(MAGIC);
            data.flush();
        }

        private static void writeShape(DataOutputStream data, MapShape shape) throws IOException {
            Envelope b = shape.bounds();
            data.writeDouble(b.getMinX());
            data.writeDouble(b.getMinY());
            data.writeDouble(b.getMaxX());
            data.writeDouble(b.getMaxY());
            data.writeInt(shape.parts().size());
            for (double[] part : shape.parts()) {
                writePoints(data, part);
            }
            for (int k = 0; k < shape.parts().size(); k++) {
                double[] part = shape.belowZoom8().get(k);
                if (Arrays.equals(part, shape.parts().get(k))) {
                    data.writeByte(SAME_AS_FULL);
                } else {
                    data.writeByte(OWN_POINTS);
                    writePoints(data, part);
                }
            }
            for (int k = 0; k < shape.parts().size(); k++) {
                double[] part = shape.belowZoom6().get(k);
                if (Arrays.equals(part, shape.parts().get(k))) {
                    data.writeByte(SAME_AS_FULL);
                } else if (Arrays.equals(part, shape.belowZoom8().get(k))) {
                    data.writeByte(SAME_AS_BELOW_ZOOM_8);
                } else {
                    data.writeByte(OWN_POINTS);
                    writePoints(data, part);
                }
            }
        }

        /**
         * The relief as its colours and, per pixel, a colour's index: the high bytes of all pixels, then the low
         * bytes, deflated. Two bytes a pixel inflate in a fifth of the time the PNG's three bytes and row filters
         * take, and pack smaller.
         */
        private static void writeRelief(DataOutputStream data, BufferedImage image) throws IOException {
            int width = image.getWidth(), height = image.getHeight();
            int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
            TreeSet<Integer> colours = new TreeSet<>();
            for (int p : rgb) {
                colours.add(p & 0xffffff);
            }
            if (colours.size() > 1 << 16) {
                throw new IllegalArgumentException("the relief has " + colours.size() + " colours; at most 65,536 are stored");
            }
            int[] palette = colours.stream().mapToInt(Integer::intValue).toArray();
            int count = width * height;
            byte[] planes = new byte[2 * count];
            for (int i = 0; i < count; i++) {
                int index = Arrays.binarySearch(palette, rgb[i] & 0xffffff);
                planes[i] = (byte) (index >> 8);
                planes[count + i] = (byte) index;
            }
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            ByteArrayOutputStream packed = new ByteArrayOutputStream(count);
            try {
                deflater.setInput(planes);
                deflater.finish();
                byte[] chunk = new byte[1 << 16];
                while (!deflater.finished()) {
                    packed.write(chunk, 0, deflater.deflate(chunk));
                }
            } finally {
                deflater.end();
            }
            data.writeInt(width);
            data.writeInt(height);
            data.writeInt(palette.length);
            for (int colour : palette) {
                data.writeInt(colour);
            }
            data.writeInt(packed.size());
            packed.writeTo(data);
        }

        private static void writeText(DataOutputStream data, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            data.writeShort(bytes.length);
            data.write(bytes);
        }

        private static void writePoints(DataOutputStream data, double[] xy) throws IOException {
            data.writeInt(xy.length / 2);
            for (double v : xy) {
                data.writeDouble(v);
            }
        }

        private static double[] project(double[] lonLat, int from, int to) {
            double[] xy = new double[(to - from) * 2];
            for (int k = from; k < to; k++) {
                xy[(k - from) * 2] = WebMercator.x(lonLat[2 * k], 0) / WebMercator.TILE_SIZE;
                xy[(k - from) * 2 + 1] = WebMercator.y(lonLat[2 * k + 1], 0) / WebMercator.TILE_SIZE;
            }
            return xy;
        }
    }

    /**
     * Reads a whole file from {@code in} (which stays open).
     *
     * @param name the file's name for messages
     * @throws IOException naming {@code name} when it is not such a file, another version of it, or cut short
     */
    static Contents read(InputStream in, String name) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(in.readAllBytes());
        try {
            if (buffer.remaining() < 8 || buffer.getInt() != MAGIC) {
                throw new IOException(name + " is not a base map file written by build-basemap");
            }
            int version = buffer.getInt();
            if (version != VERSION) {
                throw new IOException(name + " is a base map file of format version " + version + ", not " + VERSION
                        + "; rebuild it with build-basemap");
            }
            int layerCount = buffer.getInt();
            if (layerCount != Layer.values().length) {
                throw new IOException(name + " holds " + layerCount + " layers, not " + Layer.values().length);
            }
            Map<Layer, ShapeIndex> layers = new EnumMap<>(Layer.class);
            for (Layer layer : Layer.values()) {
                MapShape[] shapes = new MapShape[count(buffer, name)];
                for (int s = 0; s < shapes.length; s++) {
                    shapes[s] = readShape(buffer, layer.polygons, name);
                }
                layers.put(layer, new ShapeIndex(shapes));
            }
            CountryName[] names = new CountryName[count(buffer, name)];
            for (int k = 0; k < names.length; k++) {
                names[k] = new CountryName(utf(buffer), utf(buffer), buffer.getDouble(), buffer.getDouble(), buffer.getDouble());
            }
            BufferedImage relief = readRelief(buffer, name);
            if (buffer.getInt() != MAGIC || buffer.hasRemaining()) {
                throw new IOException(name + " is damaged: its layers do not end where the file does; rebuild it with build-basemap");
            }
            return new Contents(layers, List.of(names), relief);
        } catch (BufferUnderflowException e) {
            throw new IOException(name + " is cut short (" + buffer.capacity() + " bytes): it ends inside its layers;"
                    + " rebuild it with build-basemap", e);
        }
    }

    private static BufferedImage readRelief(ByteBuffer buffer, String name) throws IOException {
        int width = buffer.getInt(), height = buffer.getInt();
        if (width <= 0 || height <= 0 || (long) width * height > MAX_RELIEF_PIXELS) {
            throw new IOException(name + " is damaged: its relief claims " + width + " x " + height + " pixels");
        }
        int[] palette = new int[count(buffer, name)];
        for (int k = 0; k < palette.length; k++) {
            palette[k] = buffer.getInt();
        }
        int packedLength = count(buffer, name);
        int count = width * height;
        byte[] planes = new byte[2 * count];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(buffer.array(), buffer.arrayOffset() + buffer.position(), packedLength);
            int filled = 0;
            while (filled < planes.length && !inflater.finished() && !inflater.needsInput()) {
                filled += inflater.inflate(planes, filled, planes.length - filled);
            }
            if (filled < planes.length || !inflater.finished()) {
                throw new IOException(name + " is damaged: its relief holds fewer pixels than its " + width + " x " + height);
            }
        } catch (DataFormatException e) {
            throw new IOException(name + " is damaged: its relief does not inflate (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
        buffer.position(buffer.position() + packedLength);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int colours = palette.length;
        for (int i = 0; i < count; i++) {
            int index = (planes[i] & 255) << 8 | planes[count + i] & 255;
            if (index >= colours) {
                throw new IOException(name + " is damaged: a relief pixel names colour " + index + " of " + colours);
            }
            pixels[i] = palette[index];
        }
        return image;
    }

    private static MapShape readShape(ByteBuffer buffer, boolean closed, String name) throws IOException {
        double minX = buffer.getDouble(), minY = buffer.getDouble(), maxX = buffer.getDouble(), maxY = buffer.getDouble();
        Envelope bounds = new Envelope(minX, maxX, minY, maxY);
        int partCount = count(buffer, name);
        double[][] full = new double[partCount][];
        for (int k = 0; k < partCount; k++) {
            full[k] = points(buffer, name);
        }
        double[][] belowZoom8 = new double[partCount][];
        for (int k = 0; k < partCount; k++) {
            byte tag = buffer.get();
            belowZoom8[k] = tag == SAME_AS_FULL ? full[k] : ownPoints(tag, buffer, name);
        }
        double[][] belowZoom6 = new double[partCount][];
        for (int k = 0; k < partCount; k++) {
            byte tag = buffer.get();
            belowZoom6[k] = tag == SAME_AS_FULL ? full[k] : tag == SAME_AS_BELOW_ZOOM_8 ? belowZoom8[k] : ownPoints(tag, buffer, name);
        }
        return new MapShape(List.of(full), List.of(belowZoom8), List.of(belowZoom6), bounds, closed);
    }

    private static double[] ownPoints(byte tag, ByteBuffer buffer, String name) throws IOException {
        if (tag != OWN_POINTS) {
            throw new IOException(name + " is damaged: a simplified part has the unknown tag " + tag);
        }
        return points(buffer, name);
    }

    private static double[] points(ByteBuffer buffer, String name) throws IOException {
        int n = count(buffer, name);
        if ((long) n * 16 > buffer.remaining()) {
            throw new BufferUnderflowException();
        }
        double[] xy = new double[2 * n];
        buffer.asDoubleBuffer().get(xy);
        buffer.position(buffer.position() + 16 * n);
        return xy;
    }

    /** A count, checked against what is left of the file (a damaged count must not allocate gigabytes). */
    private static int count(ByteBuffer buffer, String name) throws IOException {
        int n = buffer.getInt();
        if (n < 0) {
            throw new IOException(name + " is damaged: it gives " + n + " items; rebuild it with build-basemap");
        }
        if (n > buffer.remaining()) {
            // Each item takes at least a byte: the file ends before they do.
            throw new BufferUnderflowException();
        }
        return n;
    }

    /** A text as {@code writeText} writes it: its UTF-8 length in two bytes, then the bytes. */
    private static String utf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.getShort() & 0xffff];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
