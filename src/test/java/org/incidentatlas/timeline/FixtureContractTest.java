package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;

/** Every excerpt of the fixture is the article text at its offsets, so the panel's highlights are honest. */
class FixtureContractTest {

    @Test
    void excerptsAndHighlightsPointIntoTheArticleBodies() throws Exception {
        Map<String, Article> articles = new HashMap<>();
        for (Incident incident : Fixture.incidents()) {
            for (Source source : incident.sources()) {
                Article article = articles.computeIfAbsent(source.article(), this::article);
                assertEquals(source.excerpt(), article.body().substring(source.start(), source.end()), incident.id());
                assertEquals(article.outlet(), source.outlet(), incident.id());
                assertEquals(article.published(), source.published(), incident.id());
                for (Highlight h : source.highlights()) {
                    assertTrue(h.start() >= source.start() && h.end() <= source.end(), incident.id() + " " + h);
                }
            }
        }
        assertEquals(5, articles.size());
    }

    private Article article(String id) {
        try (InputStream in = getClass().getResourceAsStream("/data/articles/" + id + ".txt")) {
            return new ArticleReader().read(id, id, in);
        } catch (Exception e) {
            throw new IllegalStateException(id, e);
        }
    }
}
