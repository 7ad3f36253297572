package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.incidentatlas.bench.SyntheticIncidents;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.MarkerPlanner;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The column-wise index answers what the planner answers over the visible incidents of a day
 * (the way markers were computed before the index): on the bundled data, on the test fixture and
 * on synthetic data, for every mode, windows and filters.
 */
class MarkerIndexTest {

    private static final MarkerPlanner PLANNER = new MarkerPlanner();

    static Stream<IncidentFilter> filters() {
        return Stream.of(IncidentFilter.showAll(),
                IncidentFilter.showAll().withType(IncidentType.CLASH, false),
                IncidentFilter.showAll().withType(IncidentType.SEIZURE, false).withType(IncidentType.PROTEST, false),
                IncidentFilter.showAll().withOutlet("Voice of America", false).withOutlet("Outlet 3", false),
                IncidentFilter.showAll().withOutlet("Outlet 0", false).withOutlet("Outlet 1", false)
                        .withOutlet("Outlet 2", false).withType(IncidentType.ATTACK, false));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void bundledDataShowsTheSameMarkersOnEveryDayAsThePlannerDid(IncidentFilter filter) throws Exception {
        Timeline timeline = new Timeline(new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED).load());
        assertSameAsPlanner(timeline, filter, timeline.days());
    }

    @ParameterizedTest
    @MethodSource("filters")
    void fixtureShowsTheSameMarkersOnEveryDayAsThePlannerDid(IncidentFilter filter) {
        Timeline timeline = new Timeline(Fixture.incidents());
        assertSameAsPlanner(timeline, filter, timeline.days());
    }

    @ParameterizedTest
    @MethodSource("filters")
    void syntheticDataShowsTheSameMarkersAsThePlannerDid(IncidentFilter filter) {
        Timeline timeline = new Timeline(new SyntheticIncidents(7).incidents(4_000));
        List<LocalDate> someDays = new ArrayList<>();
        for (int i = 0; i < timeline.days().size(); i += 97) {
            someDays.add(timeline.days().get(i));
        }
        someDays.add(timeline.lastDay());
        assertSameAsPlanner(timeline, filter, someDays);
    }

    /**
     * Incidents told by two outlets (the second with higher numbers) or by none: a hidden outlet
     * then hides some, resizes others (only their shown claims count) and leaves those without
     * sources to their type, on the place runs and in the histogram alike.
     */
    @ParameterizedTest
    @MethodSource("filters")
    void incidentsWithTwoOutletsOrNoneShowTheSameMarkersAsThePlannerDid(IncidentFilter filter) {
        List<Incident> incidents = new ArrayList<>();
        for (Incident incident : new SyntheticIncidents(13).incidents(3_000)) {
            int n = incidents.size();
            List<Source> sources = incident.sources();
            if (n % 11 == 0) {
                sources = List.of();
            } else if (n % 3 == 0) {
                Source first = sources.get(0);
                Source louder = new Source("second-" + n, "Outlet " + (n % 5), first.published(), first.excerpt(),
                        first.start(), first.end(), 40 + n % 7, 120, 9_000, List.of());
                sources = List.of(first, louder);
            }
            incidents.add(new Incident(incident.id(), incident.date(), incident.type(), incident.place(), incident.precision(),
                    incident.actors(), incident.targets(), sources.size() == 2 ? Integer.valueOf(40 + n % 7) : incident.killed(),
                    sources.size() == 2 ? Integer.valueOf(120) : incident.injured(), sources.size() == 2 ? Integer.valueOf(9_000) : incident.crowd(),
                    incident.retaken(), sources));
        }
        Timeline timeline = new Timeline(incidents);
        List<LocalDate> someDays = new ArrayList<>();
        for (int i = 0; i < timeline.days().size(); i += 61) {
            someDays.add(timeline.days().get(i));
        }
        someDays.add(timeline.lastDay());
        assertSameAsPlanner(timeline, filter, someDays);
    }

    private static void assertSameAsPlanner(Timeline timeline, IncidentFilter filter, List<LocalDate> days) {
        MarkerIndex index = new MarkerIndex(timeline, filter);
        assertEquals(timeline.histogram(filter), index.histogram(), "histogram " + filter);
        for (LocalDate day : days) {
            for (ViewMode mode : ViewMode.values()) {
                List<VisibleIncident> visible = timeline.visibleAt(day, mode, filter);
                assertEquals(PLANNER.markers(visible), index.markersAt(day, mode), day + " " + mode + " " + filter);
                assertEquals(visible.size(), index.visibleCount(day, mode), day + " " + mode + " " + filter);
            }
        }
    }

    @Test
    void aWindowShowsItsDaysWithTheLastOneCurrent() {
        Timeline timeline = new Timeline(new SyntheticIncidents(11).incidents(3_000));
        IncidentFilter filter = IncidentFilter.showAll().withOutlet("Outlet 5", false);
        MarkerIndex index = new MarkerIndex(timeline, filter);
        LocalDate first = LocalDate.of(2009, 2, 10);
        LocalDate last = LocalDate.of(2009, 3, 2);
        List<VisibleIncident> expected = timeline.incidents().stream()
                .filter(i -> !i.date().isBefore(first) && !i.date().isAfter(last) && filter.test(i))
                .map(i -> new VisibleIncident(i, i.date().equals(last)))
                .toList();
        List<PlaceMarker> markers = index.markersBetween(first, last);
        assertEquals(PLANNER.markers(expected), markers);
        assertEquals(expected.size(), markers.stream().mapToInt(PlaceMarker::count).sum());
        assertTrue(markers.stream().flatMap(m -> m.incidents().stream())
                .allMatch(v -> v.current() == v.incident().date().equals(last)));
    }

    @Test
    void aWindowWithoutIncidentsShowsNothingAndADayOutsideTheEpisodesNothing() {
        Timeline timeline = new Timeline(Fixture.incidents());
        MarkerIndex index = new MarkerIndex(timeline, IncidentFilter.showAll());
        assertTrue(index.markersBetween(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31)).isEmpty());
        assertTrue(index.markersAt(LocalDate.of(2007, 6, 1), ViewMode.UP_TO_DAY).isEmpty());
        assertEquals(0, index.visibleCount(LocalDate.of(2007, 6, 1), ViewMode.UP_TO_DAY));
    }

    @Test
    void hidingEveryTypeLeavesTheMapEmpty() {
        Timeline timeline = new Timeline(new SyntheticIncidents(3).incidents(500));
        IncidentFilter none = IncidentFilter.showAll();
        for (IncidentType type : IncidentType.values()) {
            none = none.withType(type, false);
        }
        MarkerIndex index = new MarkerIndex(timeline, none);
        assertTrue(index.markersAt(timeline.lastDay(), ViewMode.UP_TO_DAY).isEmpty());
        assertEquals(0, index.visibleCount(timeline.lastDay(), ViewMode.UP_TO_DAY));
    }

    @ParameterizedTest
    @MethodSource("zooms")
    void clustersAtAZoomAreThoseOfComparingEveryLeader(double pixelsPerDegree) {
        Timeline timeline = new Timeline(new SyntheticIncidents(5).incidents(6_000));
        List<PlaceMarker> markers = new MarkerIndex(timeline, IncidentFilter.showAll())
                .markersAt(timeline.days().get(400), ViewMode.UP_TO_DAY);
        MarkerClusters.Projector projector = (lat, lon) ->
                new MarkerClusters.ScreenPoint(lon * pixelsPerDegree, -lat * pixelsPerDegree * 1.3);
        List<MarkerClusters.Cluster> clusters = new MarkerClusters().cluster(markers, projector, MarkerClusters.DEFAULT_GAP);
        assertEquals(everyLeaderClusters(markers, projector, MarkerClusters.DEFAULT_GAP), clusters);
        assertEquals(markers.size(), clusters.stream().mapToInt(c -> c.members().size()).sum());
        if (pixelsPerDegree < 100) {
            assertTrue(clusters.size() < markers.size() / 4, "a country-wide view groups places: " + clusters.size());
        } else {
            assertFalse(clusters.stream().allMatch(MarkerClusters.Cluster::isSingle), "some places still touch");
        }
    }

    static Stream<Double> zooms() {
        return Stream.of(20.0, 60.0, 400.0, 3_000.0);
    }

    /** The clustering as it was before the grid: each marker compared with every leader so far. */
    private static List<MarkerClusters.Cluster> everyLeaderClusters(List<PlaceMarker> markers,
                                                                   MarkerClusters.Projector projector, double gap) {
        List<PlaceMarker> bySize = new ArrayList<>(markers);
        bySize.sort(Comparator.comparingDouble(PlaceMarker::radius).reversed().thenComparing(PlaceMarker::placeId));
        List<MarkerClusters.ScreenPoint> points = new ArrayList<>();
        List<PlaceMarker> leaders = new ArrayList<>();
        List<List<PlaceMarker>> groups = new ArrayList<>();
        for (PlaceMarker marker : bySize) {
            MarkerClusters.ScreenPoint p = projector.project(marker.place().lat(), marker.place().lon());
            int joined = -1;
            for (int c = 0; c < leaders.size() && joined < 0; c++) {
                MarkerClusters.ScreenPoint q = points.get(c);
                if (Math.hypot(p.x() - q.x(), p.y() - q.y()) < leaders.get(c).radius() + marker.radius() + gap) {
                    joined = c;
                }
            }
            if (joined < 0) {
                leaders.add(marker);
                points.add(p);
                groups.add(new ArrayList<>(List.of(marker)));
            } else {
                groups.get(joined).add(marker);
            }
        }
        List<MarkerClusters.Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < leaders.size(); c++) {
            clusters.add(new MarkerClusters.Cluster(leaders.get(c), groups.get(c), points.get(c).x(), points.get(c).y()));
        }
        List<String> order = markers.stream().map(PlaceMarker::placeId).toList();
        clusters.sort(Comparator.comparing(MarkerClusters.Cluster::current)
                .thenComparingInt(c -> order.indexOf(c.leader().placeId())));
        return clusters;
    }

    @Test
    void aMarkersIncidentsAreItsPlacesNewestFirst() {
        Timeline timeline = new Timeline(new SyntheticIncidents(9).incidents(5_000));
        PlaceMarker busiest = new MarkerIndex(timeline, IncidentFilter.showAll())
                .markersAt(timeline.lastDay(), ViewMode.UP_TO_DAY).stream()
                .max(Comparator.comparingInt(PlaceMarker::count)).orElseThrow();
        List<Incident> there = timeline.incidents().stream()
                .filter(i -> i.place().id().equals(busiest.placeId())).toList();
        assertEquals(there.size(), busiest.count());
        for (int i = 1; i < busiest.count(); i++) {
            assertFalse(busiest.incidents().get(i).incident().date().isAfter(busiest.incidents().get(i - 1).incident().date()));
        }
    }
}
