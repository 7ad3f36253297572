package org.incidentatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules on sentences written for these tests (other towns, weekdays and phrasings than the
 * five reports), each row: publication date, dateline, text, and the incidents expected as
 * "date type place" joined by "; " (empty: none).
 */
class EventExtractorTest {

    private final EventExtractor extractor = new EventExtractor(new FakePlaceFinder());

    private List<Incident> extract(String published, String dateline, String body) {
        Article a = new Article("t", "", "Test Wire", LocalDate.parse(published), dateline, "", body);
        return extractor.extract(List.of(a)).incidents();
    }

    private static String keys(List<Incident> incidents) {
        return incidents.stream().map(i -> i.date() + " " + i.type().code() + " " + i.place().name())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # seizure words, with a building or facility
            2010-06-02 | | Hundreds of protesters stormed the regional administration building in Talas on Tuesday.          | 2010-06-01 seizure Talas
            2010-06-02 | | Demonstrators seized the governor's office in Naryn yesterday.                                     | 2010-06-01 seizure Naryn
            2010-06-02 | | Opposition supporters occupied the mayor's office in Tokmok.                                       | 2010-06-02 seizure Tokmok
            2010-06-02 | | A crowd took control of the television station in Karakol on Monday.                               | 2010-05-31 seizure Karakol
            2010-06-02 | | Protesters took over the police headquarters in Uzgen late on Sunday.                              | 2010-05-30 seizure Uzgen
            2010-06-02 | | The crowd overran the airport in Batken.                                                           | 2010-06-02 seizure Batken
            2010-06-02 | | Youths broke into the prosecutor's office in Kara-Suu overnight.                                    | 2010-06-01 seizure Kara-Suu
            2010-06-02 | | Several hundred people barged into the city hall of Nookat on May 30.                               | 2010-05-30 seizure Nookat
            2010-06-02 | | Rebels captured the security service building in Aravan.                                           | 2010-06-02 seizure Aravan
            # the building as the subject of a passive, across an aside in dashes
            2010-06-02 | | The police station in Uzgen -- the largest in the region -- was stormed by a mob on Monday.        | 2010-05-31 seizure Uzgen
            2010-06-02 | | The governor's office in Naryn – a Soviet-era block – was then seized by youths on Sunday.          | 2010-05-30 seizure Naryn
            # seats of power
            2010-06-02 | | Thousands of protesters seized the seat of power in Bishkek.                                        | 2010-06-02 seizure Bishkek
            2010-06-02 | | Youths stormed the presidential palace in Bishkek on Monday.                                        | 2010-05-31 seizure Bishkek
            # a distance given in two units is still a distance
            2010-06-02 | | Protesters occupied the mayor's office in Talas, about 400 kilometers, or 250 miles, west of the capital, Bishkek, on Monday. | 2010-05-31 seizure Talas
            2010-06-02 | | Police fired tear gas in Naryn, 300 km, or 190 miles, from Bishkek.                                 | 2010-06-02 clash Naryn
            # a trigger word that describes something else reports no event; a rampage is a riot
            2010-06-02 | | Officials flew to the riot-hit town of Uzgen on Monday.                                             |
            2010-06-02 | | An envoy was sent to the riot-torn district around Naryn.                                           |
            2010-06-02 | | A rampaging mob torched shops in Talas on Monday.                                                   | 2010-05-31 clash Talas
            2010-06-02 | | Youths rampaged through the market in Naryn overnight.                                              | 2010-06-01 clash Naryn
            # retakings
            2010-06-02 | | Police retook the regional administration building in Talas on Tuesday.                            | 2010-06-01 seizure Talas
            2010-06-02 | | Security forces regained control of the governor's office in Naryn.                                | 2010-06-02 seizure Naryn
            2010-06-02 | | Troops took back the TV station in Karakol on Monday.                                               | 2010-05-31 seizure Karakol
            2010-06-02 | | Protesters who had seized the mayor's office in Uzgen were ejected by police on Monday.             | 2010-05-31 seizure Uzgen
            2010-06-02 | | Police ejected the protesters occupying the mayor's office in Kara-Suu on Monday.            | 2010-05-31 seizure Kara-Suu
            2010-06-02 | | Police ejected the protesters from the square in Kara-Suu on Monday.                         |
            2005-03-19 | | Protesters held the administration building in Talas on March 19, a day after they seized it. | 2005-03-18 seizure Talas
            2005-03-19 | | About 500 people blocked the main Naryn road near Kara-Balta.                               | 2005-03-19 protest Kara-Balta
            # seizure traps
            2010-06-02 | | Gangs seized control of the drugs trade in Uzgen.                                                   |
            2010-06-02 | | Power in Talas has been taken over by the people.                                                   |
            2010-06-02 | | Supporters of the government moved to regain control of the administration building in Naryn.     |
            2010-06-02 | | Protesters plan to storm the governor's office in Karakol on Friday.                                |
            2010-06-02 | | The opposition is planning to seize the mayor's office in Tokmok on June 10.                        |
            2010-06-02 | | Police prevented protesters from storming the administration building in Talas.                    |
            2010-06-02 | | Protesters did not storm the police station in Uzgen.                                               |
            2010-06-02 | | Police seized weapons and drugs in Naryn.                                                            |
            2010-06-02 | | Several thousand people tried to storm the governor's office in Batken on Tuesday.                  |
            # clashes, with or without numbers
            2010-06-02 | | Clashes broke out in Uzgen on Tuesday.                                                              | 2010-06-01 clash Uzgen
            2010-06-02 | | Police fired shots into the air in Karakol.                                                         | 2010-06-02 clash Karakol
            2010-06-02 | | Rival groups fought with sticks and stones in Talas on Sunday.                                      | 2010-05-30 clash Talas
            2010-06-02 | | A man was beaten to death in Nookat yesterday.                                                      | 2010-06-01 clash Nookat
            2010-06-02 | | Rioting erupted in Tokmok overnight.                                                                | 2010-06-01 clash Tokmok
            2010-06-02 | | Shots were heard near the governor's office in Talas overnight.                             | 2010-06-01 clash Talas
            2010-06-02 | | Riot police were deployed in Naryn.                                                                 |
            2010-06-02 | | Officials urged both sides to avoid clashes in Kara-Suu.                                            |
            2010-06-02 | | There were no clashes in Aravan.                                                                    |
            2010-06-02 | | Police fired warning shots and used tear gas to disperse the crowd in Naryn on Tuesday.      | 2010-06-01 clash Naryn
            2010-06-02 | | Kyrgyz police clashed with protesters in the southern town of Uzgen on Sunday.                  | 2010-05-30 clash Uzgen
            2010-06-02 | | Clashes between rival groups in Aravan left at least 100 dead.                                  | 2010-06-02 clash Aravan
            2010-06-02 | | Protesters armed with sticks and Molotov cocktails stormed the mayor's office in Nookat.       | 2010-06-02 seizure Nookat
            2010-06-02 | | The governor's office in Talas was stormed by a crowd of 2,000 on Monday.                         | 2010-05-31 seizure Talas
            2010-06-02 | | In Naryn, about 1,000 demonstrators occupied the regional governor's office last Friday.         | 2010-05-28 seizure Naryn
            2010-06-02 | | Demonstrators burst into the television centre in Karakol, halting broadcasts.                   | 2010-06-02 seizure Karakol
            2010-06-02 | | The protesters who had occupied the building in Talas were driven out by police on Monday.       | 2010-05-31 seizure Talas
            2010-06-02 | | Bakiyev supporters were planning mass protests in Naryn on June 17.                               |
            # attacks and protests
            2010-06-02 | | Several houses were set alight in Aravan on Monday.                                                 | 2010-05-31 attack Aravan
            2010-06-02 | | An unknown gang attacked the village of Teyit.                                                      | 2010-06-02 attack Teyit
            2010-06-02 | | About 3,000 people rallied in Naryn on Sunday.                                                      | 2010-05-30 protest Naryn
            2010-06-02 | | Protesters gathered outside the courthouse in Talas.                                                | 2010-06-02 protest Talas
            # several places, one sentence
            2010-06-02 | | On Monday, protesters seized administration buildings in Talas, Naryn and Karakol.                  | 2010-05-31 seizure Karakol; 2010-05-31 seizure Naryn; 2010-05-31 seizure Talas
            2010-06-02 | | Gunfire erupted in Uzgen on Tuesday, while in Nookat, rival crowds threw stones.                    | 2010-06-01 clash Nookat; 2010-06-01 clash Uzgen
            2010-06-12 | | Gangs set fire to homes in Nookat on Friday night, as violence spread to Aravan.              | 2010-06-11 attack Nookat
            2010-06-12 | | In Aravan, a crowd attacked a police station and seized weapons.                              | 2010-06-12 attack Aravan
            2010-06-12 | | In Aravan and the town of Nookat, crowds stormed the police stations.                        | 2010-06-12 seizure Aravan; 2010-06-12 seizure Nookat
            # places that are not the scene
            2010-06-02 | | Protesters stormed the governor's office in Naryn, 180 miles south-east of Bishkek.               | 2010-06-02 seizure Naryn
            2010-06-02 | | Protesters stormed the governor's office, 60 km from Karakol.                                      |
            2010-06-02 | | In Bishkek, the government said protesters had stormed the TV station.                              |
            2010-06-02 | | Our correspondent in Moscow said crowds had stormed the administration building.                    |
            2010-06-02 | | A reporter in Bishkek said gunfire broke out in Talas on Tuesday.                                   | 2010-06-01 clash Talas
            2010-06-02 | | The ousted governor, who fled to Bishkek, said his office had been stormed.                         |
            2010-06-02 | | The ousted president has taken refuge in Belarus since clashes began.                              |
            2010-06-02 | | Officials fear a repeat of the clashes seen in Georgia and Ukraine.                                 |
            2010-06-02 | | Clashes erupted in southern Kyrgyzstan on Tuesday.                                                  |
            2010-06-02 | | Other protests were reported in other parts of the country on Tuesday.                              |
            2010-06-02 | | Protesters from Uzgen stormed the administration building in Nookat.                                | 2010-06-02 seizure Nookat
            2010-06-02 | | Officials in Bishkek said protesters had seized the governor's office.                      |
            2010-06-02 | | Officials in Bishkek said protesters had seized the governor's office in Talas on Monday.   | 2010-05-31 seizure Talas
            2010-06-02 | | Protests also took place in Naryn on Tuesday.                                                 | 2010-06-01 protest Naryn
            # dates: explicit, weekday, relative, plans, imprecise
            2010-06-02 | | Protesters stormed the administration building in Talas on 29 May.                                 | 2010-05-29 seizure Talas
            2010-06-02 | | Protesters stormed the administration building in Talas on May 29, 2010.                           | 2010-05-29 seizure Talas
            2010-06-02 | | Protesters stormed the administration building in Talas today.                                     | 2010-06-02 seizure Talas
            2010-06-02 | | Protesters stormed the administration building in Talas last week.                                 |
            2010-06-02 | | Protesters stormed the administration building in Talas last month.                                |
            2010-06-02 | | Protesters will storm the administration building in Talas on June 5.                              |
            2010-06-02 | | Protesters stormed the administration building in Talas on June 5.                                 |
            2010-01-03 | | Protesters stormed the administration building in Talas on Dec. 28.                                |  2009-12-28 seizure Talas
            2005-03-24 | | Protesters seized the governor's office in Uzgen on Wednesday, a week after the Feb. 27 elections. | 2005-03-23 seizure Uzgen
            """)
    void rule(String published, String dateline, String text, String expected) {
        assertEquals(expected == null ? "" : expected.strip(), keys(extract(published, dateline == null ? "" : dateline, text)));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # a sentence without a place continues the story before it
            2010-06-02 | | Tension rose in Talas on Monday. Protesters stormed the governor's office.                         | 2010-05-31 seizure Talas
            2010-06-02 | | Protesters stormed the governor's office in Naryn on Monday. Police retook it on Tuesday, and the building was cleared. | 2010-05-31 seizure Naryn; 2010-06-01 seizure Naryn
            2010-06-02 | | Protesters stormed the governor's office in Naryn on Monday. On Tuesday police took back the building.       | 2010-05-31 seizure Naryn; 2010-06-01 seizure Naryn
            2010-06-02 | | Crowds seized the mayor's office in Uzgen on Sunday.\\n\\nGunfire broke out the next day.               | 2010-05-30 seizure Uzgen; 2010-05-31 clash Uzgen
            2010-06-02 | | Gunfire broke out in Talas on Monday. Elsewhere, clashes were reported.                               | 2010-05-31 clash Talas
            2010-06-02 | | BISHKEK, Kyrgyzstan (AP) -- Protesters stormed government buildings in the south on Monday. |
            2010-06-02 | | Gunfire broke out in Uzgen on Monday. Crowds also seized buildings in southern towns.        | 2010-05-31 clash Uzgen
            2010-05-13 | | BISHKEK, May 13 (AFP) - Loyalists seized government headquarters in three southern cities on Thursday. |
            2005-03-20 | | Riot police stormed the governor's office in Talas at dawn, beating protesters with truncheons and firing into the air. | 2005-03-20 seizure Talas; 2005-03-20 clash Talas
            2010-05-15 | Bishkek | Kyrgyzstan's interim government said it had regained control of all administration buildings. |
            2010-05-15 | | Police detained 12 people after a shootout in Naryn overnight, a spokesman told reporters in Bishkek. | 2010-05-14 clash Naryn
            # a flashback ("who had taken over ... on Thursday") keeps its date to itself
            2010-05-14 | | Loyalists who had taken over the administration building in Naryn on Thursday remained inside as a crowd gathered outside. Shots were fired. | 2010-05-13 seizure Naryn; 2010-05-14 clash Naryn; 2010-05-14 protest Naryn
            2010-05-14 | | Government supporters drove the backers of the ousted governor out of the administration building in Talas on Friday. | 2010-05-14 seizure Talas
            2010-05-14 | | A crowd marched on the governor's office in Uzgen and forced the occupiers to leave.      | 2010-05-14 seizure Uzgen; 2010-05-14 protest Uzgen
            2010-05-14 | Osh | Supporters of Kyrgyzstan's interim government retook the regional building in this southern city on Friday. | 2010-05-14 seizure Osh
            # a story naming several places does not pick one
            2010-06-02 | | The situation in Talas and Naryn is tense. Clashes broke out on Monday.                               |
            # the dateline is where the reporter sat: the scene only of what is told first-hand from there
            2010-06-02 | Karakol | Protesters stormed the governor's office on Monday.                                                 |
            2010-06-02 | Karakol | A correspondent reports that protesters stormed the governor's office on Monday.                   | 2010-05-31 seizure Karakol
            2010-06-02 | Moscow  | Protesters stormed the governor's office on Monday.                                                 |
            2010-06-02 | | MOSCOW, June 1 -- Protesters stormed the governor's office on Monday.                                      |
            2010-06-02 | | MOSCOW, June 1 -- Protesters stormed the governor's office in Talas on Monday.                             | 2010-05-31 seizure Talas
            2010-06-02 | | NARYN, Kyrgyzstan (AP) -- Protesters stormed the governor's office on Monday.                               |
            2010-06-02 | | NARYN, Kyrgyzstan (AP) -- Witnesses said protesters stormed the governor's office on Monday.                | 2010-05-31 seizure Naryn
            2010-06-02 | | Rally in the south\\n\\nBy Wire Staff\\n\\nNARYN, Kyrgyzstan -- Protesters stormed the governor's office in Talas on Monday. | 2010-05-31 seizure Talas
            2010-06-02 | | Rally in the south\\n\\nUpdated June 2\\n\\nNARYN, Kyrgyzstan -- Protesters in Naryn stormed the police station on Monday. | 2010-05-31 seizure Naryn
            # "the day before", "the previous evening" count from the story's date
            2010-06-02 | | Gunfire broke out in Uzgen on Monday. Protesters had seized the mayor's office the day before.       | 2010-05-30 seizure Uzgen; 2010-05-31 clash Uzgen
            # a country-level sentence ends the local story
            2010-06-02 | | Gunfire broke out in Uzgen on Monday. Across Kyrgyzstan, protesters stormed government buildings.    | 2010-05-31 clash Uzgen
            """)
    void story(String published, String dateline, String text, String expected) {
        assertEquals(expected == null ? "" : expected.strip(),
                keys(extract(published, dateline == null ? "" : dateline, text.replace("\\n", "\n"))));
    }

    @Test
    void captionAloneMakesNoIncidentButCorroboratesOne() {
        assertEquals("", keys(extract("2010-06-02", "", "Protesters storm the governor's office in Talas [AFP]\n")));
        List<Incident> both = extract("2010-06-02", "",
                "Protesters storm the governor's office in Talas [AFP]\n\nThe city was tense.\n\n"
                        + "Protesters stormed the governor's office in Talas.\n");
        assertEquals(1, both.size());
        assertEquals(2, both.get(0).sources().size());
    }

    @Test
    void repeatedParagraphAndPageFurnitureGiveNoIncidents() {
        String body = "Protesters stormed the governor's office in Talas.\n"
                + "Protesters stormed the governor's office in Talas.\n\n"
                + "For more on the situation, see Police Battle Protesters In Naryn\n\n"
                + "Featured on Al Jazeera\nFighters battle for Karakol as thousands flee.\n";
        List<Incident> incidents = extract("2010-06-02", "", body);
        assertEquals("2010-06-02 seizure Talas", keys(incidents));
        assertEquals(1, incidents.get(0).sources().size());
        assertEquals(0, incidents.get(0).sources().get(0).start());
    }

    @Test
    void sourcesThatDisagreeKeepTheirOwnNumbersAndTheIncidentTakesTheLargest() {
        Article a = new Article("a", "", "Wire A", LocalDate.parse("2010-06-02"), "", "",
                "Clashes broke out in Uzgen on Tuesday. Two people were killed and 12 injured.");
        Article b = new Article("b", "", "Wire B", LocalDate.parse("2010-06-02"), "", "",
                "At least three people died in clashes in Uzgen on Tuesday, and dozens were hurt.");
        List<Incident> incidents = extractor.extract(List.of(a, b)).incidents();
        assertEquals(1, incidents.size());
        Incident i = incidents.get(0);
        assertEquals("2010-06-01-clash-uzgen", i.id());
        assertEquals(3, i.killed());
        assertEquals(12, i.injured());
        List<Source> sources = i.sources();
        assertEquals(2, sources.get(0).killed());
        assertEquals(12, sources.get(0).injured());
        assertEquals(3, sources.get(1).killed());
        assertEquals(null, sources.get(1).injured());
    }

    @Test
    void excerptsHighlightSidesTriggerPlaceAndDateInTheOriginalBody() {
        String body = "Intro line.\n\nHundreds of protesters stormed the administration building in Talas on Tuesday.\n";
        Incident i = extract("2010-06-02", "", body).get(0);
        Source s = i.sources().get(0);
        assertEquals(body.substring(s.start(), s.end()), s.excerpt());
        List<String> marked = s.highlights().stream().map(h -> h.kind().code() + ":" + body.substring(h.start(), h.end())).toList();
        assertEquals(List.of("actor:protesters", "trigger:stormed", "place:Talas", "date:on Tuesday"), marked);
        assertEquals(List.of("administration building"), i.targets());
        assertEquals(List.of("protesters"), i.actors());
    }

    @Test
    void incidentIdsAreStableForTheSameInput() {
        String body = "Protesters seized the governor's office in Naryn and the TV station in Karakol on Monday.";
        assertEquals(extract("2010-06-02", "", body), extract("2010-06-02", "", body));
        assertEquals(List.of("2010-05-31-seizure-karakol", "2010-05-31-seizure-naryn"),
                extract("2010-06-02", "", body).stream().map(Incident::id).toList());
    }

    @Test
    void articleWithoutPublicationDateIsRefusedWithItsId() {
        Article a = new Article("undated_7", "", "", null, "", "", "Clashes in Osh.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> extractor.extract(a));
        assertTrue(e.getMessage().contains("undated_7"));
    }

    @Test
    void retakingIsMarkedOnlyWhenEverySourceDescribesOne() {
        List<Incident> incidents = extract("2010-06-02", "", "Police retook the governor's office in Talas on Tuesday.");
        assertTrue(incidents.get(0).retaken());
        assertEquals(IncidentType.SEIZURE, incidents.get(0).type());
        assertTrue(extract("2010-06-02", "", "Police ejected the protesters occupying the mayor's office in Uzgen.")
                .get(0).retaken());
        Article a = new Article("a", "", "", LocalDate.parse("2010-06-02"), "", "",
                "Protesters stormed the governor's office in Talas on Tuesday.");
        Article b = new Article("b", "", "", LocalDate.parse("2010-06-02"), "", "",
                "Police retook the governor's office in Talas on Tuesday.");
        assertFalse(extractor.extract(List.of(a, b)).incidents().get(0).retaken());
    }
}
