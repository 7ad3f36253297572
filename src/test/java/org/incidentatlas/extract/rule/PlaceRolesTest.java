package org.incidentatlas.extract.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.incidentatlas.extract.FakePlaceFinder;
import org.incidentatlas.extract.text.Spaced;
import org.incidentatlas.gazetteer.PlaceMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role of the one "Osh" of each sentence, read from the words around it. */
class PlaceRolesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Protesters stormed the mayor's office in Osh.                 | LOCATION
            Clashes broke out 30 miles west of Osh.                        | DISTANCE
            Clashes broke out 30 mi{nl}west of Osh.                        | DISTANCE
            Our correspondent{nl}in Osh said the crowd grew.               | SPEAKER
            OFFICIALS IN{tab}OSH SAID the town was calm.                    | SPEAKER
            THE GOVERNOR FLED{nl}TO OSH after the crowd came.              | REFUGE
            Youths from{nl}Osh joined the crowd.                           | ORIGIN
            Like{tab}Osh, the town saw looting.                            | COMPARISON
            """)
    void placeTakesItsRoleFromTheWordsAroundIt(String written, PlaceRole role) {
        String sentence = Spaced.text(written);
        int at = sentence.indexOf("Osh") >= 0 ? sentence.indexOf("Osh") : sentence.indexOf("OSH");
        String surface = sentence.substring(at, at + 3);
        PlaceMention osh = new PlaceMention(at, at + 3, surface, FakePlaceFinder.OSH, "Osh", true);
        List<RoledPlace> roles = new PlaceRoles().roles(sentence, 0, List.of(osh), sentence.length(), -1);
        assertEquals(role, roles.get(0).role(), roles.get(0).why());
    }
}
