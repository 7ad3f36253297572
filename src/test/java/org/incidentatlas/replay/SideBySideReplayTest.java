package org.incidentatlas.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.SideBySideMap;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.timeline.EpisodeComparison;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare view's animation: March 2005 and May 2010 side by side, day by day since each one's start. */
class SideBySideReplayTest {

    @TempDir
    Path dir;

    @Test
    void theAnimationShowsBothEpisodesDayByDayAndTheShorterOneHoldsItsLastDay() throws Exception {
        Timeline timeline = new Timeline(new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED).load());
        EpisodeComparison pair = EpisodeComparison.firstTwo(timeline.episodes());
        assertEquals("March 2005", pair.left().label());
        assertEquals("May 2010", pair.right().label());
        SideBySideMap map = new SideBySideMap(DayMap.bundled(List.of(), new MarkerIndex(timeline, IncidentFilter.showAll()),
                MapTheme.LIGHT), pair, MapTheme.LIGHT);
        Viewport panel = Viewport.centredOn(41.0, 73.0, 7, 240, 160);
        Path out = dir.resolve("compare.gif");

        new ReplayWriter(SideBySideReplay.pictures(map)).write(SideBySideReplay.of(map, panel, 1, false), out,
                ReplayFormat.GIF, ReplayProgress.NONE);

        List<BufferedImage> frames = decode(out);
        assertEquals(pair.days(), frames.size(), "one frame per day of the longer episode");
        for (BufferedImage f : frames) {
            assertEquals(2 * panel.width(), f.getWidth());
            assertEquals(panel.height() + SideBySideMap.CAPTION_HEIGHT, f.getHeight());
        }
    }

    @Test
    void eachDayNumberShowsThatDayOfBothEpisodes() throws Exception {
        Timeline timeline = new Timeline(new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED).load());
        EpisodeComparison pair = EpisodeComparison.firstTwo(timeline.episodes());
        DayMap day = DayMap.bundled(List.of(), new MarkerIndex(timeline, IncidentFilter.showAll()), MapTheme.LIGHT);
        SideBySideMap map = new SideBySideMap(day, pair, MapTheme.LIGHT);
        Viewport panel = Viewport.centredOn(41.0, 73.0, 7, 240, 160);
        List<BufferedImage> frames = new ArrayList<>();
        for (int n = 1; n <= pair.days(); n++) {
            frames.add(map.draw(panel, n));
        }
        // Each half is exactly the day map of its episode's day.
        assertTrue(sameMap(frames.get(2), day.draw(panel, pair.left().firstDay().plusDays(2)).image(), 0), "left: 20 March 2005");
        assertTrue(sameMap(frames.get(1), day.draw(panel, pair.right().firstDay().plusDays(1)).image(), panel.width()),
                "right: 14 May 2010");
        // May 2010 has two days: from day 2 on, its map stays that of 14 May.
        assertTrue(sameMap(frames.get(1), frames.get(2), panel.width()), "day 3 shows 14 May 2010 again");
        assertTrue(sameMap(frames.get(1), frames.get(3), panel.width()));
        assertFalse(sameMap(frames.get(0), frames.get(1), panel.width()), "day 1 and day 2 of May 2010 differ");
        assertFalse(sameMap(frames.get(1), frames.get(2), 0), "day 2 and day 3 of March 2005 differ");
    }

    /** Whether the map of {@code a}'s half starting at {@code left} equals {@code b}'s (b may be a single panel). */
    private static boolean sameMap(BufferedImage a, BufferedImage b, int left) {
        int width = a.getWidth() / 2;
        boolean panel = b.getWidth() == width;
        int top = panel ? 0 : SideBySideMap.CAPTION_HEIGHT;
        for (int y = 0; y < a.getHeight() - SideBySideMap.CAPTION_HEIGHT; y++) {
            for (int x = 2; x < width - 2; x++) {
                if (a.getRGB(left + x, y + SideBySideMap.CAPTION_HEIGHT) != b.getRGB(panel ? x : left + x, y + top)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<BufferedImage> decode(Path gif) throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            for (int k = 0; k < n; k++) {
                frames.add(reader.read(k));
            }
            reader.dispose();
        }
        return frames;
    }
}
