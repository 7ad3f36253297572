package org.incidentatlas.io;

import java.io.InterruptedIOException;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link KilledWriteTest}: writes a megabyte of a new file through
 * {@link AtomicWriter}, says so on stdout, and waits to be killed in the middle of the write.
 */
public final class HalfWrite {

    private HalfWrite() {
    }

    public static void main(String[] args) throws Exception {
        AtomicWriter.write(Path.of(args[0]), out -> {
            out.write(new byte[1 << 20]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted");
            }
        });
    }
}
