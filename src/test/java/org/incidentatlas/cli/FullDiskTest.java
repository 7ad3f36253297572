package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.incidentatlas.Main;
import org.incidentatlas.testing.ChildJvm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, defects 2 and 6: a write that fails part way (a full disk, simulated by the file-size
 * limit of a child JVM) leaves the old file whole and no temporary file, and the user reads one line
 * naming the file and the cause, exit 2.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    private String stderr;

    @BeforeEach
    void needsAShell() {
        Assumptions.assumeTrue(ChildJvm.shellAvailable(), "no sh with ulimit");
    }

    private int runLimited(int kilobytes, String... args) throws Exception {
        Path err = Files.createTempFile("full-disk", ".err");
        try {
            Process child = new ProcessBuilder(ChildJvm.withFileSizeLimit(kilobytes, ChildJvm.command(Main.class, args)))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the command did not finish");
            stderr = Files.readString(err, StandardCharsets.UTF_8);
            return child.exitValue();
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private void assertOldFileWholeAndOneLine(Path target, String old) throws Exception {
        assertEquals(old, Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target.getFileName().toString()), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals(List.of(target + ": cannot be written (File too large)"),
                stderr.lines().filter(l -> l.contains(target.toString())).map(l -> l.substring(l.indexOf(' ') + 1)).toList(), stderr);
        assertFalse(stderr.contains("\tat "), stderr);
    }

    @Test
    void renderOntoAFullDiskKeepsTheOldPicture() throws Exception {
        Path target = Files.writeString(dir.resolve("map.png"), "the old picture");
        int exit = runLimited(16, "render", "--center", "40.53,72.8", "--zoom", "8", "--size", "800x600", "--out", target.toString());
        assertEquals(ExitCode.NOTHING_DONE, exit, stderr);
        assertOldFileWholeAndOneLine(target, "the old picture");
    }

    @Test
    void extractOntoAFullDiskKeepsTheOldIncidents() throws Exception {
        Path target = Files.writeString(dir.resolve("events.geojson"), "the old incidents");
        int exit = runLimited(8, "extract", "data/articles", "--out", target.toString());
        assertEquals(ExitCode.NOTHING_DONE, exit, stderr);
        assertOldFileWholeAndOneLine(target, "the old incidents");
    }
}
