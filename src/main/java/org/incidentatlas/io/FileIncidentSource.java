package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Objects;
import java.util.Optional;

import org.incidentatlas.model.Incident;

/**
 * Incidents from a file the user names, in any format {@link IncidentFormats} reads (GeoJSON and
 * GeoJSON Lines streamed in batches, so the viewer can show the first at once).
 */
public final class FileIncidentSource implements IncidentSource {

    private final Path file;
    private final Optional<FieldMapping> mapping;

    public FileIncidentSource(Path file) {
        this(file, Optional.empty());
    }

    /** @param mapping the properties of someone else's GeoJSON to read (empty: the common names) */
    public FileIncidentSource(Path file, Optional<FieldMapping> mapping) {
        this.file = Objects.requireNonNull(file, "file");
        this.mapping = mapping == null ? Optional.empty() : mapping;
    }

    @Override
    public List<Incident> load() throws IOException, IncidentFormatException {
        return IncidentFormats.forReading(file, mapping).read(file);
    }

    @Override
    public void stream(IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException {
        IncidentFormats.forReading(file, mapping).read(file, batches);
    }

    @Override
    public IntFunction<Incident> streamRows(IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException {
        IncidentFormat format = IncidentFormats.forReading(file, mapping);
        if (format == IncidentFormats.GEOJSON) {
            // Our GeoJSON is addressed by bytes: a row is read again when asked, not held.
            IndexedIncidentFile rows = new IndexedIncidentFile(file);
            rows.read(IncidentGeoJson.BATCH_SIZE, batches);
            return rows::get;
        }
        // Other formats keep what they read; rows are asked for while the read goes on.
        List<Incident> rows = Collections.synchronizedList(new ArrayList<>());
        format.read(file, (batch, bytesRead) -> {
            rows.addAll(batch);
            batches.accept(batch, bytesRead);
        });
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
