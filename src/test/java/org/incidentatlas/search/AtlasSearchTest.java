package org.incidentatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.model.Article;
import org.incidentatlas.timeline.Fixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Search finds places by the gazetteer's spellings and words in excerpts and reports; hits point at a place and day. */
class AtlasSearchTest {

    private static AtlasSearch search;

    @BeforeAll
    static void index() {
        Article report = new Article("003_c1c37557c788baf7", "Kyrgyzstan unrest spreads", "Al Jazeera",
                LocalDate.of(2010, 5, 14), "", "https://example.org/unrest", "Supporters of the ousted president barricaded themselves in.");
        Article uncited = new Article("999_uncited", "Elsewhere", "Nobody", LocalDate.of(2010, 5, 14), "", "", "barricaded");
        search = new AtlasSearch(new Geocoder(Gazetteer.bundled()), Fixture.incidents(), List.of(report, uncited));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Jalalabad,   geonames:1528249, 2005-03-20
            Джалал-Абад, geonames:1528249, 2005-03-20
            jalal-abad,  geonames:1528249, 2005-03-20
            Ош,          geonames:1527534, 2005-03-18
            Batken,      geonames:1528735, 2010-05-13
            Teyit,       manual:teyit,     2010-05-14
            """)
    void placesAreFoundByAnySpellingAndPointAtTheirFirstIncident(String query, String placeId, LocalDate first) {
        SearchHit hit = search.search(query, 10).get(0);
        assertEquals(SearchHit.Kind.PLACE, hit.kind());
        assertEquals(placeId, hit.place().id());
        assertEquals(first, hit.date());
    }

    @Test
    void aPlaceWithoutIncidentsIsFoundButHasNoDay() {
        SearchHit hit = search.search("Bishkek", 10).get(0);
        assertEquals("Bishkek", hit.place().name());
        assertEquals(null, hit.date());
    }

    @Test
    void wordsAreFoundInExcerptsIgnoringCase() {
        List<SearchHit> hits = search.search("STORMED", 50);
        assertTrue(hits.stream().anyMatch(h -> h.kind() == SearchHit.Kind.EXCERPT
                && h.date().equals(LocalDate.of(2005, 3, 18)) && h.snippet().toLowerCase().contains("stormed")), hits.toString());
    }

    @Test
    void wordsInAReportLeadToAnIncidentItReports() {
        List<SearchHit> hits = search.search("barricaded themselves", 50);
        List<SearchHit> reports = hits.stream().filter(h -> h.kind() == SearchHit.Kind.ARTICLE).toList();
        assertEquals(1, reports.size(), "the uncited report leads nowhere and is left out: " + hits);
        assertEquals(LocalDate.of(2010, 5, 13), reports.get(0).date());
        assertTrue(reports.get(0).label().contains("Kyrgyzstan unrest spreads"));
    }

    @Test
    void blankQueriesAndTheLimit() {
        assertEquals(List.of(), search.search("   ", 10));
        assertEquals(1, search.search("the", 1).size());
    }

    @Test
    void foldingKeepsPositions() {
        assertEquals("osh ösh".length(), AtlasSearch.fold("Osh Ösh").length());
        assertEquals("osh osh", AtlasSearch.fold("OSH Ösh"));
    }
}
