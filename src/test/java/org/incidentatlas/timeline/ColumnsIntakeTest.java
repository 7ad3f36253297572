package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;

/**
 * What {@link TimeIndex.Builder} takes from each incident it is given: a day's incidents come out in
 * the order of their ids as text orders them, and each incident's list of outlets is filtered as the
 * filter says, whether it names one outlet, several, the same twice or none.
 */
class ColumnsIntakeTest {

    private static final Place OSH = new Place("p:osh", "Osh", List.of(), PlaceKind.CITY, 40.5, 72.8, "", "KG", 0);
    private static final LocalDate DAY = LocalDate.of(2010, 6, 11);

    private static Incident incident(String id, LocalDate day, String... outlets) {
        List<Source> sources = new ArrayList<>();
        for (String outlet : outlets) {
            sources.add(new Source("article-" + id, outlet, day, "", 0, 0));
        }
        return new Incident(id, day, IncidentType.CLASH, OSH, Precision.CITY, List.of(), List.of(), null, null, false, sources);
    }

    /** A timeline of {@code incidents} holds them by date, then id as text, equal ones in the order given. */
    private static void assertTimelineKeepsDateThenIdOrder(List<Incident> incidents) {
        List<Incident> expected = new ArrayList<>(incidents);
        expected.sort(Comparator.comparing(Incident::date).thenComparing(Incident::id));
        assertEquals(expected, new Timeline(incidents).incidents());
    }

    @Test
    void aDaysIncidentsComeInTheOrderOfTheirIdsAsText() {
        List<Incident> incidents = new ArrayList<>();
        for (String id : List.of("s2", "s10", "s1", "S1", "s", "s1a", "é", "z", "Ω9", "a\u0000")) {
            incidents.add(incident(id, DAY, "AKIpress"));
            incidents.add(incident(id, DAY.plusDays(1), "AKIpress"));
        }
        Collections.shuffle(incidents, new Random(7));
        assertTimelineKeepsDateThenIdOrder(incidents);
    }

    @Test
    void aBusyDaysIncidentsComeInTheOrderOfTheirIdsAndEqualIdsInTheOrderGiven() {
        // Hundreds a day, many ids sharing their first characters or equal (told apart by their outlets).
        Random random = new Random(11);
        String alphabet = "s10\u0000éaΩ";
        List<Incident> incidents = new ArrayList<>();
        for (int k = 0; k < 1_500; k++) {
            StringBuilder id = new StringBuilder();
            for (int length = 1 + random.nextInt(7); id.length() < length; ) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            incidents.add(incident(id.toString(), DAY.plusDays(random.nextInt(3)), "outlet " + k));
        }
        assertTimelineKeepsDateThenIdOrder(incidents);
    }

    @Test
    void theDaysOfALargeIndexAreSortedAsThoseOfASmallOne() {
        // Enough rows for the days to be sorted on several threads, ids alike in their first characters.
        Random random = new Random(5);
        List<Incident> incidents = new ArrayList<>();
        for (int k = 0; k < TimeIndex.Builder.SORT_DAYS_AT_ONCE_FROM + 1_000; k++) {
            incidents.add(incident("s1" + random.nextInt(20_000), DAY.plusDays(random.nextInt(40)), "outlet " + random.nextInt(3)));
        }
        assertTimelineKeepsDateThenIdOrder(incidents);
    }

    @Test
    void aBuilderToldToExpectMoreOrFewerRowsThanItGetsHoldsThemAllInOrder() {
        // A reader tells the count from a file's first batch: an estimate, over or under, never a limit.
        Random random = new Random(3);
        List<Incident> incidents = new ArrayList<>();
        for (int k = 0; k < 5_000; k++) {
            incidents.add(incident("s" + random.nextInt(100_000), DAY.plusDays(random.nextInt(30)), "outlet " + random.nextInt(3)));
        }
        List<Incident> expected = new ArrayList<>(incidents);
        expected.sort(Comparator.comparing(Incident::date).thenComparing(Incident::id));
        for (int expectedRows : new int[] {1, 1_500, 5_000, 9_000}) {
            TimeIndex.Builder columns = new TimeIndex.Builder().addAll(incidents.subList(0, 1_000)).expect(expectedRows)
                    .addAll(incidents.subList(1_000, incidents.size()));
            assertEquals(expected, columns.timeline(row -> incidents.get(row)).incidents(), "expecting " + expectedRows);
        }
    }

    @Test
    void eachListOfOutletsIsFilteredAsTheFilterSays() {
        List<Incident> incidents = List.of(
                incident("1", DAY, "A"), incident("2", DAY, "A", "B"), incident("3", DAY, "B"), incident("4", DAY),
                incident("5", DAY, "A", "A"), incident("6", DAY, ""), incident("7", DAY, "B", "A"),
                incident("8", DAY.plusDays(1), "B"), incident("9", DAY.plusDays(1), "A"), incident("10", DAY.plusDays(1), "A", "B"));
        Timeline timeline = new Timeline(incidents);
        assertEquals(List.of("A", "B"), List.copyOf(timeline.outlets()));
        for (Set<String> hidden : List.of(Set.<String>of(), Set.of("A"), Set.of("B"), Set.of("A", "B"), Set.of(""))) {
            IncidentFilter filter = new IncidentFilter(Set.of(), hidden);
            List<Timeline.DayCount> histogram = new MarkerIndex(timeline, filter).histogram();
            for (Timeline.DayCount count : histogram) {
                long shown = incidents.stream().filter(i -> i.date().equals(count.day()) && filter.test(i)).count();
                assertEquals(shown, count.total(), "hidden " + hidden + " on " + count.day());
            }
        }
    }
}
