package org.incidentatlas.extract;

import org.incidentatlas.model.IncidentType;

/**
 * Event words that did not become an incident, and why (no place, an imprecise date, a plan,
 * a negation...). Shown by {@code extract --explain} so every decision can be checked.
 *
 * @param start offset of the sentence in the article's original body
 */
public record SkippedEvent(String article, int start, int end, String text, String words, IncidentType type,
                           String reason) {
}
