package org.incidentatlas.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.extract.text.DroppedSpan;
import org.incidentatlas.model.Incident;

/**
 * What extraction found in a set of articles: the incidents with their claims, the event words
 * left out and why, and per article the text cleaning left out (repeats, page furniture).
 */
public record Extraction(List<CodedIncident> coded, List<SkippedEvent> skipped, Map<String, List<DroppedSpan>> dropped) {

    public Extraction {
        coded = List.copyOf(coded);
        skipped = List.copyOf(skipped);
        // In the articles' order (Map.copyOf's order changes from run to run, and --explain prints this map).
        Map<String, List<DroppedSpan>> ordered = new LinkedHashMap<>();
        dropped.forEach((article, spans) -> ordered.put(article, List.copyOf(spans)));
        dropped = Collections.unmodifiableMap(ordered);
    }

    public List<Incident> incidents() {
        return coded.stream().map(CodedIncident::incident).toList();
    }
}
