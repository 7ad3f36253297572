package org.incidentatlas.extract;

import java.util.List;

import org.incidentatlas.model.Incident;

/** An incident with the claims it was merged from. */
public record CodedIncident(Incident incident, List<EventClaim> claims) {

    public CodedIncident {
        claims = List.copyOf(claims);
    }
}
