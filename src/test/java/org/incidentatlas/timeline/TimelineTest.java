package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.incidentatlas.bench.SyntheticIncidents;
import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.model.Episode;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineTest {

    private final Timeline timeline = new Timeline(Fixture.incidents());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void episodesAreSplitByGapsLongerThanThirtyDays() {
        assertEquals(List.of(new Episode("March 2005", d("2005-03-18"), d("2005-03-21")),
                new Episode("May 2010", d("2010-05-13"), d("2010-05-14"))), timeline.episodes());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2005-03-01, 2005-03-31, 1
            2005-03-01, 2005-04-01, 2
            2005-03-20, 2005-04-15, 1
            """)
    void aGapOfExactlyThirtyDaysStaysInTheEpisode(String a, String b, int expectedEpisodes) {
        assertEquals(expectedEpisodes, Episodes.of(List.of(d(a), d(b))).size());
    }

    @Test
    void labelsAreEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("March\u2013April 2005", Episodes.of(List.of(d("2005-03-30"), d("2005-04-02"))).get(0).label());
            assertEquals("December 2009\u2013January 2010",
                    Episodes.of(List.of(d("2009-12-30"), d("2010-01-02"))).get(0).label());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void daysCoverEachEpisodeAndSkipTheBreak() {
        assertEquals(List.of(d("2005-03-18"), d("2005-03-19"), d("2005-03-20"), d("2005-03-21"),
                d("2010-05-13"), d("2010-05-14")), timeline.days());
        assertEquals(-1, timeline.indexOf(d("2007-01-01")));
        assertEquals(List.of("Al Jazeera", "Fox News", "RFE/RL", "Voice of America"), List.copyOf(timeline.outlets()));
    }

    @Test
    void steppingCrossesTheBreakAndStopsAtTheEnds() {
        assertEquals(d("2010-05-13"), timeline.step(d("2005-03-21"), 1));
        assertEquals(d("2005-03-21"), timeline.step(d("2010-05-13"), -1));
        assertEquals(d("2010-05-14"), timeline.step(d("2010-05-14"), 1));
        assertEquals(d("2005-03-18"), timeline.step(d("2005-03-18"), -3));
        assertEquals(d("2010-05-13"), timeline.nextEpisodeStart(d("2005-03-19")));
        assertEquals(d("2005-03-18"), timeline.previousEpisodeStart(d("2010-05-14")));
    }

    @Test
    void datesOutsideTheEpisodesSnapToTheNearestDay() {
        assertEquals(d("2005-03-21"), timeline.nearestDay(d("2005-06-01")));
        assertEquals(d("2010-05-13"), timeline.nearestDay(d("2009-12-01")));
        assertEquals(d("2005-03-18"), timeline.nearestDay(d("1999-01-01")));
    }

    @Test
    void upToThisDayShowsTheEpisodeSoFarAndMarksOlderDays() {
        List<VisibleIncident> visible = timeline.visibleAt(d("2005-03-21"), ViewMode.UP_TO_DAY, IncidentFilter.showAll());
        assertEquals(6, visible.size());
        assertEquals(2, visible.stream().filter(VisibleIncident::current).count());
        assertTrue(visible.stream().allMatch(v -> v.current() == v.incident().date().equals(d("2005-03-21"))));
        // The 2010 episode starts afresh.
        assertEquals(3, timeline.visibleAt(d("2010-05-13"), ViewMode.UP_TO_DAY, IncidentFilter.showAll()).size());
    }

    @Test
    void thisDayOnlyShowsOnlyThatDay() {
        List<VisibleIncident> visible = timeline.visibleAt(d("2005-03-21"), ViewMode.DAY_ONLY, IncidentFilter.showAll());
        assertEquals(2, visible.size());
        assertTrue(visible.stream().allMatch(VisibleIncident::current));
    }

    @Test
    void filtersHideTypesAndOutlets() {
        IncidentFilter noSeizures = IncidentFilter.showAll().withType(IncidentType.SEIZURE, false);
        assertTrue(timeline.visibleAt(d("2010-05-14"), ViewMode.DAY_ONLY, noSeizures).stream()
                .noneMatch(v -> v.incident().type() == IncidentType.SEIZURE));
        IncidentFilter onlyVoa = new IncidentFilter(Set.of(), Set.of("Al Jazeera", "Fox News", "RFE/RL"));
        List<VisibleIncident> voa = timeline.visibleAt(d("2010-05-14"), ViewMode.DAY_ONLY, onlyVoa);
        assertEquals(3, voa.size());
        assertTrue(voa.stream().allMatch(v -> v.incident().sources().stream().anyMatch(s -> s.outlet().equals("Voice of America"))));
        assertEquals(IncidentFilter.showAll(), noSeizures.withType(IncidentType.SEIZURE, true));
    }

    @Test
    void histogramCountsPerDayAndTypeFollowTheFilter() {
        List<Timeline.DayCount> counts = timeline.histogram(IncidentFilter.showAll());
        assertEquals(6, counts.size());
        Timeline.DayCount may14 = counts.get(5);
        assertEquals(2, may14.count(IncidentType.CLASH));
        assertEquals(2, may14.count(IncidentType.SEIZURE));
        assertEquals(1, may14.count(IncidentType.ATTACK));
        assertEquals(5, may14.total());
        assertEquals(0, timeline.histogram(IncidentFilter.showAll().withType(IncidentType.CLASH, false)).get(5)
                .count(IncidentType.CLASH));
    }

    @Test
    void emptyDataMakesAnEmptyTimeline() {
        Timeline empty = new Timeline(List.of());
        assertTrue(empty.isEmpty());
        assertTrue(empty.episodes().isEmpty());
    }

    @Test
    void newDataMakesNewEpisodes() {
        Place bishkek = new Place("p:bishkek", "Bishkek", List.of(), PlaceKind.CITY, 42.87, 74.59, "", "KG", 0);
        Incident april = new Incident("x", d("2010-04-07"), IncidentType.CLASH, bishkek, Precision.CITY,
                List.of(), List.of(), 85, null, false, List.of(new Source("a", "o", null, "", 0, 0)));
        List<Incident> more = new java.util.ArrayList<>(Fixture.incidents());
        more.add(april);
        Timeline bigger = new Timeline(more);
        assertEquals(List.of("March 2005", "April 2010", "May 2010"),
                bigger.episodes().stream().map(Episode::label).toList());
        assertFalse(bigger.contains(d("2010-04-08")));
    }

    @Test
    void aDaysIncidentsOfOneTypeAreReadWithoutReadingItsOthers() {
        List<Incident> incidents = new SyntheticIncidents(21).incidents(20_000);
        AtomicInteger reads = new AtomicInteger();
        Timeline counted = new TimeIndex.Builder().addAll(incidents).timeline(row -> {
            reads.incrementAndGet();
            return incidents.get(row);
        });
        LocalDate day = counted.days().get(300);
        List<Incident> clashes = counted.incidentsOn(day, IncidentType.CLASH);
        assertEquals(clashes.size(), reads.get(), "only the day's clashes are read");
        List<Incident> wholeDay = counted.incidentsOn(day);
        assertTrue(clashes.size() > 0 && clashes.size() < wholeDay.size(), "the day has clashes and other incidents");
        assertEquals(wholeDay.stream().filter(i -> i.type() == IncidentType.CLASH).toList(), clashes);
        assertEquals(List.of(), counted.incidentsOn(d("2007-06-01"), IncidentType.CLASH));
    }
}
