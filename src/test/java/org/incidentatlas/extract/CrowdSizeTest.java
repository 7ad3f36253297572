package org.incidentatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.extract.number.Casualties;
import org.incidentatlas.extract.number.NumberFinder;
import org.incidentatlas.extract.text.Spaced;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The crowd size a report states for the group acting in an event, on sentences written for
 * these tests (other towns and phrasings than the five reports): each row the text, the type of
 * the incident expected, and the crowd expected (null: none, never a guess).
 */
class CrowdSizeTest {

    private final EventExtractor extractor = new EventExtractor(new FakePlaceFinder());

    private List<Incident> extract(String... bodies) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            articles.add(new Article("t" + i, "", "Wire " + i, LocalDate.parse("2010-06-02"), "", "", bodies[i]));
        }
        return extractor.extract(articles).incidents();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # a number before the acting group
            5,000 opposition supporters stormed the regional administration building in Talas.                 | seizure | 5000
            About 3,000 protesters seized the governor's office in Naryn yesterday.                             | seizure | 3000
            Around 300 Akayev supporters, some carrying sticks, took over the mayor's office in Tokmok.          | seizure | 300
            An estimated 1,500 demonstrators, chanting and waving flags, overran the airport in Batken.          | seizure | 1500
            Some two thousand people barged into the city hall of Nookat on Monday.                              | seizure | 2000
            A crowd of 700 broke into the prosecutor's office in Kara-Suu overnight.                             | seizure | 700
            Nearly 600 backers of the opposition were holed up in the police headquarters in Uzgen they had seized. | seizure | 600
            A 2,500-strong crowd stormed the governor's office in Naryn on Tuesday.                              | seizure | 2500
            Some 10 thousand opposition supporters overran the airport in Batken.                                | seizure | 10000
            # a number just before the trigger
            The crowd swelled to about 4,000 and stormed the television station in Karakol.                      | seizure | 4000
            # vague counts give no number
            Thousands of protesters stormed the regional administration building in Talas.                       | seizure | null
            Dozens of youths broke into the prosecutor's office in Kara-Suu overnight.                            | seizure | null
            Several hundred people barged into the city hall of Nookat on Monday.                                | seizure | null
            Tens of thousands of demonstrators seized the governor's office in Naryn on Tuesday.                 | seizure | null
            Protesters seized the governor's office in Naryn.                                                    | seizure | null
            # numbers that are not the acting crowd
            Protesters overran the police station in Aravan and forced about 200 police officers to flee.        | seizure | null
            At least 12 people were injured when rival groups clashed in Uzgen.                                  | clash   | null
            About 50 demonstrators were attacked by an unknown gang in Uzgen on Monday.                           | attack  | null
            On March 24 protesters stormed the regional administration building in Talas.                       | seizure | null
            Clashes in Talas left 3 people dead and 40 injured.                                                  | clash   | null
            """)
    void crowdOfTheActingGroup(String text, String type, Integer crowd) {
        List<Incident> incidents = extract(text);
        assertEquals(1, incidents.size(), incidents.toString());
        Incident incident = incidents.get(0);
        assertEquals(IncidentType.fromCode(type), incident.type());
        assertEquals(crowd, incident.crowd());
        assertEquals(crowd, incident.sources().get(0).crowd());
    }

    @Test
    void theIncidentHasTheLargestCrowdAnySourceStatesAndEachSourceKeepsItsOwn() {
        List<Incident> incidents = extract(
                "About 2,000 protesters stormed the governor's office in Naryn on Tuesday.",
                "Some 5,000 demonstrators stormed the governor's office in Naryn on Tuesday.",
                "Protesters stormed the governor's office in Naryn on Tuesday.");
        assertEquals(1, incidents.size(), incidents.toString());
        Incident naryn = incidents.get(0);
        assertEquals(5000, naryn.crowd());
        assertEquals(java.util.Arrays.asList(2000, 5000, null), naryn.sources().stream().map(Source::crowd).toList());
    }

    @Test
    void theCasualtiesOfAClashAreNotItsCrowd() {
        Incident clash = extract("About 1,000 protesters clashed with police in Talas, and 2 people were killed.").get(0);
        assertEquals(IncidentType.CLASH, clash.type());
        assertEquals(2, clash.killed());
        assertEquals(1000, clash.crowd());
        assertNull(extract("Police clashed with protesters in Talas, killing 2 people.").get(0).crowd());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            A CROWD OF{nl}700 broke into the prosecutor's office.           | broke into | 700
            About 3,000{tab}PROTESTERS seized the governor's office.         | seized     | 3000
            The crowd swelled to about 4,000{nl}and stormed the TV station.  | stormed    | 4000
            About 50 demonstrators were{nl}attacked by a gang.               | attacked   | null
            """)
    void crowdIsReadAcrossLineBreaksAndTabsAndInCapitals(String written, String trigger, Integer crowd) {
        assertEquals(crowd, new CrowdSize(new NumberFinder()).of(Spaced.text(written), Spaced.text(written).indexOf(trigger), Casualties.NONE));
    }
}
