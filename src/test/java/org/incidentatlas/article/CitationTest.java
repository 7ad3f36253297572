package org.incidentatlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.incidentatlas.model.Article;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;

class CitationTest {

    private static final Source SOURCE = new Source("000_x", "Fox News", LocalDate.of(2005, 3, 21),
            "Activists had first stormed the building Friday.", 0, 48);

    @Test
    void citesOutletDateTitleAndAddress() {
        Article article = new Article("000_x", "Protesters seize buildings", "Fox News", LocalDate.of(2005, 3, 21), "",
                "https://example.org/a", "body");
        assertEquals("\u201cstormed the building\u201d (Fox News, 21 March 2005, \u201cProtesters seize buildings\u201d, https://example.org/a)",
                Citation.of(" stormed the\n building ", SOURCE, article));
    }

    @Test
    void withoutTheReportTheExcerptStillNamesOutletAndDate() {
        assertEquals("\u201cActivists had first stormed the building Friday.\u201d (Fox News, 21 March 2005)",
                Citation.of(SOURCE.excerpt(), SOURCE, null));
    }
}
