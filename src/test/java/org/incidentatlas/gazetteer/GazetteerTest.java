package org.incidentatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    /** The Kyrgyz places of GeoNames cities1000 (March 2020), as listed in DATA-SOURCES.md: 84 of them. */
    private static final long[] KYRGYZ_CITIES1000 = {
        1222554, 1222562, 1222606, 1222618, 1222635, 1222640, 1222662, 1222683, 1222708, 1527004, 1527103, 1527121,
        1527199, 1527232, 1527260, 1527299, 1527317, 1527338, 1527351, 1527360, 1527496, 1527497, 1527513, 1527534,
        1527566, 1527592, 1527688, 1527689, 1527690, 1527719, 1527902, 1527903, 1527919, 1527951, 1528005, 1528052,
        1528053, 1528091, 1528121, 1528161, 1528182, 1528190, 1528193, 1528234, 1528241, 1528249, 1528252, 1528253,
        1528283, 1528320, 1528339, 1528512, 1528566, 1528606, 1528666, 1528675, 1528702, 1528717, 1528735, 1528766,
        1528796, 1528831, 1528856, 1528875, 1538310, 1538648, 7648391, 7649203, 8134212, 8139689, 8145969, 8375110,
        8375150, 8375152, 8376052, 8376054, 8376076, 8376125, 8377525, 8377866, 8377922, 8382860, 8388007, 10370337,
    };

    private static final List<String> REGIONS = List.of(
            "region:KG-B", "region:KG-C", "region:KG-J", "region:KG-N", "region:KG-O", "region:KG-T", "region:KG-Y",
            "region:KG-GB", "region:KG-GO");

    @Test
    void theBundledGazetteerHoldsEveryKyrgyzPlaceOfCities1000AndTheNineRegions() {
        Gazetteer gazetteer = Gazetteer.bundled();
        assertEquals(84, KYRGYZ_CITIES1000.length);
        for (long id : KYRGYZ_CITIES1000) {
            Place place = gazetteer.byId("geonames:" + id).orElseThrow(() -> new AssertionError("missing geonames:" + id));
            assertEquals("KG", place.countryCode());
            assertTrue(place.admin().startsWith("region:KG-"), place.name() + " has a region: " + place.admin());
            assertTrue(gazetteer.byId(place.admin()).isPresent(), place.admin() + " exists");
            assertTrue(gazetteer.inMapArea(place), place.name());
        }
        for (String id : REGIONS) {
            Place region = gazetteer.byId(id).orElseThrow(() -> new AssertionError("missing " + id));
            assertEquals(PlaceKind.REGION, region.kind());
            assertTrue(gazetteer.inMapArea(region), id + " label point in the map");
        }
    }

    @Test
    void thePlacesReadAloneForPicturesAreTheBundledGazetteersPlacesInItsOrder() {
        List<Place> places = Gazetteer.bundledPlaces();
        assertEquals(Gazetteer.bundled().places(), places);
        assertTrue(places.stream().anyMatch(p -> p.id().equals("manual:teyit")), "hand-added places are read too");
    }

    @Test
    void theBundledGazetteerHasUniqueIdsAndSaneCoordinates() {
        Gazetteer gazetteer = Gazetteer.bundled();
        Set<String> ids = new HashSet<>();
        for (Place p : gazetteer.places()) {
            assertTrue(ids.add(p.id()), "unique " + p.id());
            assertTrue(p.id().matches("(geonames:\\d+|region:KG-[A-Z]{1,2}|country:[A-Z]{2}|manual:[a-z-]+)"), p.id());
            assertTrue(p.lat() >= -90 && p.lat() <= 90 && p.lon() >= -180 && p.lon() <= 180, p.id());
        }
        Place osh = gazetteer.byId("geonames:1527534").orElseThrow();
        assertEquals(40.52828, osh.lat(), 1e-4);
        assertEquals(72.7985, osh.lon(), 1e-4);
        assertEquals("region:KG-GO", osh.admin());
        assertTrue(gazetteer.places().size() < 1000, "compact");
    }

    @Test
    void teyitIsAHandAddedVillageWithACoarseAccuracy() {
        Gazetteer gazetteer = Gazetteer.bundled();
        GazetteerEntry teyit = gazetteer.entry("manual:teyit").orElseThrow();
        assertEquals(PlaceKind.VILLAGE, teyit.place().kind());
        assertEquals("region:KG-J", teyit.place().admin());
        assertTrue(teyit.accuracyKm() >= 10, "unverified coordinates are not presented as precise");
    }

    @Test
    void commonWordNamesAreMarked() {
        Gazetteer gazetteer = Gazetteer.bundled();
        for (String id : List.of("geonames:1528193", "geonames:1528856", "geonames:8375110", "geonames:8376125",
                "geonames:1528606", "geonames:1527299", "geonames:1527232")) {
            assertTrue(gazetteer.needsContext(gazetteer.byId(id).orElseThrow()), id);
        }
        assertFalse(gazetteer.needsContext(gazetteer.byId("geonames:1527534").orElseThrow()));
    }

    private static Place place(String id, String name, String country, long population, String... alternates) {
        return new Place(id, name, List.of(alternates), PlaceKind.TOWN, 41, 73, "", country, population);
    }

    @Test
    void aSmallGazetteerPrefersTheKyrgyzPlaceThenTheBiggerOne() {
        Gazetteer small = Gazetteer.of(List.of(
                place("t:uz", "Sampletown", "UZ", 900_000),
                place("t:kg-small", "Sampletown", "KG", 1_000),
                place("t:kg-big", "Sampletown", "KG", 50_000),
                place("t:other", "Othertown", "UZ", 10, "Othertown-Alt")));
        Geocoder geocoder = new Geocoder(small);
        assertEquals(Optional.of("t:kg-big"), geocoder.geocode("Sampletown").map(Place::id));
        assertEquals(Optional.of("t:other"), geocoder.geocode("Othertown Alt").map(Place::id));
        assertEquals(List.of("t:kg-big", "t:other"),
                geocoder.find("From Sampletown to Othertown-Alt.").stream().map(m -> m.place().id()).toList());
        assertEquals(Optional.empty(), geocoder.geocode("Nowhere"));
    }

    @Test
    void readsWhatItWrites() throws Exception {
        List<GazetteerEntry> entries = List.of(
                new GazetteerEntry(place("geonames:1", "Alpha", "KG", 5, "Alfa", "Альфа"), true, 1.0),
                new GazetteerEntry(place("manual:beta", "Beta", "KG", 0), false, 25.0));
        java.io.StringWriter out = new java.io.StringWriter();
        GazetteerTsv.write(entries, out);
        assertEquals(entries, GazetteerTsv.read(new StringReader(out.toString()), "test.tsv"));
    }

    @Test
    void aBadLineIsReportedWithFileLineAndProblem() {
        String text = GazetteerTsv.HEADER + "\n"
                + "geonames:1\tAlpha\ttown\t41.0\t73.0\t\tKG\t5\t0\t1.0\t\n"
                + "geonames:2\tBeta\ttown\tnorth\t73.0\t\tKG\t5\t0\t1.0\t\n";
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
                () -> GazetteerTsv.read(new StringReader(text), "places.tsv"));
        assertEquals("places.tsv line 3: lat is not a number: 'north'", e.getMessage());

        GazetteerFormatException kind = assertThrows(GazetteerFormatException.class, () -> GazetteerTsv.read(
                new StringReader(GazetteerTsv.HEADER + "\ngeonames:1\tAlpha\thamlet\t41\t73\t\tKG\t5\t0\t1\t\n"),
                "places.tsv"));
        assertTrue(kind.getMessage().startsWith("places.tsv line 2: "), kind.getMessage());

        GazetteerFormatException header = assertThrows(GazetteerFormatException.class,
                () -> GazetteerTsv.read(new StringReader("id,name\n"), "places.tsv"));
        assertTrue(header.getMessage().startsWith("places.tsv line 1: expected the header"), header.getMessage());
    }
}
