package org.incidentatlas.extract.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerFinderTest {

    private final TriggerFinder finder = new TriggerFinder();

    /** "rule=words[targets]" for accepted triggers, "-rule" for rejected ones. */
    private String describe(String sentence) {
        List<Trigger> found = finder.find(sentence);
        return found.stream().map(t -> t.accepted()
                ? t.rule() + "=" + t.text() + (t.targets().isEmpty() ? "" : t.targets().toString())
                : "-" + t.rule()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Activists stormed three government buildings.                         | seizure: stormed=stormed[government building]
            They occupied the regional administration building, a police station, a TV station, as well as the airport today. | seizure: occupied=occupied[administration building, police station, TV station, airport]
            They overran the regional police and security stations in the city.  | seizure: overran=overran[police station, security service building]
            The protesters had stormed the Intelligence and Interior Ministry buildings. | seizure: stormed=stormed[security service building, ministry building]
            A crowd barged into the governor's office.                             | seizure: barged into=barged into[governor's office]
            Buildings seized by his supporters were retaken.                       | seizure: seized=seized[building]; retaking: retook=retaken[building]
            Supporters had managed to retake regional administration buildings.   | retaking: retook=retake[administration building]
            They claimed to have retaken control over government offices.         | retaking: retook=retaken control over[government building]
            They were ousted by security forces on Saturday from the building.    | retaking: ousted by security forces=ousted by security forces[building]
            Gangs had seized control of the drugs trade.                          | -seizure: took control of
            Power in Osh has been taken over by people!                            | -seizure: took over
            Backers moved to regain control of buildings.                          | -retaking: regained control
            Loyalists move to retake buildings.                                    | -retaking: retook
            They came to seize the airport.                                        | -seizure: seized
            Police did not storm the building.                                     | -seizure: stormed
            Officials fear the crowd may storm the governor's office.             | -seizure: stormed
            On May 13 protesters stormed the governor's office.                    | seizure: stormed=stormed[governor's office]
            ON MAY 13 PROTESTERS STORMED THE GOVERNOR'S OFFICE.                    | seizure: stormed=STORMED[governor's office]
            Troops won't retake the airport tonight, officials said.               | -retaking: retook
            Youths never seized the police station, police said.                   | -seizure: seized
            Police captured two gunmen.                                            | -seizure: captured
            Gunfire broke out and others fought with sticks.                       | clash: gunfire=Gunfire; clash: stones and sticks=fought with sticks
            Supporters threw stones and hit each other with sticks.               | clash: stones and sticks=threw stones; clash: stones and sticks=hit each other with sticks
            Riot police arrived.                                                   |
            The aim is to avoid clashes.                                           | -clash: clashes
            Teyit was attacked by a gang and five houses set alight.               | attack: attacked=attacked; attack: set alight=set alight
            The protesters gathered on the main square.                            | protest: protested=gathered on
            They broke the law.                                                    |
            The president was ousted amid deadly clashes.                          | clash: clashes=clashes
            """)
    void findsTriggersAndRejectsNonEvents(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected.strip(), describe(sentence.strip()));
    }
}
