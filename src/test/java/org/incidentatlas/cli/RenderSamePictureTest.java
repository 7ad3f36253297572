package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.timeline.Timeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/**
 * {@code render} draws parts of its picture on other threads (the base map while the incidents are read):
 * the PNG holds, pixel for pixel, the picture of that day drawn on one thread.
 */
class RenderSamePictureTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(textBlock = """
            41.25, 74.8,  7,   320, 200, 2010-05-14, false
            40.53, 72.8,  9.5, 240, 180, 2010-05-14, true
            41.25, 74.8,  3.6, 200, 160, 2005-03-24, false
            """)
    void thePngIsTheDayDrawnOnOneThread(double lat, double lon, double zoom, int width, int height, LocalDate day, boolean dark)
            throws Exception {
        Path png = dir.resolve("map.png");
        StringWriter err = new StringWriter();
        CommandLine cli = IncidentAtlasCommand.commandLine(files -> {
            throw new AssertionError("render must not open the window");
        });
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("render", "--center", lat + "," + lon, "--zoom", Double.toString(zoom),
                "--size", width + "x" + height, "--date", day.toString(), "--out", png.toString()));
        if (dark) {
            args.add("--dark");
        }
        assertEquals(0, cli.execute(args.toArray(String[]::new)), err::toString);

        Timeline timeline = RenderCommand.readTimeline(null, new PrintWriter(err), "render").orElseThrow();
        BufferedImage expected = RenderCommand.dayMap(timeline, MapTheme.of(dark))
                .draw(Viewport.centredOn(lat, lon, zoom, width, height), day).image();
        // ImageIO, a reader other than our PNG writer, so the check does not trust the writer.
        BufferedImage written = ImageIO.read(png.toFile());
        assertEquals(width, written.getWidth());
        assertEquals(height, written.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((written.getRGB(x, y) & 0xFFFFFF) != (expected.getRGB(x, y) & 0xFFFFFF)) {
                    throw new AssertionError("pixel " + x + "," + y + " is " + Integer.toHexString(written.getRGB(x, y))
                            + ", drawn on one thread " + Integer.toHexString(expected.getRGB(x, y)));
                }
            }
        }
    }
}
