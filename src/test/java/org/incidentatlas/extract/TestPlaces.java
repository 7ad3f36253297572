package org.incidentatlas.extract;

import org.incidentatlas.gazetteer.PlaceFinder;

/** The place finder the corpus tests run with. */
final class TestPlaces {

    private TestPlaces() {
    }

    static PlaceFinder finder() {
        return new FakePlaceFinder();
    }
}
