package org.incidentatlas.basemap.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads fixed-size variables from a netCDF classic (CDF-1/CDF-2) file, the format that
 * {@code nccopy -k classic} writes. Only what GSHHG's binned files need: byte/short/int/double
 * arrays, no record variables. (Java has no netCDF reader on Maven Central that is small.)
 */
final class NetcdfClassic {

    private record Variable(int type, long begin, long count) {
    }

    private static final int NC_DIMENSION = 10, NC_VARIABLE = 11, NC_ATTRIBUTE = 12;

    private final Path file;
    private final ByteBuffer buf;
    private final Map<String, Variable> variables = new HashMap<>();

    NetcdfClassic(Path file) throws IOException {
        this.file = file;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.BIG_ENDIAN);
        }
        if (buf.get() != 'C' || buf.get() != 'D' || buf.get() != 'F') {
            throw new IOException(file + " is not a netCDF classic file (convert it with: nccopy -k classic IN OUT)");
        }
        int version = buf.get();
        boolean offsets64 = version == 2;
        buf.getInt(); // number of records: none used here
        List<Long> dims = new java.util.ArrayList<>();
        int tag = buf.getInt();
        int n = buf.getInt();
        if (tag == NC_DIMENSION) {
            for (int k = 0; k < n; k++) {
                name();
                dims.add((long) buf.getInt());
            }
        }
        skipAttributes();
        tag = buf.getInt();
        n = buf.getInt();
        if (tag == NC_VARIABLE) {
            for (int k = 0; k < n; k++) {
                String name = name();
                int rank = buf.getInt();
                long count = 1;
                for (int d = 0; d < rank; d++) {
                    count *= dims.get(buf.getInt());
                }
                skipAttributes();
                int type = buf.getInt();
                buf.getInt(); // vsize
                long begin = offsets64 ? buf.getLong() : buf.getInt() & 0xFFFFFFFFL;
                variables.put(name, new Variable(type, begin, count));
            }
        }
    }

    int[] ints(String name) throws IOException {
        Variable v = variable(name);
        int[] out = new int[(int) v.count()];
        for (int k = 0; k < out.length; k++) {
            long at = v.begin() + (long) k * size(v.type());
            out[k] = switch (v.type()) {
                case 1 -> buf.get((int) at);
                case 3 -> buf.getShort((int) at);
                case 4 -> buf.getInt((int) at);
                default -> throw new IOException(file + ": variable " + name + " is not an integer array");
            };
        }
        return out;
    }

    private Variable variable(String name) throws IOException {
        Variable v = variables.get(name);
        if (v == null) {
            throw new IOException(file + " has no variable " + name);
        }
        return v;
    }

    private static int size(int type) {
        return switch (type) {
            case 1, 2 -> 1;
            case 3 -> 2;
            case 4, 5 -> 4;
            default -> 8;
        };
    }

    private String name() {
        int len = buf.getInt();
        byte[] b = new byte[len];
        buf.get(b);
        buf.position(buf.position() + ((4 - len % 4) % 4));
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void skipAttributes() {
        int tag = buf.getInt();
        int n = buf.getInt();
        if (tag != NC_ATTRIBUTE) {
            return;
        }
        for (int k = 0; k < n; k++) {
            name();
            int type = buf.getInt();
            int count = buf.getInt();
            int bytes = count * size(type);
            buf.position(buf.position() + bytes + ((4 - bytes % 4) % 4));
        }
    }
}
