package org.incidentatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.model.Article;
import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words an excerpt marks are the words the rules read, never the same letters inside another word. */
class HighlightSpanTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Clashes across the network of streets in Naryn left two dead on Monday.   | two
            Clashes in the town of Uzgen at nightfall left nine injured on Monday.    | nine
            Shots were fired at the tent camp in Talas; ten were hurt on Monday.      | ten
            """)
    void aNumberIsMarkedWhereItStandsAsAWord(String body, String number) {
        Article a = new Article("t", "", "Test Wire", LocalDate.parse("2010-06-02"), "", "", body);
        List<Incident> incidents = new EventExtractor(new FakePlaceFinder()).extract(List.of(a)).incidents();
        List<Highlight> numbers = incidents.stream().flatMap(i -> i.sources().stream())
                .flatMap(s -> s.highlights().stream()).filter(h -> h.kind() == Highlight.Kind.NUMBER).toList();
        assertFalse(numbers.isEmpty(), "no number marked in " + incidents);
        for (Highlight h : numbers) {
            assertEquals(number, body.substring(h.start(), h.end()));
            assertFalse(Character.isLetter(body.charAt(h.start() - 1)), "marked inside a word: " + h);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Riot police clashed with protesters in Naryn on Monday.                  | Riot police/protesters
            Gunmen stormed the police station in Talas, and soldiers fought back.     | Gunmen/soldiers
            """)
    void theSidesAreMarkedWhereTheRulesReadThem(String body, String sides) {
        Article a = new Article("t", "", "Test Wire", LocalDate.parse("2010-06-02"), "", "", body);
        List<Incident> incidents = new EventExtractor(new FakePlaceFinder()).extract(List.of(a)).incidents();
        List<String> marked = incidents.stream().flatMap(i -> i.sources().stream())
                .flatMap(s -> s.highlights().stream()).filter(h -> h.kind() == Highlight.Kind.ACTOR)
                .map(h -> body.substring(h.start(), h.end())).distinct().toList();
        assertEquals(List.of(sides.split("/")), marked);
    }
}
