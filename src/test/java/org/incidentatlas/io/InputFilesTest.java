package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.incidentatlas.testing.Fifo;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 16, defects 3 and 8, for every kind of file the project reads as text as it parses. */
class InputFilesTest {

    @TempDir
    Path dir;

    /** Never hangs: a test that blocked on a FIFO would be stopped here rather than hang the build. */
    private static FileProblemException refused(Path file, InputFiles.Kind kind) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FileProblemException.class, () -> InputFiles.openText(file, kind).close()));
    }

    @ParameterizedTest
    @EnumSource(value = InputFiles.Kind.class, names = {"INCIDENTS", "GOLD", "TEXT"})
    void aFifoIsRefusedWithoutBeingOpened(InputFiles.Kind kind) throws Exception {
        try (Fifo fifo = Fifo.create(dir.resolve("events.csv"), "event_date\n".getBytes(StandardCharsets.UTF_8))) {
            Assumptions.assumeTrue(fifo != null, "mkfifo is not available");
            assertEquals(fifo.path() + ": is not a regular file (a FIFO, device or socket), so it is not read",
                    refused(fifo.path(), kind).getMessage());
        }
    }

    @Test
    void aDeviceIsRefused() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));
        assertTrue(refused(zero, InputFiles.Kind.INCIDENTS).getMessage().endsWith("is not a regular file (a FIFO, device or socket), so it is not read"));
    }

    @Test
    void aHugeFileIsRefusedBeforeAByteIsRead() throws Exception {
        Path huge = dir.resolve("huge.kml");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(InputFiles.Kind.INCIDENTS.maxBytes() + 1); // sparse: no disk used
        }
        assertEquals(huge + ": is too large (1.0 GB; an incident file may be at most 1 GB)",
                refused(huge, InputFiles.Kind.INCIDENTS).getMessage());
    }

    @Test
    void anInvalidByteFarIntoTheFileIsNamedWithWhereItIs() throws Exception {
        Path file = dir.resolve("late.csv");
        byte[] bytes = ("x".repeat(100_000) + "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        IOException e = assertThrows(IOException.class, () -> {
            try (Reader in = InputFiles.openText(file, InputFiles.Kind.INCIDENTS)) {
                in.transferTo(java.io.Writer.nullWriter());
            }
        });
        // The decoder works in blocks: the character named is where the block holding the bad byte starts.
        assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(file.toString())
                + ": is not UTF-8 text \\(an invalid byte after character \\d+\\)"), e.getMessage());
    }

    @Test
    void permissionProblemsSayWhy() throws Exception {
        assertEquals("permission denied", InputFiles.reason(new AccessDeniedException("/x/events.csv")));
        Path file = Files.writeString(dir.resolve("secret.csv"), "event_date\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as root: every file is readable");
        assertEquals(file + ": cannot be read: permission denied", refused(file, InputFiles.Kind.INCIDENTS).getMessage());
    }
}
