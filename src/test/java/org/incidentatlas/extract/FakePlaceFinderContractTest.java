package org.incidentatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.gazetteer.PlaceMention;
import org.incidentatlas.model.Place;
import org.junit.jupiter.api.Test;

/**
 * The fake gazetteer of the extraction tests names places as the bundled one does: every name it
 * knows is found by the real geocoder as the place with the same id, and no two of its places share
 * an id. A fake id that belonged to another real place (its "Batken" once had Bishkek's id) would
 * make a test's place mean something else in the app.
 */
class FakePlaceFinderContractTest {

    private static final Geocoder GEOCODER = new Geocoder(Gazetteer.bundled());

    @Test
    void everyNameIsTheRealGazetteersPlaceOfTheSameId() {
        List<String> wrong = new ArrayList<>();
        new FakePlaceFinder().placesByName().forEach((name, place) -> {
            // "in NAME" gives names that are also words (Talas, Kant) the place context they need.
            List<PlaceMention> found = GEOCODER.find("in " + name);
            String real = found.isEmpty() ? "nothing" : found.get(0).place().id();
            if (!real.equals(place.id())) {
                wrong.add(name + ": fake " + place.id() + ", real " + real);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void noTwoPlacesShareAnId() {
        Map<String, String> nameById = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (Place place : new FakePlaceFinder().placesByName().values()) {
            String earlier = nameById.putIfAbsent(place.id(), place.name());
            if (earlier != null && !earlier.equals(place.name())) {
                shared.add(place.id() + ": " + earlier + " and " + place.name());
            }
        }
        assertEquals(List.of(), shared);
    }
}
