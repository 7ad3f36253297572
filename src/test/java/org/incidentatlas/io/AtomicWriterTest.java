package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, defect 2 and the "one atomic writer" deliverable. */
class AtomicWriterTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("map.png"), "old picture");
        FileProblemException e = assertThrows(FileProblemException.class, () -> AtomicWriter.write(file, out -> {
            out.write("half a new pic".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals(file + ": cannot be written (No space left on device)", e.getMessage());
        assertEquals("old picture", Files.readString(file));
        assertEquals(List.of("map.png"), names());
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws Exception {
        Path file = Files.writeString(dir.resolve("events.geojson"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicWriter.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileIsNotMadePrivate() throws Exception {
        Path file = dir.resolve("new.geojson");
        AtomicWriter.writeString(file, "new");
        assertTrue(Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                || !Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                "a new file gets the usual permissions (umask), not 0600");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws Exception {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("store")).resolve("real.geojson"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("events.geojson"), Path.of("store/real.geojson"));
        AtomicWriter.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aFolderIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.png"));
        FileProblemException e = assertThrows(FileProblemException.class, () -> AtomicWriter.writeString(folder, "png"));
        assertEquals(folder + ": is a folder; name a file to write", e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aParentThatIsAFileIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("notes"), "x");
        FileProblemException e = assertThrows(FileProblemException.class,
                () -> AtomicWriter.writeString(file.resolve("map.png"), "png"));
        assertTrue(e.getMessage().contains(file + " is a file, not a folder"), e.getMessage());
    }

    @Test
    void aSymbolicLinkLoopIsNamed() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertEquals(a + ": is a symbolic link loop",
                assertThrows(FileProblemException.class, () -> AtomicWriter.writeString(a, "x")).getMessage());
    }

    @Test
    void leftoversOfAKilledWriteAreCleanedUpNextTime() throws Exception {
        // A process id far above any pid_max: that writer is gone.
        Files.writeString(dir.resolve(".map.png.2147483000.abc.tmp"), "half");
        Files.writeString(dir.resolve(".other.png.2147483000.abc.tmp"), "someone else's");
        AtomicWriter.writeString(dir.resolve("map.png"), "whole");
        assertEquals(List.of(".other.png.2147483000.abc.tmp", "map.png"), names());
    }
}
