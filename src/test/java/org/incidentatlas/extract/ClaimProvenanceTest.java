package org.incidentatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.article.ClasspathArticleSource;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;

/** The panel's "how the place and date were decided" are the --explain lines of the claim behind an excerpt. */
class ClaimProvenanceTest {

    @Test
    void everyBundledExcerptIsExplainedWithOnePlaceAndOneDateLineAtLeast() throws Exception {
        List<Incident> incidents = new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED).load();
        ClasspathArticleSource articles = new ClasspathArticleSource(ClasspathArticleSource.BUNDLED, new ArticleReader());
        ClaimProvenance provenance = new ClaimProvenance(new EventExtractor(new Geocoder(Gazetteer.bundled())));
        int explained = 0;
        for (Incident incident : incidents) {
            for (Source source : incident.sources()) {
                Article article = articles.load(source.article());
                List<String> lines = provenance.explain(article, incident, source);
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("Place: ")), incident.id() + " " + lines);
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("Date: ")), incident.id() + " " + lines);
                explained++;
            }
        }
        assertTrue(explained > 20, "bundled excerpts: " + explained);
    }

    @Test
    void aClaimTheReportDoesNotMakeIsNotExplained() throws Exception {
        Incident incident = new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED).load().get(0);
        Source source = incident.sources().get(0);
        Article article = new ClasspathArticleSource(ClasspathArticleSource.BUNDLED, new ArticleReader()).load(source.article());
        Incident elsewhere = new Incident(incident.id(), incident.date().plusDays(40), incident.type(), incident.place(),
                incident.precision(), List.of(), List.of(), null, null, false, List.of(source));
        assertEquals(List.of(), new ClaimProvenance(new EventExtractor(new Geocoder(Gazetteer.bundled())))
                .explain(article, elsewhere, source));
    }
}
