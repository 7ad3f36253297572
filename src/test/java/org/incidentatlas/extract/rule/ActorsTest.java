package org.incidentatlas.extract.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.incidentatlas.extract.text.Spaced;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Supporters of the ousted president Bakiyev clashed with riot police.   | Bakiyev supporters/police
            Opposition activists and troops faced each other in Osh.             | opposition supporters/security forces
            Gunmen fired on backers of the interim government.                    | armed men/interim government supporters
            police officers guarded the police station                           | police
            SUPPORTERS OF{nl}BAKIYEV clashed with POLICE.                         | Bakiyev supporters/police
            Riot{tab}police pushed back pro-Bakiyev{nl}youths.                    | police/Bakiyev supporters
            MASKED{nl}MEN attacked the CROWD.                                     | armed men/protesters
            Nonsupporters of Bakiyev met quietly.                                 |
            """)
    void sidesAreNamedOnceInOrderOfMention(String written, String labels) {
        List<String> expected = labels == null ? List.of() : Arrays.asList(labels.split("/"));
        assertEquals(expected, Actors.find(Spaced.text(written)));
    }
}
