package org.incidentatlas.io;

import java.io.IOException;
import java.util.List;

import org.incidentatlas.model.Incident;

/** Where the viewer gets its incidents; tests pass a fixture, the app the bundled {@code /data/events.geojson}. */
public interface IncidentSource {

    /** Reads the incidents; may block, so callers run it off the UI thread. */
    List<Incident> load() throws IOException, IncidentFormatException;

    /**
     * Reads the incidents a batch at a time, so a viewer can show the first batch while the rest
     * is read; a source that cannot stream hands everything over as one batch. May block.
     */
    default void stream(IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException {
        batches.accept(load(), -1);
    }

    /** The bytes {@link #stream} will read, to measure its progress against; -1 when unknown. */
    default long bytes() {
        return -1;
    }

    /** Names the source in messages, e.g. the resource path. */
    String describe();
}
