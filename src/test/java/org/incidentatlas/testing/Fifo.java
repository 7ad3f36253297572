package org.incidentatlas.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A named pipe with a writer waiting on it. Code that opens the pipe gets {@code content} (so old
 * code that reads special files finishes instead of hanging, and shows that it read one); code that
 * refuses it never opens it, and {@link #close()} releases the waiting writer.
 */
public final class Fifo implements AutoCloseable {

    private final Path path;
    private final Thread writer;

    private Fifo(Path path, byte[] content) {
        this.path = path;
        this.writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(path)) {
                out.write(content);
            } catch (IOException ignored) {
                // the reader went away: nothing to do
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Makes {@code path} a FIFO whose writer sends {@code content}; null when mkfifo is not available. */
    public static Fifo create(Path path, byte[] content) throws IOException, InterruptedException {
        if (new ProcessBuilder("mkfifo", path.toString()).start().waitFor() != 0) {
            return null;
        }
        return new Fifo(path, content);
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (writer.isAlive()) {
            try (InputStream in = Files.newInputStream(path)) {
                in.readAllBytes();
            }
        }
        writer.join();
    }
}
