package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Objects;

import org.incidentatlas.model.Incident;

/**
 * Incidents from a file the user names: GeoJSON, or GeoJSON Lines such as the Spark job writes,
 * streamed in batches so the viewer can show the first at once.
 */
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
    public void stream(IncidentGeoJson.Batches batches) throws IOException, GeoJsonFormatException {
        new IncidentGeoJson().read(file, IncidentGeoJson.BATCH_SIZE, batches);
    }

    @Override
    public IntFunction<Incident> streamRows(IncidentGeoJson.Batches batches) throws IOException, GeoJsonFormatException {
        IndexedIncidentFile rows = new IndexedIncidentFile(file);
        rows.read(IncidentGeoJson.BATCH_SIZE, batches);
        return rows::get;
    }

    @Override
    public long bytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // Reading will name the problem; progress is then simply unknown.
            return -1;
        }
    }

    @Override
    public String describe() {
        return Printable.strip(file.toString());
    }
}
