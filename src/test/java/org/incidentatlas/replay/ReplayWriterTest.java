package org.incidentatlas.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancelled replay leaves nothing behind: no new file, an old one whole, no temporary file. */
class ReplayWriterTest {

    @TempDir
    Path dir;

    private static ReplayWriter writer() throws Exception {
        Timeline timeline = new Timeline(new IncidentGeoJson().read(Path.of("src/test/resources/fixtures/incidents.geojson")));
        return new ReplayWriter(DayMap.bundled(List.of(), new MarkerIndex(timeline, IncidentFilter.showAll()),
                MapTheme.LIGHT));
    }

    private static Replay fiveDays() {
        return new Replay(Viewport.centredOn(40.6, 72.8, 8, 96, 64), LocalDate.of(2005, 3, 17), LocalDate.of(2005, 3, 21), 1, false);
    }

    /** Stops after two days. */
    private static ReplayProgress cancelAfterTwo(AtomicInteger drawn) {
        return new ReplayProgress() {
            @Override
            public void dayDrawn(int done, int total, LocalDate day) {
                drawn.set(done);
            }

            @Override
            public boolean cancelled() {
                return drawn.get() >= 2;
            }
        };
    }

    @Test
    void aCancelledReplayWritesNoFile() throws Exception {
        for (ReplayFormat format : ReplayFormat.values()) {
            Path out = dir.resolve("replay" + format.extension());
            AtomicInteger drawn = new AtomicInteger();
            assertThrows(CancellationException.class, () -> writer().write(fiveDays(), out, format, cancelAfterTwo(drawn)));
            assertEquals(2, drawn.get(), "stopped where asked");
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.toList(), "no file and no temporary file");
            }
        }
    }

    @Test
    void aCancelledReplayKeepsTheOldFileWhole() throws Exception {
        Path out = Files.writeString(dir.resolve("replay.gif"), "the replay of last week");
        assertThrows(CancellationException.class,
                () -> writer().write(fiveDays(), out, ReplayFormat.GIF, cancelAfterTwo(new AtomicInteger())));
        assertEquals("the replay of last week", Files.readString(out));
    }

    @Test
    void theFrameCountAndUnitFollowTheFade() {
        Replay plain = fiveDays();
        Replay faded = new Replay(plain.view(), plain.from(), plain.to(), 2, true);
        assertEquals(5, plain.frameCount());
        assertEquals(5 + 4 * Replay.FADE_STEPS, faded.frameCount());
        assertEquals(0.25, faded.unitSeconds(), 1e-9);
    }
}
