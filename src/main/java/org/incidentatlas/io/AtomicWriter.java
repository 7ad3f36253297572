package org.incidentatlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the project writes a file (GeoJSON, PNG, logs, and every later export): the content
 * goes to a temporary file in the target's own folder, is flushed to disk, and is renamed over the
 * target in one step. A failed or killed write therefore leaves the old file whole.
 *
 * <ul>
 *   <li>An existing target keeps its permissions; a symbolic link stays a link and the file it
 *       points to is replaced.</li>
 *   <li>A folder is never replaced, nor a FIFO or device written to.</li>
 *   <li>Temporary files are named {@code .NAME.PID.RANDOM.tmp}; one left by a process that no
 *       longer runs (killed mid-write) is deleted by the next write to the same folder.</li>
 * </ul>
 */
public final class AtomicWriter {

    /** Writes the content; the stream is closed by the writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes content that must seek back (an MP4 patches its index after the frames); the channel is closed by the writer. */
    @FunctionalInterface
    public interface ChannelContent {
        void writeTo(FileChannel channel) throws IOException;
    }

    private static final int MAX_LINKS = 40;

    private AtomicWriter() {
    }

    public static void writeString(Path target, String text) throws FileProblemException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path target, Content content) throws FileProblemException {
        writeChannel(target, channel -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
        });
    }

    /** As {@link #write(Path, Content)}, for content written through a seekable channel. */
    public static void writeChannel(Path target, ChannelContent content) throws FileProblemException {
        Path file = followLinks(target);
        BasicFileAttributes existing = null;
        try {
            existing = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException absent) {
            // a new file
        }
        if (existing != null && existing.isDirectory()) {
            throw new FileProblemException(target, "is a folder; name a file to write");
        }
        if (existing != null && !existing.isRegularFile()) {
            throw new FileProblemException(target, "is not a regular file (a FIFO, device or socket), so it is not replaced");
        }
        Path dir = file.toAbsolutePath().getParent();
        createFolder(target, dir);
        cleanLeftovers(dir, file.getFileName().toString());
        Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(channel);
                channel.force(true);
            }
            if (existing != null) {
                keepPermissions(file, tmp);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncFolder(dir);
        } catch (FileProblemException e) {
            throw e;
        } catch (IOException e) {
            // The temp file's name means nothing to the user: name the target and the cause.
            throw new FileProblemException(target, "cannot be written (" + InputFiles.reason(e) + ")", e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the next write to this folder removes it
                }
            }
        }
    }

    /** The file a chain of symbolic links ends at (the link itself stays). */
    static Path followLinks(Path target) throws FileProblemException {
        Path file = target;
        for (int hops = 0; Files.isSymbolicLink(file); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileProblemException(target, "is a symbolic link loop");
            }
            try {
                Path link = Files.readSymbolicLink(file);
                Path parent = file.toAbsolutePath().getParent();
                file = parent == null ? link : parent.resolve(link);
            } catch (IOException e) {
                throw new FileProblemException(target, "cannot be followed (" + InputFiles.reason(e) + ")", e);
            }
        }
        return file;
    }

    private static void createFolder(Path target, Path dir) throws FileProblemException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new FileProblemException(target, "cannot be written: " + e.getFile() + " is a file, not a folder", e);
        } catch (IOException e) {
            throw new FileProblemException(target, "cannot be written: its folder " + dir
                    + " cannot be created (" + InputFiles.reason(e) + ")", e);
        }
        if (!Files.isDirectory(dir)) {
            throw new FileProblemException(target, "cannot be written: " + dir + " is not a folder");
        }
    }

    private static void keepPermissions(Path from, Path to) {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
            view.setPermissions(permissions);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the new file keeps the default permissions
        }
    }

    /** Deletes temporary files of writes to {@code name} whose process has ended. */
    static void cleanLeftovers(Path dir, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, entry -> {
            String n = entry.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path leftover : leftovers) {
                String[] parts = leftover.getFileName().toString().substring(prefix.length()).split("\\.");
                if (parts.length != 3) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(parts[0]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (pid == ProcessHandle.current().pid()) {
                    continue; // another thread of this process may be writing it
                }
                Files.deleteIfExists(leftover);
            }
        } catch (IOException ignored) {
            // cleaning is a courtesy; the write goes on
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can sync a folder; the rename is done either way
        }
    }
}
