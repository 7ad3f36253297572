package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void rendersAPictureOfTheRequestedSizeWithoutAWindow() throws Exception {
        Path out = dir.resolve("osh.png");
        int exit = cli().execute("render", "--center", "40.53,72.80", "--zoom", "9.5", "--size", "320x200", "--out", out.toString());
        assertEquals(0, exit);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(320, image.getWidth());
        assertEquals(200, image.getHeight());
        // Osh's dot (dark red) is drawn at its projected position: 0.0017 deg east and north of the centre is < 1 px.
        int centre = image.getRGB(160, 100) & 0xFFFFFF;
        assertTrue(((centre >> 16) & 255) > 2 * ((centre >> 8) & 255), "red dot at the centre, got " + Integer.toHexString(centre));
    }

    @Test
    void badCentreIsExplained() {
        StringWriter err = new StringWriter();
        CommandLine cli = cli();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("render", "--center", "Osh", "--zoom", "9", "--out", dir.resolve("x.png").toString());
        assertNotEquals(0, exit);
        assertTrue(err.toString().contains("LAT,LON"), err.toString());
    }

    private static CommandLine cli() {
        return IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("render must not open the window");
        });
    }
}
