package org.incidentatlas.evaluate;

import java.util.List;
import java.util.Map;

import org.incidentatlas.model.IncidentType;

/**
 * The whole evaluation.
 *
 * @param articles    the scored articles (in the gold and among the inputs), in the gold's order
 * @param totals      per scored type: {@link IncidentType#SEIZURE} and {@link IncidentType#CLASH}
 * @param goldOnly    articles of the gold that were not among the inputs (not scored)
 * @param inputOnly   input articles the gold does not know (not scored)
 */
public record Score(List<ArticleScore> articles, Map<IncidentType, Totals> totals,
                    List<String> goldOnly, List<String> inputOnly) {

    public Score {
        articles = List.copyOf(articles);
        totals = Map.copyOf(totals);
        goldOnly = List.copyOf(goldOnly);
        inputOnly = List.copyOf(inputOnly);
    }

    public Totals totals(IncidentType type) {
        return totals.getOrDefault(type, Totals.NONE);
    }

    /** Seizures and clashes together. */
    public Totals all() {
        return totals.values().stream().reduce(Totals.NONE, Totals::plus);
    }
}
