package org.incidentatlas.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * The truth for one article.
 *
 * @param article the article id: its file name without {@code .txt}
 * @param must    events the report clearly states: an extractor should find every one
 * @param may     events a careful reader could code either way: neither required nor wrong
 */
public record ArticleGold(String article, List<GoldItem> must, List<GoldItem> may) {

    public ArticleGold {
        Objects.requireNonNull(article, "article");
        must = List.copyOf(must);
        may = List.copyOf(may);
    }
}
