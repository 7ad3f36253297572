package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.incidentatlas.rendering.vector.SyntheticOsh;
import org.incidentatlas.rendering.vector.VectorStyle;
import org.incidentatlas.geo.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code render --basemap} with the user's own vector tiles: Osh's streets drawn in our style, bad files refused in one line. */
class RenderVectorBasemapTest {

    /** Lenin Street, a primary road running north-south through the synthetic Osh. */
    static final double LENIN_LON = 72.8002;

    @TempDir
    static Path dir;
    static Path osh;

    @BeforeAll
    static void writeTiles() throws Exception {
        osh = SyntheticOsh.map().writePmTiles(dir.resolve("osh.pmtiles"), 14, 14, true);
    }

    @Test
    void streetsOfTheUsersTilesAreDrawnAtCityZoomInBothStyles() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            Path out = dir.resolve("osh-" + dark + ".png");
            StringWriter err = new StringWriter();
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("render", "--basemap", osh.toString(),
                    "--center", "40.5300," + LENIN_LON, "--zoom", "16", "--size", "400x300", "--out", out.toString()));
            if (dark) {
                args.add("--dark");
            }
            int exit = run(err, args.toArray(String[]::new));
            assertEquals(0, exit, err.toString());
            assertEquals("", err.toString());
            BufferedImage image = ImageIO.read(out.toFile());
            Viewport view = Viewport.centredOn(40.5300, LENIN_LON, 16, 400, 300);
            int x = (int) Math.round(view.screenX(LENIN_LON));
            Color road = (dark ? VectorStyle.DARK : VectorStyle.LIGHT).primary();
            int onRoad = 0;
            for (int y = 0; y < 300; y += 10) {
                onRoad += near(new Color(image.getRGB(x, y)), road) ? 1 : 0;
            }
            // Names and crossings cover a few of the 30 samples, never most.
            assertTrue(onRoad >= 20, "Lenin Street drawn down the picture in " + (dark ? "dark" : "light") + ": " + onRoad + " of 30");
            assertTrue(textPixels(image, dark) > 40, "OpenStreetMap credited above the bundled credits");
        }
    }

    @Test
    void withoutTheBasemapNoStreetIsDrawn() throws Exception {
        Path out = dir.resolve("plain.png");
        int exit = run(new StringWriter(), "render", "--center", "40.5300," + LENIN_LON, "--zoom", "16", "--size", "400x300",
                "--out", out.toString());
        assertEquals(0, exit);
        BufferedImage image = ImageIO.read(out.toFile());
        assertTrue(!near(new Color(image.getRGB(200, 40)), VectorStyle.LIGHT.primary()));
        assertEquals(0, textPixels(image, false), "no OpenStreetMap credit");
    }

    @Test
    void aFileThatIsNoBaseMapIsRefusedInOneLine() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.pmtiles"), "PMTiles\u0002 old version");
        StringWriter err = new StringWriter();
        int exit = run(err, "render", "--basemap", notes.toString(), "--center", "40.53,72.80", "--zoom", "15",
                "--out", dir.resolve("never.png").toString());
        assertEquals(2, exit);
        assertEquals("render: Cannot use base map " + notes + ": it is a truncated PMTiles file (20 bytes, shorter than its header)"
                + System.lineSeparator(), err.toString());
        assertTrue(Files.notExists(dir.resolve("never.png")));
    }

    /** Pixels of text (dark on light, or light on dark) in the line just above the bundled credits. */
    private static int textPixels(BufferedImage image, boolean dark) {
        int count = 0;
        for (int y = 270; y < 284; y++) {
            for (int x = 240; x < 400; x++) {
                Color c = new Color(image.getRGB(x, y));
                int luminance = (c.getRed() * 3 + c.getGreen() * 6 + c.getBlue()) / 10;
                count += (dark ? luminance > 120 : luminance < 150) ? 1 : 0;
            }
        }
        return count;
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) <= 12;
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cli = IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("render must not open the window");
        });
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }
}
