package org.incidentatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlaceTest {

    private static final Place OSH = new Place("file:osh", "Osh", List.of(), PlaceKind.CITY, 40.53, 72.8, "Osh Region", "KG", 322_000);

    /** {@link Place#is} answers as equals would for the place those values make, whichever value differs. */
    @Test
    void isAnswersAsEqualsOfThePlaceTheValuesWouldMake() {
        List<Place> others = List.of(
                OSH,
                new Place("file:osh2", "Osh", List.of(), PlaceKind.CITY, 40.53, 72.8, "Osh Region", "KG", 322_000),
                new Place("file:osh", "Oš", List.of(), PlaceKind.CITY, 40.53, 72.8, "Osh Region", "KG", 322_000),
                new Place("file:osh", "Osh", List.of(), PlaceKind.REGION, 40.53, 72.8, "Osh Region", "KG", 322_000),
                new Place("file:osh", "Osh", List.of(), PlaceKind.CITY, 40.54, 72.8, "Osh Region", "KG", 322_000),
                new Place("file:osh", "Osh", List.of(), PlaceKind.CITY, 40.53, 72.81, "Osh Region", "KG", 322_000),
                new Place("file:osh", "Osh", List.of(), PlaceKind.CITY, 40.53, 72.8, "", "KG", 322_000),
                new Place("file:osh", "Osh", List.of(), PlaceKind.CITY, 40.53, 72.8, "Osh Region", "UZ", 322_000),
                new Place("file:osh", "Osh", List.of(), PlaceKind.CITY, 40.53, 72.8, "Osh Region", "KG", 0),
                new Place("file:osh", "Osh", List.of(), PlaceKind.CITY, -0.0, 72.8, null, null, 322_000));
        for (Place candidate : others) {
            for (Place other : others) {
                assertEquals(candidate.equals(other), candidate.is(other.id(), other.name(), other.kind(), other.lat(), other.lon(),
                        other.admin(), other.countryCode(), other.population()), candidate + " against " + other);
            }
        }
    }

    @Test
    void aPlaceWithOtherSpellingsIsNotOneMadeWithout() {
        Place withSpellings = new Place("file:osh", "Osh", List.of("Ош"), PlaceKind.CITY, 40.53, 72.8, "Osh Region", "KG", 322_000);
        assertFalse(withSpellings.is("file:osh", "Osh", PlaceKind.CITY, 40.53, 72.8, "Osh Region", "KG", 322_000));
        assertTrue(OSH.is("file:osh", "Osh", PlaceKind.CITY, 40.53, 72.8, "Osh Region", "KG", 322_000));
    }

    @Test
    void missingAdminAndCountryCompareAsTheEmptyTextsThePlaceKeeps() {
        Place bare = new Place("file:x", "X", List.of(), PlaceKind.CITY, 41, 74, null, null, 0);
        assertTrue(bare.is("file:x", "X", PlaceKind.CITY, 41, 74, null, null, 0));
        assertTrue(bare.is("file:x", "X", PlaceKind.CITY, 41, 74, "", "", 0));
    }
}
