package org.incidentatlas.extract;

import java.util.List;

/** One article's claims and skipped event words. */
public record ArticleEvents(List<EventClaim> claims, List<SkippedEvent> skipped) {

    public ArticleEvents {
        claims = List.copyOf(claims);
        skipped = List.copyOf(skipped);
    }
}
