package org.incidentatlas.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One report's evidence for an incident: the sentence(s) that make the claim, with offsets
 * into the article body so every dot on the map can be traced back to its text.
 * Numbers are the ones this source states (null when it states none): sources that
 * disagree keep their own numbers side by side.
 *
 * @param start      offset of the excerpt's first character in the article body
 * @param end        offset just past the excerpt's last character
 * @param crowd      the size of the acting crowd this report states ("about 1,000 protesters" is 1000);
 *                   null when it gives no number ("thousands" is no number)
 * @param highlights spans (article body offsets) of the place and trigger words inside the excerpt
 */
public record Source(String article, String outlet, LocalDate published, String excerpt,
                     int start, int end, Integer killed, Integer injured, Integer crowd, List<Highlight> highlights) implements Serializable {

    public Source {
        Objects.requireNonNull(article, "article");
        outlet = Objects.requireNonNullElse(outlet, "");
        excerpt = Objects.requireNonNullElse(excerpt, "");
        highlights = List.copyOf(highlights == null ? List.of() : highlights);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad excerpt span " + start + ".." + end);
        }
    }

    /** A source with no numbers and no highlights. */
    public Source(String article, String outlet, LocalDate published, String excerpt, int start, int end) {
        this(article, outlet, published, excerpt, start, end, null, null, null, List.of());
    }

    /** A source that states killed and injured but no crowd size. */
    public Source(String article, String outlet, LocalDate published, String excerpt, int start, int end,
                  Integer killed, Integer injured, List<Highlight> highlights) {
        this(article, outlet, published, excerpt, start, end, killed, injured, null, highlights);
    }
}
