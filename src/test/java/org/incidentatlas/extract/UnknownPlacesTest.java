package org.incidentatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.incidentatlas.extract.rule.UnknownPlaces;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places below the gazetteer: a village it lacks is placed at the smallest area the text ties it to,
 * its precision says so, and {@code --explain} lists the name; a region named as a town's address is
 * no second scene. Every sentence is written for this test; the places are the bundled gazetteer's.
 */
class UnknownPlacesTest {

    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new EventExtractor(new Geocoder(Gazetteer.bundled()));
    }

    private static Extraction extract(String body) {
        return extractor.extract(List.of(new Article("t", "", "Test Wire", LocalDate.parse("2010-05-15"), "", "", body)));
    }

    private static String keys(Extraction e) {
        return e.incidents().stream().map(i -> i.date() + " " + i.type().code() + " " + i.place().name() + " "
                + i.precision().code()).sorted().collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police fired tear gas on Friday in Chek-Abad, a village near Uzgen.                     | 2010-05-14 clash Uzgen near
            Youths clashed with police on Friday in the village of Chek-Abad outside Aravan.        | 2010-05-14 clash Aravan near
            Troops clashed with residents on Friday in the Uzbek quarter of Shark on the outskirts of Uzgen. | 2010-05-14 clash Uzgen near
            Youths clashed with police on Friday in Zharkyn-Say village in Osh Region.                | 2010-05-14 clash Osh Region region
            Youths clashed with police on Friday in Nookat, Osh Region.                             | 2010-05-14 clash Nookat city
            Youths clashed with police on Friday in Aravan in Osh Region.                           | 2010-05-14 clash Aravan city
            Youths clashed with police on Friday in Uzgen.                                          | 2010-05-14 clash Uzgen city
            """)
    void placesBelowTheGazetteer(String body, String expected) {
        assertEquals(expected.strip(), keys(extract(body.strip())));
    }

    @Test
    void explainListsTheUnknownNames() {
        Extraction e = extract("Police fired tear gas on Friday in Chek-Abad, a village near Uzgen. "
                + "Youths clashed with police on Saturday in Zharkyn-Say village in Osh Region.");
        String explained = new Explainer().explain(e);
        assertTrue(explained.contains("Unknown place names"), explained);
        assertTrue(explained.contains("- Chek-Abad: placed at Uzgen (near)"), explained);
        assertTrue(explained.contains("- Zharkyn-Say: placed at Osh Region (region)"), explained);
    }

    @Test
    void aTownAndTheSameTownNearbyAreTwoIncidents() {
        Extraction e = extract("Police fired tear gas in Uzgen on Friday. "
                + "On the same day youths clashed with police in Chek-Abad, a village near Uzgen.");
        List<Incident> incidents = e.incidents();
        assertEquals(2, incidents.size(), keys(e));
        assertEquals(2, incidents.stream().map(Incident::id).distinct().count(), "ids must differ");
    }

    @Test
    void theTieIsReadFromTheWordsBeforeTheKnownName() {
        String text = "They fled to Kok-Jar, a small mountain village north of Osh";
        UnknownPlaces.Tie tie = UnknownPlaces.before(text, text.indexOf("Osh"));
        assertEquals("Kok-Jar", tie.name());
        assertEquals("north of", tie.how());
        assertTrue(tie.near());
        assertNull(UnknownPlaces.before("Clashes broke out in Osh", "Clashes broke out in ".length()));
    }
}
