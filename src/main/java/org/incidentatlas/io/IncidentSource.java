package org.incidentatlas.io;

import java.io.IOException;
import java.util.List;

import org.incidentatlas.model.Incident;

/** Where the viewer gets its incidents; tests pass a fixture, the app the bundled {@code /data/events.geojson}. */
public interface IncidentSource {

    /** Reads the incidents; may block, so callers run it off the UI thread. */
    List<Incident> load() throws IOException, GeoJsonFormatException;

    /** Names the source in messages, e.g. the resource path. */
    String describe();
}
