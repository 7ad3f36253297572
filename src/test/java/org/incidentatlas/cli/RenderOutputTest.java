package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** Issue 16, defects 2 and 6: render writes atomically, checks its options and never prints a stack trace. */
class RenderOutputTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int render(String... args) {
        CommandLine cli = IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("render must not open the window");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "render";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    private int renderTo(Path png, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"--center", "40.53,72.80", "--zoom", "6", "--out", png.toString()}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return render(args);
    }

    private void assertNoStackTrace() {
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void anExistingPictureIsReplacedKeepingItsPermissions() throws Exception {
        Path png = Files.writeString(dir.resolve("map.png"), "old");
        Files.setPosixFilePermissions(png, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, renderTo(png, "--size", "64x64"));
        assertEquals(64, ImageIO.read(png.toFile()).getWidth());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void anEmptyFolderNamedByOutIsKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("picture.png"));
        assertEquals(2, renderTo(folder, "--size", "64x64"));
        assertTrue(Files.isDirectory(folder));
        assertEquals("render: " + folder + ": is a folder; name a PNG file to write", err.toString().strip());
    }

    @Test
    void aParentThatIsAFileIsOneLineNotAStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("notes"), "x");
        assertEquals(2, renderTo(file.resolve("map.png"), "--size", "64x64"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains(file + " is a file, not a folder"), err.toString());
        assertNoStackTrace();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "0", "2.9", "18.5", "22", "Infinity"})
    void zoomsOutsideThreeToEighteenAreRefused(String zoom) {
        assertEquals(2, render("--center", "40.53,72.80", "--zoom", zoom, "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("--zoom must be a number from 3 to 18"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN,NaN", "40.5,NaN", "Infinity,72", "90,72"})
    void centresThatAreNoPlaceAreRefused(String centre) {
        assertEquals(2, render("--center", centre, "--zoom", "6", "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("out of range"), err.toString());
    }

    @Test
    void incidentsWithoutADateAreRefusedNotIgnored() {
        assertEquals(2, renderTo(dir.resolve("x.png"), "--incidents", "src/test/resources/fixtures/incidents.geojson"));
        assertTrue(err.toString().contains("--incidents needs --date"), err.toString());
    }

    @Test
    void anIncidentFileWithAnExtremeDateIsExplained() throws Exception {
        String fixture = Files.readString(Path.of("src/test/resources/fixtures/incidents.geojson"));
        Path bad = Files.writeString(dir.resolve("far.geojson"), fixture.replaceFirst("\"date\" ?: ?\"[0-9-]+\"", "\"date\":\"+999999999-12-31\""));
        assertEquals(2, renderTo(dir.resolve("x.png"), "--date", "2010-05-14", "--incidents", bad.toString()));
        assertTrue(err.toString().contains("feature 0 (line "), err.toString());
        assertTrue(err.toString().contains("\"+999999999-12-31\" that is not a date"), err.toString());
        assertNoStackTrace();
    }
}
