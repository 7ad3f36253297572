package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;
import org.incidentatlas.markers.VisibleIncident;
import org.junit.jupiter.api.Test;

/** Unticking an outlet hides its claims: an incident is told by the remaining sources, with their numbers. */
class ShownClaimsTest {

    private static final List<Incident> FIXTURE = Fixture.incidents();

    private static Incident incident(String id) {
        return FIXTURE.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void hidingTheOutletThatGaveTheDeathToll() {
        Incident clash = incident("2005-03-20-clash-jalal-abad");
        assertEquals(8, clash.killed());
        Incident shown = IncidentFilter.showAll().withOutlet("Al Jazeera", false).shownClaims(clash).orElseThrow();
        assertNull(shown.killed(), "only Al Jazeera gave a death toll");
        assertEquals(21, shown.injured());
        assertEquals(List.of("Fox News"), shown.sources().stream().map(Source::outlet).toList());
        assertEquals(clash.id(), shown.id());
    }

    @Test
    void hidingTheOutletThatGaveTheCrowdSize() {
        Incident seizure = incident("2005-03-21-seizure-osh");
        Incident shown = IncidentFilter.showAll().withOutlet("Fox News", false).shownClaims(seizure).orElseThrow();
        assertNull(shown.crowd());
        assertEquals(2, shown.sources().size());
    }

    @Test
    void anIncidentLeftWithoutSourcesIsNotShown() {
        Incident teyit = incident("2010-05-14-attack-teyit");
        assertTrue(IncidentFilter.showAll().withOutlet("Al Jazeera", false).shownClaims(teyit).isEmpty());
    }

    @Test
    void withNoOutletHiddenTheIncidentIsItself() {
        Incident clash = incident("2005-03-20-clash-jalal-abad");
        assertSame(clash, IncidentFilter.showAll().shownClaims(clash).orElseThrow());
    }

    @Test
    void theMarkersAndTheDaysCountFollowTheClaims() {
        Timeline timeline = new Timeline(FIXTURE);
        LocalDate day = LocalDate.of(2010, 5, 14);
        IncidentFilter noAlJazeera = IncidentFilter.showAll().withOutlet("Al Jazeera", false);
        MarkerIndex all = new MarkerIndex(timeline, IncidentFilter.showAll());
        MarkerIndex filtered = new MarkerIndex(timeline, noAlJazeera);

        Incident jalalAbad = filtered.markersAt(day, ViewMode.DAY_ONLY).stream()
                .flatMap(m -> m.incidents().stream()).map(VisibleIncident::incident)
                .filter(i -> i.id().equals("2010-05-14-clash-jalal-abad")).findFirst().orElseThrow();
        assertNull(jalalAbad.killed(), "Voice of America gives no numbers for Jalal-Abad");
        assertNull(jalalAbad.injured());
        assertEquals(1, jalalAbad.sources().size());

        assertEquals(all.visibleCount(day, ViewMode.DAY_ONLY) - 2, filtered.visibleCount(day, ViewMode.DAY_ONLY),
                "Batken's retaking and Teyit's attack were reported by Al Jazeera alone");
        // The marker's size no longer counts the hidden outlet's 43 injured.
        double before = all.markersAt(day, ViewMode.DAY_ONLY).stream().filter(m -> m.placeId().equals(Fixture.JALAL_ABAD))
                .findFirst().orElseThrow().magnitude();
        double after = filtered.markersAt(day, ViewMode.DAY_ONLY).stream().filter(m -> m.placeId().equals(Fixture.JALAL_ABAD))
                .findFirst().orElseThrow().magnitude();
        assertTrue(after < before, before + " -> " + after);
        // The same incidents as the planner sees through Timeline.visibleAt.
        assertEquals(timeline.visibleAt(day, ViewMode.DAY_ONLY, noAlJazeera).stream()
                        .filter(v -> v.incident().id().equals("2010-05-14-clash-jalal-abad")).findFirst().orElseThrow().incident(),
                jalalAbad);
    }
}
