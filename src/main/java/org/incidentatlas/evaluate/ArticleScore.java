package org.incidentatlas.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.incidentatlas.extract.CodedIncident;
import org.incidentatlas.extract.EventClaim;
import org.incidentatlas.model.IncidentType;

/**
 * How one article scored.
 *
 * @param found          must items found, each with an incident that finds it
 * @param misses         must items not found, each with the closest incident of its type from this article, if any
 * @param falsePositives scored incidents from this article that match nothing the gold allows
 * @param totals         counts per scored type (seizure, clash)
 */
public record ArticleScore(String article, List<Found> found, List<Miss> misses, List<FalsePositive> falsePositives,
                           Map<IncidentType, Totals> totals) {

    public ArticleScore {
        Objects.requireNonNull(article, "article");
        found = List.copyOf(found);
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
        totals = Map.copyOf(totals);
    }

    public Totals totals(IncidentType type) {
        return totals.getOrDefault(type, Totals.NONE);
    }

    /** A must item and the incident that finds it. */
    public record Found(GoldItem item, CodedIncident incident) {
    }

    /**
     * A must item no incident finds.
     *
     * @param closest the incident of the item's type attributed to the article nearest in days, then in
     *                kilometres; null when the article has none
     * @param claims  the closest incident's claims from this article (empty without one)
     */
    public record Miss(GoldItem item, CodedIncident closest, List<EventClaim> claims) {
        public Miss {
            claims = List.copyOf(claims);
        }
    }

    /**
     * A scored incident that counts as wrong for this article.
     *
     * @param reason why it is wrong: outside Kyrgyzstan, or no gold item of its type, day and place
     * @param claims its claims from this article: the sentences, rules, and how place and date were chosen
     */
    public record FalsePositive(CodedIncident incident, String reason, List<EventClaim> claims) {
        public FalsePositive {
            claims = List.copyOf(claims);
        }
    }
}
