package org.incidentatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.model.Article;
import org.junit.jupiter.api.Test;

/** What {@code extract --explain} prints, on articles written for this test. */
class ExplainerTest {

    private final EventExtractor extractor = new EventExtractor(new FakePlaceFinder());

    @Test
    void textLeftOutIsListedInTheOrderOfTheArticles() {
        List<Article> articles = new ArrayList<>();
        List<String> ids = List.of("f", "b", "e", "a", "d", "c");
        for (String id : ids) {
            String repeated = "Protesters gathered outside the mayor's office in Uzgen, report " + id + " says.";
            articles.add(new Article(id, "", "Wire", LocalDate.parse("2010-05-14"), "", "",
                    repeated + "\n\nPolice watched from a distance.\n\n" + repeated));
        }
        String report = new Explainer().explain(extractor.extract(articles));

        int left = report.indexOf("Left out of the text before extraction:");
        assertTrue(left >= 0, report);
        List<String> listed = report.substring(left).lines()
                .filter(l -> l.endsWith(": repeats an earlier paragraph"))
                .map(l -> l.substring(2, l.indexOf(' ', 2)))
                .toList();
        // Six articles: a hash map's order would match the given one once in 720 runs.
        assertEquals(ids, listed, report);
    }
}
