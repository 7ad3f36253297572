package org.incidentatlas.markers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.junit.jupiter.api.Test;

class MarkerLayoutTest {

    private static PlaceMarker marker(String id, double lon) {
        Place p = new Place(id, id, List.of(), PlaceKind.CITY, 41, lon, "", "KG", 0);
        Incident i = new Incident(id, LocalDate.of(2010, 5, 14), IncidentType.CLASH, p, Precision.CITY, List.of(), List.of(),
                null, null, false, List.of());
        return new MarkerPlanner().markers(List.of(new VisibleIncident(i, true))).get(0);
    }

    @Test
    void theSelectedPlaceIsSelectedInTheGroupThatHoldsIt() {
        List<PlaceMarker> markers = List.of(marker("a", 72.0), marker("b", 72.0001), marker("c", 75));
        MarkerLayout layout = MarkerLayout.of(markers, (lat, lon) -> new MarkerClusters.ScreenPoint(lon * 100, 0), "b");
        assertEquals(2, layout.clusters().size());
        MarkerClusters.Cluster group = layout.clusters().stream().filter(c -> !c.isSingle()).findFirst().orElseThrow();
        assertTrue(layout.isSelected(group), "b is in the group");
        assertFalse(layout.isSelected(layout.clusters().stream().filter(MarkerClusters.Cluster::isSingle).findFirst().orElseThrow()));
        assertEquals(List.of(), MarkerLayout.of(List.of(), (lat, lon) -> null, null).clusters());
    }

    @Test
    void aPointerTouchesTheMarkerDrawnThereAndNothingOnBareMap() {
        // Two places 400 px apart, and a third on the second's point, drawn as one group over it.
        List<PlaceMarker> markers = List.of(marker("a", 72.0), marker("b", 76.0), marker("c", 76.0));
        MarkerLayout layout = MarkerLayout.of(markers, (lat, lon) -> new MarkerClusters.ScreenPoint(lon * 100, 50), null);
        MarkerClusters.Cluster a = layout.clusters().stream().filter(c -> c.leader().placeId().equals("a")).findFirst().orElseThrow();
        double r = a.leader().radius();
        assertEquals("a", layout.clusterAt(7200, 50).orElseThrow().leader().placeId());
        assertEquals("a", layout.clusterAt(7200 + r, 50).orElseThrow().leader().placeId(), "the disc's rim");
        assertTrue(layout.clusterAt(7200 + r + 3, 50).isEmpty(), "just outside the disc");
        assertTrue(layout.clusterAt(7400, 50).isEmpty(), "between the markers");
        assertEquals(2, layout.clusterAt(7600, 50).orElseThrow().members().size(), "the group at the shared point");
    }
}
