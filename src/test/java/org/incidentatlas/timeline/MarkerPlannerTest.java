package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.MarkerPlanner;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;

class MarkerPlannerTest {

    private final Timeline timeline = new Timeline(Fixture.incidents());
    private final MarkerIndex index = new MarkerIndex(timeline, IncidentFilter.showAll());

    private Map<String, PlaceMarker> markersAt(String day, ViewMode mode) {
        return index.markersAt(LocalDate.parse(day), mode).stream()
                .collect(Collectors.toMap(PlaceMarker::placeId, Function.identity()));
    }

    @Test
    void onePerPlaceWithTheDaysMostImportantIcon() {
        Map<String, PlaceMarker> m = markersAt("2005-03-21", ViewMode.UP_TO_DAY);
        assertEquals(2, m.size());
        PlaceMarker osh = m.get(Fixture.OSH);
        assertEquals(IncidentKind.of(IncidentType.SEIZURE), osh.kind());
        assertTrue(osh.current());
        assertEquals(4, osh.count());
        assertEquals(LocalDate.parse("2005-03-21"), osh.incidents().get(0).incident().date());
        PlaceMarker jalalAbad = m.get(Fixture.JALAL_ABAD);
        assertFalse(jalalAbad.current());
        assertEquals(IncidentKind.of(IncidentType.CLASH), jalalAbad.kind());
    }

    @Test
    void todaysMarkersAreDrawnLast() {
        List<PlaceMarker> m = index.markersAt(LocalDate.parse("2005-03-21"), ViewMode.UP_TO_DAY);
        assertFalse(m.get(0).current());
        assertTrue(m.get(m.size() - 1).current());
    }

    @Test
    void may14ShowsClashesAtJalalAbadAndOshAndARetakenSeizureAtBatken() {
        Map<String, PlaceMarker> m = markersAt("2010-05-14", ViewMode.DAY_ONLY);
        assertEquals(IncidentKind.of(IncidentType.CLASH), m.get(Fixture.JALAL_ABAD).kind());
        assertEquals(IncidentKind.of(IncidentType.CLASH), m.get(Fixture.OSH).kind());
        assertEquals(new IncidentKind(IncidentType.SEIZURE, IncidentType.Variant.RETAKEN), m.get(Fixture.BATKEN).kind());
        assertEquals(4, m.size());
        assertEquals(5, index.visibleCount(LocalDate.parse("2010-05-14"), ViewMode.DAY_ONLY));
    }

    @Test
    void sizeGrowsWithPeopleHurtWithinBounds() {
        assertEquals(MarkerPlanner.MIN_RADIUS, MarkerPlanner.radius(0));
        assertTrue(MarkerPlanner.radius(1) > MarkerPlanner.radius(0));
        assertTrue(MarkerPlanner.radius(44) > MarkerPlanner.radius(1));
        assertEquals(MarkerPlanner.MAX_RADIUS, MarkerPlanner.radius(100_000));
        PlaceMarker jalalAbad = markersAt("2010-05-14", ViewMode.DAY_ONLY).get(Fixture.JALAL_ABAD);
        assertEquals(44, jalalAbad.magnitude());
    }

    private static PlaceMarker markerFor(Incident incident) {
        return new MarkerPlanner().markers(List.of(new VisibleIncident(incident, true))).get(0);
    }

    private static Incident seizure(String placeId, Integer killed, Integer injured, Integer crowd) {
        Place place = new Place(placeId, placeId, List.of(), PlaceKind.CITY, 41.0, 73.0, "", "KG", 0);
        return new Incident("i-" + placeId, LocalDate.parse("2005-03-20"), IncidentType.SEIZURE, place, Precision.CITY,
                List.of(), List.of(), killed, injured, crowd, false, List.of(new Source("a", "o", null, "", 0, 0)));
    }

    @Test
    void aMarkerFor10000StormersIsLargerThanAnUnnumberedSeizureButSmallerThanOneDeath() {
        double unnumbered = markerFor(seizure("quiet", null, null, null)).radius();
        double crowd200 = markerFor(seizure("small", null, null, 200)).radius();
        double crowd10000 = markerFor(seizure("stormers", null, null, 10_000)).radius();
        double oneDeath = markerFor(seizure("deadly", 1, null, null)).radius();
        assertEquals(MarkerPlanner.MIN_RADIUS, unnumbered);
        assertTrue(crowd200 > unnumbered, crowd200 + " vs " + unnumbered);
        assertTrue(crowd10000 > crowd200, crowd10000 + " vs " + crowd200);
        assertTrue(oneDeath > crowd10000, "a crowd never outweighs a death: " + oneDeath + " vs " + crowd10000);
        assertTrue(markerFor(seizure("huge", null, null, Integer.MAX_VALUE)).radius() < oneDeath);
    }

    @Test
    void casualtiesDecideTheSizeWhenKnownAndTheCrowdOnlyWhenNot() {
        assertEquals(3, MarkerPlanner.magnitude(seizure("x", 1, 2, 10_000)));
        assertEquals(0.8, MarkerPlanner.magnitude(seizure("x", null, null, 10_000)), 1e-9);
        assertEquals(0, MarkerPlanner.magnitude(seizure("x", null, null, null)));
    }

    @Test
    void theFixturesStormingOf20MarchIsSizedByItsCrowd() {
        Incident jalalAbadSeizure = timeline.incidentsOn(LocalDate.parse("2005-03-20")).stream()
                .filter(i -> i.type() == IncidentType.SEIZURE).findFirst().orElseThrow();
        assertEquals(10_000, jalalAbadSeizure.crowd());
        assertTrue(MarkerPlanner.radius(MarkerPlanner.magnitude(jalalAbadSeizure)) > MarkerPlanner.MIN_RADIUS);
    }

    @Test
    void typeFilterRemovesMarkers() {
        MarkerIndex noClashes = new MarkerIndex(timeline, IncidentFilter.showAll().withType(IncidentType.CLASH, false));
        assertTrue(noClashes.markersAt(LocalDate.parse("2010-05-14"), ViewMode.DAY_ONLY).stream()
                .noneMatch(p -> p.kind() == IncidentKind.of(IncidentType.CLASH)));
    }

    @Test
    void nearbyMarkersClusterAndDistantOnesDoNot() {
        List<PlaceMarker> m = index.markersAt(LocalDate.parse("2010-05-14"), ViewMode.UP_TO_DAY);
        // 100 "pixels" a degree: Osh is 45 from Jalal-Abad, Batken over 200; radii 11..20.
        MarkerClusters.Projector coarseScale = (lat, lon) -> new MarkerClusters.ScreenPoint(lon * 100, -lat * 100);
        MarkerClusters.Projector farScale = (lat, lon) -> new MarkerClusters.ScreenPoint(lon * 50, -lat * 50);
        MarkerClusters.Projector fineScale = (lat, lon) -> new MarkerClusters.ScreenPoint(lon * 10_000, -lat * 10_000);
        List<MarkerClusters.Cluster> far = new MarkerClusters().cluster(m, farScale, 4);
        List<MarkerClusters.Cluster> coarse = new MarkerClusters().cluster(m, coarseScale, 4);
        List<MarkerClusters.Cluster> fine = new MarkerClusters().cluster(m, fineScale, 4);
        assertEquals(2, far.size(), "Osh joins Jalal-Abad when zoomed out");
        assertEquals(3, coarse.size());
        // Teyit shares Jalal-Abad's coordinates, so no zoom separates them.
        assertEquals(3, fine.size());
        MarkerClusters.Cluster jalalAbad = fine.stream()
                .filter(c -> c.members().stream().anyMatch(p -> p.placeId().equals(Fixture.TEYIT))).findFirst().orElseThrow();
        assertEquals(Fixture.JALAL_ABAD, jalalAbad.leader().placeId());
        assertEquals(3, jalalAbad.incidentCount());
    }
}
