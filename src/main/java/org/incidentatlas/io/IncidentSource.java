package org.incidentatlas.io;

import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;

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

    /**
     * As {@link #stream}, and gives back each incident handed out by its row (its place in the order
     * handed out), for a caller that keeps columns rather than the incidents: a file reads the row
     * again when asked ({@link IndexedIncidentFile}), other sources keep what they read.
     */
    default IntFunction<Incident> streamRows(IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException {
        List<Incident> all = load();
        batches.accept(all, -1);
        return all::get;
    }

    /** The bytes {@link #stream} will read, to measure its progress against; -1 when unknown. */
    default long bytes() {
        return -1;
    }

    /** Names the source in messages, e.g. the resource path. */
    String describe();
}
