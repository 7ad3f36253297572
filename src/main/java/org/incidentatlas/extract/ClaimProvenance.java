package org.incidentatlas.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;

/**
 * How the place and date of one source's claim were decided: the {@code place:} and {@code date:}
 * lines of {@code extract --explain}, worked out again from the report, since an incident file keeps
 * the excerpt but not the reasoning. Each report is extracted once and remembered; safe to call from
 * several threads, and slow the first time (the language models load), so callers run it off the UI thread.
 */
public final class ClaimProvenance {

    private final EventExtractor extractor;
    private final Map<String, List<EventClaim>> claimsOfArticle = new ConcurrentHashMap<>();

    public ClaimProvenance(EventExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * "Place: …" and "Date: …", one line each per claim of the report that makes this excerpt's
     * claim (same type, place and day, sentence inside the excerpt); empty when the extractor no
     * longer finds the claim (e.g. the incident file was made by another version or by hand).
     */
    public List<String> explain(Article article, Incident incident, Source source) {
        if (article.published() == null) {
            return List.of();
        }
        List<EventClaim> claims = claimsOfArticle.get(article.id());
        if (claims == null) {
            // One extraction at a time: the extractor's language tools are not shared between threads.
            synchronized (extractor) {
                claims = claimsOfArticle.computeIfAbsent(article.id(), id -> extractor.extract(article).claims());
            }
        }
        Set<String> lines = new LinkedHashSet<>();
        for (EventClaim claim : claims) {
            boolean sameEvent = claim.type() == incident.type() && claim.date().equals(incident.date())
                    && claim.place().id().equals(incident.place().id());
            boolean inExcerpt = claim.start() < source.end() && claim.end() > source.start();
            if (sameEvent && inExcerpt) {
                lines.add("Place: " + claim.placeHow());
                lines.add("Date: " + claim.dateHow());
            }
        }
        return List.copyOf(lines);
    }
}
