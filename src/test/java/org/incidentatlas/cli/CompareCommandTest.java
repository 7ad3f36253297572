package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.incidentatlas.rendering.SideBySideMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code compare}: two episodes side by side, day N of each, as the app's compare view exports them. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CompareCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aPngShowsDayNOfBothEpisodesSideBySide() throws Exception {
        Path png = dir.resolve("day3.png");
        assertEquals(0, run("--center", "41.2,73.2", "--zoom", "7", "--size", "300x200", "--day", "3", "--out", png.toString()));
        assertTrue(out.toString().contains("day 3: 2005-03-20 and 2010-05-14"), out.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(600, image.getWidth());
        assertEquals(200 + SideBySideMap.CAPTION_HEIGHT, image.getHeight());
    }

    @Test
    void episodesAreChosenByLabelOrNumberAndAnUnknownOneIsNamed() {
        Path png = dir.resolve("x.png");
        assertEquals(0, run("--episodes", "May 2010,1", "--center", "41.2,73.2", "--zoom", "7", "--size", "200x160",
                "--day", "2", "--out", png.toString()));
        assertTrue(out.toString().contains("day 2: 2010-05-14 and 2005-03-19"), out.toString());
        Path other = dir.resolve("y.png");
        assertEquals(2, run("--episodes", "June 2020,1", "--center", "41.2,73.2", "--zoom", "7", "--out", other.toString()));
        assertTrue(err.toString().contains("no episode 'June 2020'; the episodes are March 2005, May 2010"), err.toString());
        assertEquals(2, run("--center", "41.2,73.2", "--zoom", "7", "--day", "5", "--out", other.toString()));
        assertTrue(err.toString().contains("--day must be from 1 to 4"), err.toString());
        assertFalse(Files.exists(other), "nothing written on bad input");
    }
}
