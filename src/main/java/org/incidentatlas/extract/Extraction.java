package org.incidentatlas.extract;

import java.util.List;

import org.incidentatlas.model.Incident;

/** What extraction found in a set of articles: the incidents with their claims, and what was left out. */
public record Extraction(List<CodedIncident> coded, List<SkippedEvent> skipped) {

    public Extraction {
        coded = List.copyOf(coded);
        skipped = List.copyOf(skipped);
    }

    public List<Incident> incidents() {
        return coded.stream().map(CodedIncident::incident).toList();
    }
}
