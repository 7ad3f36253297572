package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.incidentatlas.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the viewer where there is no display: one line that says so and points to render, no stack trace. */
class NoDisplayTest {

    @Test
    void theAppStartedWithoutADisplaySaysSoInOneLine(@TempDir Path home) throws IOException, InterruptedException {
        assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
        assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Duser.home=" + home, "-Dincidentatlas.log.dir=" + home.resolve("logs"), "org.incidentatlas.Main");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path err = home.resolve("err.txt");
        pb.redirectError(err.toFile());
        pb.redirectOutput(home.resolve("out.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the app ends by itself");
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertEquals(1, lines.size(), "one line: " + lines);
        String line = lines.get(0);
        assertTrue(line.contains("needs a graphical display"), line);
        assertTrue(line.contains("render"), "points to the command that works without one: " + line);
        assertFalse(line.contains("Exception") || line.contains("unexpected error"), line);
        assertEquals(ExitCode.NOTHING_DONE, p.exitValue());
        assertEquals("", Files.readString(home.resolve("out.txt")));
    }

    @Test
    void aDisplayIsNeededOnlyWhereDisplaysAreNamed() {
        assertTrue(IncidentAtlasApp.missingDisplay(Map.of(), "Linux", null).isPresent());
        assertEquals(Optional.empty(), IncidentAtlasApp.missingDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
        assertEquals(Optional.empty(), IncidentAtlasApp.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertEquals(Optional.empty(), IncidentAtlasApp.missingDisplay(Map.of(), "Linux", "Monocle"), "headless tests");
        assertEquals(Optional.empty(), IncidentAtlasApp.missingDisplay(Map.of(), "Mac OS X", null));
        assertEquals(Optional.empty(), IncidentAtlasApp.missingDisplay(Map.of(), "Windows 11", null));
    }
}
