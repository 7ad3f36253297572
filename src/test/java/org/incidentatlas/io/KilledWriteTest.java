package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.incidentatlas.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, defect 2: a process killed with SIGKILL in the middle of a write leaves the old file whole. */
class KilledWriteTest {

    @TempDir
    Path dir;

    @Test
    void killDashNineMidWriteLeavesTheOldFileAndTheNextWriteCleansUp() throws Exception {
        Path target = Files.writeString(dir.resolve("events.geojson"), "the old incidents");
        Process child = new ProcessBuilder(ChildJvm.command(HalfWrite.class, target.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine(), "the child never started writing");
            assertTrue(Files.size(leftovers().get(0)) >= 1 << 20, "a megabyte is written beside the target");
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        assertEquals("the old incidents", Files.readString(target));
        assertEquals(1, leftovers().size(), "the killed write left its temporary file");

        AtomicWriter.writeString(target, "the new incidents");
        assertEquals("the new incidents", Files.readString(target));
        assertEquals(List.of(), leftovers(), "the next write to the folder removed the dead process's temporary file");
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
