package org.incidentatlas.extract;

import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.gazetteer.PlaceFinder;

/** The place finder the corpus tests run with: the real bundled gazetteer (rule tests use {@link FakePlaceFinder}). */
final class TestPlaces {

    private TestPlaces() {
    }

    static PlaceFinder finder() {
        return new Geocoder(Gazetteer.bundled());
    }
}
