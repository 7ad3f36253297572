package org.incidentatlas.markers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.junit.jupiter.api.Test;

/** Every type at a place shows on its marker, and the marker's drawing keeps them all in its box. */
class MarkerKindsTest {

    private static final LocalDate DAY = LocalDate.of(2010, 5, 14);
    private static final Place OSH = new Place("1527534", "Osh", List.of(), PlaceKind.CITY, 40.53, 72.80, "", "KG", 0);
    private static final Place ARAVAN = new Place("1528467", "Aravan", List.of(), PlaceKind.CITY, 40.51, 72.50, "", "KG", 0);
    private static final IncidentKind SEIZURE = IncidentKind.of(IncidentType.SEIZURE);
    private static final IncidentKind RETAKEN = new IncidentKind(IncidentType.SEIZURE, IncidentType.Variant.RETAKEN);
    private static final IncidentKind CLASH = IncidentKind.of(IncidentType.CLASH);
    private static final IncidentKind PROTEST = IncidentKind.of(IncidentType.PROTEST);

    private static VisibleIncident at(Place place, LocalDate day, IncidentType type, boolean retaken, String id) {
        return new VisibleIncident(new Incident(id, day, type, place, Precision.CITY, List.of(), List.of(), null, null,
                retaken, List.of()), day.equals(DAY));
    }

    @Test
    void aSeizureAndAClashOnOneDayAtOnePlaceBothShowTheClashOnTheDisc() {
        List<PlaceMarker> markers = new MarkerPlanner().markers(List.of(
                at(OSH, DAY, IncidentType.SEIZURE, false, "s"), at(OSH, DAY, IncidentType.CLASH, false, "c")));
        assertEquals(1, markers.size());
        assertEquals(List.of(CLASH, SEIZURE), markers.get(0).kinds());
        assertEquals(CLASH, markers.get(0).kind());
    }

    @Test
    void aRetakingShowsAsItsOwnKindBesideAClash() {
        List<PlaceMarker> markers = new MarkerPlanner().markers(List.of(
                at(OSH, DAY, IncidentType.CLASH, false, "c"), at(OSH, DAY, IncidentType.SEIZURE, true, "r")));
        assertEquals(List.of(CLASH, RETAKEN), markers.get(0).kinds());
    }

    @Test
    void earlierDaysDoNotAddKindsToTodaysMarker() {
        List<PlaceMarker> markers = new MarkerPlanner().markers(List.of(
                at(OSH, DAY, IncidentType.SEIZURE, false, "s"), at(OSH, DAY.minusDays(1), IncidentType.CLASH, false, "c")));
        assertEquals(List.of(SEIZURE), markers.get(0).kinds(), "yesterday's clash is in the count, not on today's disc");
        assertEquals(2, markers.get(0).count());
    }

    @Test
    void aGroupShowsTheKindsOfAllItsPlacesOfTheDay() {
        List<PlaceMarker> markers = new MarkerPlanner().markers(List.of(
                at(OSH, DAY, IncidentType.CLASH, false, "c"), at(ARAVAN, DAY, IncidentType.PROTEST, false, "p")));
        // Both land on one pixel: one group.
        List<Cluster> clusters = new MarkerClusters().cluster(markers, (lat, lon) -> new MarkerClusters.ScreenPoint(10, 10), 6);
        assertEquals(1, clusters.size());
        assertEquals(List.of(CLASH, PROTEST), clusters.get(0).kinds());
    }

    @Test
    void theFannedKindsTheBadgeAndTheRingsLieInsideTheMarkersBox() {
        for (double r : new double[] {MarkerPlanner.MIN_RADIUS, MarkerPlanner.MAX_RADIUS}) {
            for (int kinds = 1; kinds <= IncidentType.values().length; kinds++) {
                double[] e = MarkerGeometry.extent(r, true, false, true, 123, kinds);
                List<MarkerGeometry.Fan> fans = MarkerGeometry.fans(r, kinds);
                assertEquals(kinds - 1, fans.size());
                for (MarkerGeometry.Fan f : fans) {
                    assertTrue(f.dx() - f.radius() >= e[0] && f.dx() + f.radius() <= e[2], "fan inside horizontally");
                    assertTrue(f.dy() - f.radius() >= e[1] && f.dy() + f.radius() <= e[3], "fan inside vertically");
                    // Away from the badge on the upper right.
                    double toBadge = Math.hypot(f.dx() - MarkerGeometry.badgeDx(r), f.dy() - MarkerGeometry.badgeDy(r));
                    assertTrue(toBadge > f.radius() + MarkerGeometry.badgeRadius(123), "fan clear of the badge");
                }
                assertTrue(-e[0] >= MarkerGeometry.selectionRingRadius(r, false, true), "selection ring inside");
                assertTrue(e[2] >= MarkerGeometry.badgeDx(r) + MarkerGeometry.badgeRadius(123), "badge inside");
            }
        }
    }
}
