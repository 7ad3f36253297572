package org.incidentatlas.extract.rule;

import java.util.List;
import java.util.Objects;

import org.incidentatlas.model.IncidentType;

/**
 * A word or phrase that reports an event, found in one sentence (offsets into the sentence).
 *
 * @param rule     the name of the rule that matched, e.g. "seizure: stormed"
 * @param retaken  true for a retaking ("regained control of", "ousted by security forces")
 * @param targets  normalised buildings or facilities taken ("police station"); empty for other types
 * @param rejected why the words do not report an event here ("intent: 'moved to'"), null when they do
 */
public record Trigger(int start, int end, String text, IncidentType type, boolean retaken, String rule,
                      List<String> targets, String rejected) {

    public Trigger {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        targets = List.copyOf(targets);
    }

    public boolean accepted() {
        return rejected == null;
    }

    Trigger reject(String reason) {
        return new Trigger(start, end, text, type, retaken, rule, targets, reason);
    }

    Trigger withTargets(List<String> found) {
        return new Trigger(start, end, text, type, retaken, rule, found, rejected);
    }
}
