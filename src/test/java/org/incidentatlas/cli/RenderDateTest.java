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

import org.incidentatlas.geo.Viewport;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code render --date} draws the day's markers where the app would show them. */
class RenderDateTest {

    private static final String FIXTURE = "src/test/resources/fixtures/incidents.geojson";
    private static final Path OUT = Path.of("target/screenshots/render-2010-05-14.png");

    private static int run(String... args) {
        CommandLine cli = new CommandLine(new RenderCommand());
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    @Test
    void aMissingIncidentFileIsAnErrorNotACrash() {
        assertEquals(2, run("--center", "40.8,72.6", "--zoom", "8", "--date", "2010-05-14",
                "--incidents", "target/no-such.geojson", "--out", "target/never.png"));
        assertTrue(Files.notExists(Path.of("target/never.png")));
    }

    private static double distance(int rgb, Color c) {
        Color p = new Color(rgb);
        return Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen()) + Math.abs(p.getBlue() - c.getBlue());
    }

    @Test
    void the14May2010ClashesAreDrawnAtOshAndJalalAbad() throws Exception {
        Files.deleteIfExists(OUT);
        assertEquals(0, run("--center", "40.8,72.6", "--zoom", "8", "--size", "800x500",
                "--date", "2010-05-14", "--incidents", FIXTURE, "--out", OUT.toString()));
        BufferedImage image = ImageIO.read(OUT.toFile());
        Viewport v = Viewport.centredOn(40.8, 72.6, 8, 800, 500);
        Color clash = Color.decode("#c92a2a");
        for (double[] city : new double[][] {{40.5283, 72.7985}, {40.9333, 73.0}}) {
            int x = (int) Math.round(v.screenX(city[1]));
            int y = (int) Math.round(v.screenY(city[0]));
            // Left of the centre: inside the disc, outside the white icon.
            assertTrue(distance(image.getRGB(x - 14, y), clash) < 60,
                    "clash red at " + city[0] + "," + city[1] + ": " + Integer.toHexString(image.getRGB(x - 14, y)));
        }
    }

    @Test
    void aDayWithoutIncidentsIsDrawnAndSaysSoNamingTheEpisodes() throws Exception {
        Path quiet = Path.of("target/screenshots/render-2007-01-01.png");
        Files.deleteIfExists(quiet);
        CommandLine cli = new CommandLine(new RenderCommand());
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--center", "40.8,72.6", "--zoom", "8", "--size", "800x500", "--date", "2007-01-01",
                "--incidents", FIXTURE, "--out", quiet.toString()));
        assertTrue(out.toString().contains("2007-01-01: no incidents on this day; the episodes are "), out.toString());
        BufferedImage image = ImageIO.read(quiet.toFile());
        assertEquals(800, image.getWidth());
        // The map is drawn (Osh lies on the relief, not on the neutral outside) and no marker is at Osh.
        Viewport v = Viewport.centredOn(40.8, 72.6, 8, 800, 500);
        int x = (int) Math.round(v.screenX(72.7985)) - 14, y = (int) Math.round(v.screenY(40.5283));
        assertTrue(distance(image.getRGB(x, y), Color.decode("#c92a2a")) > 120, Integer.toHexString(image.getRGB(x, y)));
        assertTrue(distance(image.getRGB(x, y), org.incidentatlas.rendering.BasemapStyle.PRINT.outside()) > 10);
    }
}
