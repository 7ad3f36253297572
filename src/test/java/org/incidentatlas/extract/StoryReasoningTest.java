package org.incidentatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reasoning over a whole report rather than one sentence: which date the story moves to, what is
 * background, which places carry over, and which country is studied. Every text is written for
 * these tests; each row gives the publication date, the body, and the incidents expected as
 * "date type place" (sorted, joined by "; ").
 */
class StoryReasoningTest {

    private static Set<String> keys(List<Incident> incidents) {
        return incidents.stream().map(i -> i.date() + " " + i.type().code() + " " + i.place().name())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> extract(EventExtractor extractor, String published, String body) {
        Article a = new Article("t", "", "Test Wire", LocalDate.parse(published), "", "", body);
        return keys(extractor.extract(List.of(a)).incidents());
    }

    private static Set<String> expected(String joined) {
        Set<String> keys = new TreeSet<>();
        if (joined != null) {
            for (String k : joined.split(";")) {
                keys.add(k.strip());
            }
        }
        return keys;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # the story's time moves forward to the latest event a sentence tells
            2010-06-02 | Youths stormed the mayor's office in Tokmok on Saturday, were driven out by police on Sunday and retook it on Monday. Police fired tear gas at the crowd. | 2010-05-29 seizure Tokmok; 2010-05-30 seizure Tokmok; 2010-05-31 seizure Tokmok; 2010-05-31 clash Tokmok
            2010-06-02 | Crowds broke into the police station in Talas on Sunday and took over the governor's office on Monday. Shots were fired at the crowd. | 2010-05-30 seizure Talas; 2010-05-31 seizure Talas; 2010-05-31 clash Talas
            # ... but not to what an 'after' clause or a relative clause tells as came before
            2010-06-02 | Gunmen held the governor's office in Naryn overnight after capturing it on Sunday evening. Shots were fired at police. | 2010-05-30 seizure Naryn; 2010-06-02 clash Naryn
            2010-05-20 | Both towns lie in the south, home of the former president, who was ousted on April 7 amid clashes in Bishkek. Police fired tear gas in Talas. | 2010-04-07 clash Bishkek; 2010-05-20 clash Talas
            2010-06-02 | Crowds gathered in Uzgen on Tuesday, after protesters stormed the police station on Monday. Shots were fired. | 2010-05-31 seizure Uzgen; 2010-06-01 protest Uzgen; 2010-06-01 clash Uzgen
            2010-05-20 | Police fired tear gas at youths in Talas on Monday. The town is home to the former president, who was toppled on April 7 amid clashes in Bishkek. Shots were fired near the market. | 2010-05-17 clash Talas; 2010-04-07 clash Bishkek
            # background from another episode neither borrows the story's place nor lends it
            2010-05-20 | Clashes broke out in Uzgen on Tuesday. Riots swept the country on April 7 and 8, toppling the government. Dozens were killed in clashes with police. | 2010-05-18 clash Uzgen
            2010-05-20 | Police fired into the air in Kara-Suu on Wednesday. The country has been tense since the revolt of April 7. Youths threw stones at police. | 2010-05-19 clash Kara-Suu
            2005-03-24 | Protesters rallied in Bishkek. An opposition leader who had been jailed since 2000 was freed. Clashes broke out with police. | 2005-03-24 protest Bishkek; 2005-03-24 clash Bishkek
            # a weekday with its calendar date is that date
            2010-06-20 | Soldiers arrived in Osh on Friday 11 June. Youths threw stones at them. | 2010-06-11 clash Osh
            2010-05-20 | Rioting broke out in Naryn on Friday, May 7. | 2010-05-07 clash Naryn
            # 'the previous day' counts from the sentence's own date
            2010-05-15 | Gunfire broke out in Naryn on Friday, after protesters had seized the mayor's office the previous day. | 2010-05-14 clash Naryn; 2010-05-13 seizure Naryn
            2010-06-13 | Shooting was heard today in Karakol, where the day before a crowd stormed the police station. | 2010-06-13 clash Karakol; 2010-06-12 seizure Karakol
            # an event's own phrase may point back at the places just named
            2010-05-15 | Police regained control of government buildings in Osh and Talas. Friday's clashes in the two cities followed a night of looting. | 2010-05-14 clash Osh; 2010-05-14 clash Talas; 2010-05-15 seizure Osh; 2010-05-15 seizure Talas
            2010-05-15 | Clashes broke out in Naryn on Friday. Youths had seized the mayor's office there and in the nearby town of Karakol on Thursday. | 2010-05-14 clash Naryn; 2010-05-13 seizure Naryn; 2010-05-13 seizure Karakol
            2010-05-15 | Troops were sent to Osh and Talas. Clashes broke out in the city on Friday. |
            2010-05-15 | Clashes broke out in Naryn on Friday. There were no clashes there on Saturday. | 2010-05-14 clash Naryn
            # one event told twice: the lead without a day takes the day a later telling gives it
            2010-05-15 | Protesters have seized the governor's office in Naryn. Witnesses said the crowd stormed the governor's office in Naryn on Thursday afternoon. | 2010-05-13 seizure Naryn
            2010-06-02 | Clashes broke out in Talas, leaving two dead. Youths clashed with police in Talas on Sunday evening near the bazaar. | 2010-05-30 clash Talas
            # ... but not when the report tells it on two days, or only long before
            2010-06-02 | Clashes broke out in Talas. Youths clashed with police in Talas on Sunday. Farmers clashed with police in Talas on Monday. | 2010-05-30 clash Talas; 2010-05-31 clash Talas; 2010-06-02 clash Talas
            2010-06-02 | Clashes broke out in Talas. Youths had clashed with police in Talas on April 7. | 2010-04-07 clash Talas; 2010-06-02 clash Talas
            # retakings: the building's seizure keeps its own day, the retaking has the story's
            2010-05-15 | Police retook the governor's office in Naryn, which youths had occupied the previous day. | 2010-05-14 seizure Naryn; 2010-05-15 seizure Naryn
            2010-05-15 | On Friday troops regained control of the mayor's office in Talas, which protesters had seized on Wednesday. | 2010-05-12 seizure Talas; 2010-05-14 seizure Talas
            # cataphora: events told before any place take the places a later sentence names for them
            2010-06-02 | Police evicted protesters from two government buildings early on Sunday. Several officers were hurt during the raids in Uzgen and Karakol. | 2010-05-30 seizure Karakol; 2010-05-30 seizure Uzgen
            2010-06-02 | Troops regained control of the regional administration on Monday. Nobody was hurt in the operation at Naryn, officials said. | 2010-05-31 seizure Naryn
            # ... when the noun points back at that kind of event, and the number agrees
            2010-06-02 | Youths occupied a government building on Sunday. The clashes at the market in Talas lasted an hour. | 2010-05-30 clash Talas
            2010-06-02 | Police evicted protesters from two government buildings on Sunday. Officers were hurt in the raids in Uzgen. |
            """)
    void storyReasoning(String published, String body, String incidents) {
        assertEquals(expected(incidents), extract(new EventExtractor(new FakePlaceFinder()), published, body));
    }

    @Test
    void eventsInAnotherCountryAreLeftOutUnlessTheStudyAreaIncludesIt() {
        String body = "Troops opened fire on protesters in Andijan on Friday. Clashes broke out in Osh on Saturday.";
        assertEquals(expected("2005-05-14 clash Osh"),
                extract(new EventExtractor(new FakePlaceFinder()), "2005-05-16", body));
        assertEquals(expected("2005-05-13 clash Andijan; 2005-05-14 clash Osh"),
                extract(new EventExtractor(new FakePlaceFinder(), StudyArea.parse("KG, uz")), "2005-05-16", body));
    }

    @Test
    void anEventAbroadIsNeverMovedIntoTheStudyArea() {
        String body = "Clashes broke out in Osh on Saturday. Soldiers fired on a crowd in Andijan on Sunday.";
        assertEquals(expected("2005-05-14 clash Osh"),
                extract(new EventExtractor(new FakePlaceFinder()), "2005-05-16", body));
    }
}
