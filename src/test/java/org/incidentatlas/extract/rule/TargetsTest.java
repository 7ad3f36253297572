package org.incidentatlas.extract.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.incidentatlas.extract.text.Spaced;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The buildings and facilities phrases of our own name, as the labels shown for an incident. */
class TargetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the regional administration building in Talas      | administration building
            administration officials said                       |
            the governor's residence                            | governor's office
            Government House                                    | government building
            the police and traffic headquarters                 | police station
            the national security service building              | security service building
            the KGB offices                                     | security service building
            the Interior Ministry                               | ministry building
            the state broadcaster and the TV tower              | TV station
            the Kyrgyz TV and radio company                     | TV station
            the airfield outside Batken                         | airport
            the White House in Bishkek                          | parliament building
            parliament and the mayor's office                  | parliament building/mayor's office
            the parliament itself, witnesses said               | parliament building
            parliament members voted on Tuesday                 |
            parliament elections in October                     |
            the GKNB building in Bishkek                        | security service building
            state television in the capital                     | TV station
            Town Hall and the prosecutor's office               | mayor's office/prosecutor's office
            a detention centre near Osh                         | prison
            the border crossings at Dostuk                      | checkpoint
            the movement's headquarters                         | headquarters
            the police headquarters                             | police station
            the buildings nearby                                | building
            buildings1 and compounds                            |
            the drugs trade                                     |
            """)
    void phrasesNameTheirBuildings(String phrase, String labels) {
        List<String> expected = labels == null ? List.of() : Arrays.asList(labels.split("/"));
        assertEquals(expected, Targets.find(phrase));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the POLICE{nl}STATION in Osh            | police station
            the Interior{tab}Ministry               | ministry building
            THE GOVERNMENT{nl}BUILDINGS             | government building
            the seat of{nl}the government           | government building
            """)
    void buildingsAreNamedAcrossLineBreaksAndTabsAndInCapitals(String written, String labels) {
        assertEquals(Arrays.asList(labels.split("/")), Targets.find(Spaced.text(written)));
    }
}
