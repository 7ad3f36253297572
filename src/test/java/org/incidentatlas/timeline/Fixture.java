package org.incidentatlas.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.io.GeoJsonFormatException;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.model.Incident;

/**
 * The hand-made incident file under src/test/resources/fixtures (written by make_fixture.py from the
 * articles, so excerpts and offsets are exact), standing in for the extractor's output. Place ids
 * are the gazetteer's.
 */
public final class Fixture {

    public static final String RESOURCE = "/fixtures/incidents.geojson";
    public static final String OSH = "geonames:1527534";
    public static final String JALAL_ABAD = "geonames:1528249";
    public static final String BATKEN = "geonames:1528735";
    /** At Jalal-Abad's coordinates in the gazetteer: its exact position is not known. */
    public static final String TEYIT = "manual:teyit";

    private Fixture() {
    }

    public static List<Incident> incidents() {
        try (InputStream in = Fixture.class.getResourceAsStream(RESOURCE)) {
            return new IncidentGeoJson().read(in, RESOURCE, id -> Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeoJsonFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
