package org.incidentatlas.extract;

import java.util.List;

import org.incidentatlas.extract.text.DroppedSpan;

/** One article's claims, skipped event words, and the parts of its text left out by cleaning. */
public record ArticleEvents(List<EventClaim> claims, List<SkippedEvent> skipped, List<DroppedSpan> dropped) {

    public ArticleEvents {
        claims = List.copyOf(claims);
        skipped = List.copyOf(skipped);
        dropped = List.copyOf(dropped);
    }
}
