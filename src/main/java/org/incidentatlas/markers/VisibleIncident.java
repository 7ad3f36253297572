package org.incidentatlas.markers;

import java.util.Objects;

import org.incidentatlas.model.Incident;

/** An incident shown at some date; {@code current} when it happened on that very day rather than earlier. */
public record VisibleIncident(Incident incident, boolean current) {

    public VisibleIncident {
        Objects.requireNonNull(incident, "incident");
    }
}
