package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.junit.jupiter.api.Test;

class DisagreementsTest {

    private final Timeline timeline = new Timeline(Fixture.incidents());

    private Incident clashAt(String placeId, String day) {
        return timeline.incidentsOn(LocalDate.parse(day)).stream()
                .filter(i -> i.type() == IncidentType.CLASH && i.place().id().equals(placeId)).findFirst().orElseThrow();
    }

    @Test
    void theMay14DeathIsToldAtJalalAbadByOneOutletAndAtOshByAnother() {
        List<Incident> day = timeline.incidentsOn(LocalDate.parse("2010-05-14"));
        List<Disagreements.Disagreement> found = new Disagreements().find(clashAt(Fixture.JALAL_ABAD, "2010-05-14"), day);
        assertEquals(1, found.size());
        Disagreements.Disagreement where = found.get(0);
        assertEquals(Disagreements.Kind.PLACE, where.kind());
        assertEquals(List.of("Al Jazeera|Jalal-Abad", "Voice of America|Osh"),
                where.claims().stream().map(c -> c.outlet() + "|" + c.placeName()).toList());
        assertEquals(1, new Disagreements().find(clashAt(Fixture.OSH, "2010-05-14"), day).size());
    }

    @Test
    void theSameDaysIncidentsOfTheSameTypeAreEnoughAndOnlyDeathsAskForThem() {
        LocalDate may14 = LocalDate.parse("2010-05-14");
        Incident jalalAbad = clashAt(Fixture.JALAL_ABAD, "2010-05-14");
        assertTrue(Disagreements.reportsDeaths(jalalAbad));
        assertEquals(new Disagreements().find(jalalAbad, timeline.incidentsOn(may14)),
                new Disagreements().find(jalalAbad, timeline.incidentsOn(may14, IncidentType.CLASH)));
        for (Incident incident : timeline.incidents()) {
            if (!Disagreements.reportsDeaths(incident)) {
                assertEquals(new Disagreements().find(incident, timeline.incidentsOn(incident.date())),
                        new Disagreements().find(incident, List.of()), incident.id());
            }
        }
    }

    @Test
    void differentNumbersFromTwoSourcesAreShownSideBySide() {
        Incident base = clashAt(Fixture.JALAL_ABAD, "2010-05-14");
        org.incidentatlas.model.Source a = base.sources().get(0);
        org.incidentatlas.model.Source b = base.sources().get(1);
        Incident disputed = new Incident(base.id(), base.date(), base.type(), base.place(), base.precision(),
                base.actors(), base.targets(), 1, 43, false, List.of(
                        new org.incidentatlas.model.Source(a.article(), a.outlet(), a.published(), a.excerpt(), a.start(), a.end(), 1, 43, List.of()),
                        new org.incidentatlas.model.Source(b.article(), b.outlet(), b.published(), b.excerpt(), b.start(), b.end(), 2, 43, List.of())));
        List<Disagreements.Disagreement> found = new Disagreements().find(disputed, List.of(disputed));
        assertEquals(Disagreements.Kind.NUMBERS, found.get(0).kind());
        assertEquals(List.of(1, 2), found.get(0).claims().stream().map(Disagreements.Claim::killed).toList());
    }

    @Test
    void differentCrowdSizesAreShownSideBySideAndOneCrowdAloneIsNot() {
        Incident base = timeline.incidentsOn(LocalDate.parse("2005-03-21")).stream()
                .filter(i -> i.type() == IncidentType.SEIZURE).findFirst().orElseThrow();
        assertTrue(new Disagreements().find(base, List.of(base)).isEmpty(), "only Fox News numbers the crowd");
        org.incidentatlas.model.Source a = base.sources().get(0);
        org.incidentatlas.model.Source b = base.sources().get(1);
        Incident disputed = new Incident(base.id(), base.date(), base.type(), base.place(), base.precision(),
                base.actors(), base.targets(), null, null, 2000, false, List.of(
                        new org.incidentatlas.model.Source(a.article(), a.outlet(), a.published(), a.excerpt(), a.start(), a.end(),
                                null, null, 1000, List.of()),
                        new org.incidentatlas.model.Source(b.article(), b.outlet(), b.published(), b.excerpt(), b.start(), b.end(),
                                null, null, 2000, List.of())));
        List<Disagreements.Disagreement> found = new Disagreements().find(disputed, List.of(disputed));
        assertEquals(1, found.size());
        assertEquals(Disagreements.Kind.NUMBERS, found.get(0).kind());
        assertEquals(List.of(1000, 2000), found.get(0).claims().stream().map(Disagreements.Claim::crowd).toList());
    }

    @Test
    void reportsThatAgreeOrOnlyOneNumberAreNotFlagged() {
        Incident march20 = clashAt(Fixture.JALAL_ABAD, "2005-03-20");
        assertTrue(new Disagreements().find(march20, timeline.incidentsOn(march20.date())).isEmpty());
    }
}
