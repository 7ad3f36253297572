package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.incidentatlas.model.Incident;

/** Incidents from a file the user names: GeoJSON, or GeoJSON Lines such as the Spark job writes. */
public final class FileIncidentSource implements IncidentSource {

    private final Path file;

    public FileIncidentSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public List<Incident> load() throws IOException, GeoJsonFormatException {
        return new IncidentGeoJson().read(file);
    }

    @Override
    public String describe() {
        return file.toString();
    }
}
