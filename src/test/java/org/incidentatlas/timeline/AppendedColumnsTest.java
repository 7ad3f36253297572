package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file read in parts fills a {@link TimeIndex.Builder} per part, joined in order by {@link TimeIndex.Builder#append}:
 * the index is the one the incidents added one by one give, column for column, wherever the file is cut, with places
 * and lists of outlets met in both parts, a place id defined differently in each, and equal ids on a day.
 */
class AppendedColumnsTest {

    private static final LocalDate FIRST = LocalDate.of(2010, 4, 6);

    private static List<Incident> incidents() {
        Random random = new Random(23);
        List<Incident> incidents = new ArrayList<>();
        String[] outlets = {"A", "B", "C", ""};
        for (int k = 0; k < 600; k++) {
            int p = random.nextInt(40);
            // Place p:3 is defined two ways, one early in the file and one late.
            double lat = p == 3 && k > 400 ? 41.0 : 40 + p / 10.0;
            Place place = new Place("p:" + p, "Place " + p, List.of(), PlaceKind.TOWN, lat, 72 + p / 10.0, "", "KG", p);
            List<Source> sources = new ArrayList<>();
            for (int s = random.nextInt(3); s > 0; s--) {
                sources.add(new Source("article " + k, outlets[random.nextInt(outlets.length)], null, "", 0, 0,
                        random.nextBoolean() ? null : random.nextInt(5), null, null, List.of()));
            }
            LocalDate day = FIRST.plusDays(random.nextInt(30));
            String id = "s" + random.nextInt(300);
            IncidentType type = random.nextBoolean() ? IncidentType.CLASH : IncidentType.SEIZURE;
            incidents.add(new Incident(id, day, type, place, Precision.CITY, List.of(), List.of(),
                    random.nextInt(4) == 0 ? random.nextInt(20) : null, null, random.nextBoolean() ? null : random.nextInt(9000),
                    random.nextBoolean(), sources));
        }
        return incidents;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 97, 300, 599, 600})
    void columnsJoinedFromTwoPartsAreTheColumnsOfOne(int cut) {
        List<Incident> incidents = incidents();
        TimeIndex whole = new TimeIndex.Builder().addAll(incidents).index(incidents::get);
        TimeIndex.Builder first = new TimeIndex.Builder().addAll(incidents.subList(0, cut));
        TimeIndex.Builder second = new TimeIndex.Builder().addAll(incidents.subList(cut, incidents.size()));
        TimeIndex joined = first.append(second).index(incidents::get);

        assertEquals(whole.size(), joined.size());
        assertEquals(whole.placeCount(), joined.placeCount());
        assertEquals(whole.outlets(), joined.outlets());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.incident(i), joined.incident(i), "incident " + i);
            assertEquals(whole.day(i), joined.day(i));
            assertEquals(whole.type(i), joined.type(i));
            assertEquals(whole.kind(i), joined.kind(i));
            assertEquals(whole.outletSet(i), joined.outletSet(i), "outlet list of " + i);
            assertEquals(whole.atPlace(i), joined.atPlace(i));
            assertEquals(whole.dayAtPlace(i), joined.dayAtPlace(i));
            assertEquals(whole.typeAtPlace(i), joined.typeAtPlace(i));
            assertEquals(whole.outletSetAtPlace(i), joined.outletSetAtPlace(i));
            assertEquals(whole.magnitudeUnitsAtPlace(i), joined.magnitudeUnitsAtPlace(i));
        }
        for (int p = 0; p < whole.placeCount(); p++) {
            assertEquals(whole.place(p), joined.place(p), "place " + p);
            assertEquals(whole.placeRunStart(p), joined.placeRunStart(p));
            assertEquals(whole.placeRunEnd(p), joined.placeRunEnd(p));
            assertEquals(whole.placeLat(p), joined.placeLat(p));
        }
        for (Set<String> hidden : List.of(Set.<String>of(), Set.of("A"), Set.of("B", ""), Set.of("C"))) {
            IncidentFilter filter = new IncidentFilter(Set.of(), hidden);
            assertArrayEquals(whole.outletSetsShownBy(filter), joined.outletSetsShownBy(filter), "hidden " + hidden);
            assertArrayEquals(whole.outletSetsKeepingEveryClaim(filter), joined.outletSetsKeepingEveryClaim(filter));
        }
    }
}
