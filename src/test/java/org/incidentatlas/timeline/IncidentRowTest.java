package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** The table's rows and the CSV copied from them. */
class IncidentRowTest {

    private static Incident incident(String id) {
        return Fixture.incidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRowNamesEachOutletOnceAndCountsEverySource() {
        IncidentRow row = IncidentRow.of(incident("2010-05-13-seizure-osh"));
        assertEquals("Al Jazeera; Voice of America", row.outlets());
        assertEquals(3, row.sources());
        assertEquals("seizure", row.type());
        assertEquals("city", row.precision());
    }

    @Test
    void csvHasAHeaderQuotesWhatNeedsItAndLeavesUnknownNumbersEmpty() {
        String csv = IncidentRow.csv(List.of(IncidentRow.of(incident("2005-03-20-clash-jalal-abad")),
                IncidentRow.of(incident("2005-03-19-seizure-retaken-osh"))));
        assertEquals("""
                date,type,place,precision,killed,injured,crowd,outlets,sources
                2005-03-20,clash,Jalal-Abad,city,8,21,,"Fox News; Al Jazeera",2
                2005-03-19,"seizure (retaken)",Osh,city,,,,"Fox News",1
                """, csv);
    }
}
