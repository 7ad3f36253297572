package org.incidentatlas.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.incidentatlas.model.Incident;

/** Incidents from a GeoJSON resource on the classpath (inside the jar), e.g. {@code /data/events.geojson}. */
public final class ClasspathIncidentSource implements IncidentSource {

    /** The extractor's output, packaged into the jar from {@code data/}. */
    public static final String BUNDLED = "/data/events.geojson";

    private final String resource;

    public ClasspathIncidentSource(String resource) {
        this.resource = Objects.requireNonNull(resource, "resource");
    }

    @Override
    public List<Incident> load() throws IOException, GeoJsonFormatException {
        try (InputStream in = ClasspathIncidentSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException(resource + " is not bundled with the app"
                        + " (run the extractor to write data/events.geojson, then rebuild)");
            }
            return new IncidentGeoJson().read(in, resource, id -> Optional.empty());
        }
    }

    @Override
    public String describe() {
        return resource;
    }
}
