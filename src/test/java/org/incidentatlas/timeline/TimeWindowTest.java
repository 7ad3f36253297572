package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The replay's time window on the fixture timeline: 18–21 March 2005, then 13–14 May 2010. */
class TimeWindowTest {

    private static final LocalDate MAR18 = LocalDate.of(2005, 3, 18);
    private static final LocalDate MAR19 = LocalDate.of(2005, 3, 19);
    private static final LocalDate MAR20 = LocalDate.of(2005, 3, 20);
    private static final LocalDate MAR21 = LocalDate.of(2005, 3, 21);
    private static final LocalDate MAY13 = LocalDate.of(2010, 5, 13);
    private static final LocalDate MAY14 = LocalDate.of(2010, 5, 14);

    private final Timeline timeline = new Timeline(Fixture.incidents());

    @Test
    void playingTheWholeTimelineCrossesTheBreakAndStopsAtTheEnd() {
        TimeWindow whole = TimeWindow.whole(timeline, false);
        assertEquals(List.of(MAR19, MAR20, MAR21, MAY13, MAY14), replay(whole, MAR18, 10));
        assertEquals(Optional.empty(), whole.next(timeline, MAY14));
    }

    @Test
    void loopingStartsAgainAtTheWindowsFirstDay() {
        TimeWindow range = new TimeWindow(MAR19, MAR20, true);
        assertEquals(List.of(MAR20, MAR19, MAR20, MAR19), replay(range, MAR19, 4));
    }

    @Test
    void thisEpisodeOnlyNeverLeavesTheEpisode() {
        TimeWindow march = TimeWindow.episodeOf(timeline, MAR20, false);
        assertEquals(new TimeWindow(MAR18, MAR21, false), march);
        assertEquals(List.of(MAR21), replay(march, MAR20, 10));
        assertEquals(MAR21, march.step(timeline, MAR20, 5), "stepping stops at the episode's end, not in May 2010");
        assertEquals(MAR18, march.playFrom(timeline, MAR21), "play at the end starts again at the start");
    }

    @Test
    void draggedEndsLandOnTimelineDaysAndNeverCross() {
        TimeWindow whole = TimeWindow.whole(timeline, false);
        // A day in the break between the episodes goes to the nearer episode's end.
        assertEquals(MAR21, whole.withLast(timeline, LocalDate.of(2006, 1, 1)).last());
        assertEquals(MAY13, whole.withFirst(timeline, LocalDate.of(2010, 1, 1)).first());
        TimeWindow narrow = new TimeWindow(MAR19, MAR20, false);
        assertEquals(MAR20, narrow.withFirst(timeline, MAY14).first(), "the start cannot pass the end");
        assertEquals(MAR19, narrow.withLast(timeline, MAR18).last(), "the end cannot pass the start");
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(MAR20, MAR19, false));
    }

    @Test
    void upToThisDayAccumulatesFromTheLaterOfEpisodeAndWindowStart() {
        TimeWindow range = new TimeWindow(MAR20, MAY14, false);
        assertEquals(MAR20, range.firstDayShown(timeline, MAR21, ViewMode.UP_TO_DAY));
        assertEquals(MAY13, range.firstDayShown(timeline, MAY14, ViewMode.UP_TO_DAY));
        assertEquals(MAR21, range.firstDayShown(timeline, MAR21, ViewMode.DAY_ONLY));
        assertEquals(MAR18, TimeWindow.whole(timeline, false).firstDayShown(timeline, MAR21, ViewMode.UP_TO_DAY));
    }

    @Test
    void theThumbNeverRestsInTheBreakBetweenEpisodes() {
        TimelineScale scale = new TimelineScale(timeline, 1000, 36, 110);
        TimeWindow whole = TimeWindow.whole(timeline, false);
        double endOfMarch = scale.xOf(MAR21);
        double startOfMay = scale.xOf(MAY13);
        assertTrue(startOfMay - endOfMarch > 100, "the break is wide");
        for (double x = endOfMarch; x <= startOfMay; x += 5) {
            double thumb = scale.thumbX(x, whole);
            assertTrue(thumb == endOfMarch || thumb == startOfMay, "at x=" + x + " the thumb is at " + thumb);
        }
        double inside = (scale.xOf(MAR19) + scale.xOf(MAR20)) / 2;
        assertEquals(inside, scale.thumbX(inside, whole), 1e-9, "inside an episode it follows the pointer");
        TimeWindow range = new TimeWindow(MAR19, MAR20, false);
        assertEquals(scale.xOf(MAR20), scale.thumbX(scale.xOf(MAY14), range), 1e-9, "nor outside the window");
    }

    @Test
    void aPointerFindsTheNearestDayAcrossTheBreak() {
        TimelineScale scale = new TimelineScale(timeline, 1000, 36, 110);
        for (LocalDate day : timeline.days()) {
            assertEquals(day, scale.dayAt(scale.xOf(day) + scale.slotWidth() * 0.4));
        }
        assertEquals(MAR21, scale.dayAt(scale.xOf(MAR21) + 40));
        assertEquals(MAY13, scale.dayAt(scale.xOf(MAY13) - 40));
        assertFalse(scale.slotEnd(MAR21) > scale.slotStart(MAY13), "the episodes do not overlap");
    }

    private List<LocalDate> replay(TimeWindow window, LocalDate from, int ticks) {
        List<LocalDate> shown = new ArrayList<>();
        LocalDate day = from;
        for (int i = 0; i < ticks; i++) {
            Optional<LocalDate> next = window.next(timeline, day);
            if (next.isEmpty()) {
                break;
            }
            day = next.get();
            shown.add(day);
        }
        return shown;
    }
}
