package org.incidentatlas.extract.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.incidentatlas.extract.text.Spaced;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where sentences of our own are cut into clauses, and where the phrase after event words ends. */
class ClausesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gunfire broke out in Uzgen, while in Osh, supporters threw stones.   | Gunfire broke out in Uzgen/while in Osh, supporters threw stones.
            Police fled; protesters took the building in Naryn.                  | Police fled/protesters took the building in Naryn.
            Crowds gathered in Talas — the town hall was seized.                 | Crowds gathered in Talas/the town hall was seized.
            Crowds gathered in Talas -- the town hall was seized.                | Crowds gathered in Talas/the town hall was seized.
            Troops arrived in Batken but the crowd stayed.                       | Troops arrived in Batken/but the crowd stayed.
            Troops arrived in Batken, But the crowd stayed.                      | Troops arrived in Batken/But the crowd stayed.
            Shots rang out in Aravan whereas Kara-Suu was calm.                  | Shots rang out in Aravan/whereas Kara-Suu was calm.
            They distributed butter in a well-known Batken market.               | They distributed butter in a well-known Batken market.
            A whistle-blower in Osh spoke about the attacks.                     | A whistle-blower in Osh spoke about the attacks.
            Protesters seized the office in Naryn, burning cars outside.         | Protesters seized the office in Naryn, burning cars outside.
            GUNFIRE BROKE OUT IN UZGEN, WHILE IN OSH YOUTHS THREW STONES.         | GUNFIRE BROKE OUT IN UZGEN/WHILE IN OSH YOUTHS THREW STONES.
            TROOPS ARRIVED IN BATKEN BUT THE CROWD STAYED.                       | TROOPS ARRIVED IN BATKEN/BUT THE CROWD STAYED.
            """)
    void sentencesAreCutWhereTheyTurnToAnotherScene(String sentence, String expected) {
        List<String> clauses = Clauses.of(sentence).stream()
                .map(span -> sentence.substring(span[0], span[1]).strip())
                .toList();
        assertEquals(Arrays.asList(expected.split("/")), clauses);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            seized the governor's office in Naryn and then burned the archive.   | seized the governor's office in Naryn
            seized the governor's office in Naryn, killing two guards.           | seized the governor's office in Naryn,
            stormed the TV station in Karakol as well as the mayor's office.     | stormed the TV station in Karakol as well as the mayor's office
            stormed the TV station in Karakol as police watched.                 | stormed the TV station in Karakol
            overran the airport in Batken. Police fled.                          | overran the airport in Batken
            took over the police station in Uzgen                                | took over the police station in Uzgen
            """)
    void thePhraseAfterEventWordsEndsAtTheNextAction(String text, String phrase) {
        assertEquals(phrase, text.substring(0, Clauses.phraseEnd(text, 0, text.length())).strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gunfire broke out in Uzgen{nl}- in Osh, youths threw stones.   | Gunfire broke out in Uzgen/in Osh, youths threw stones.
            TROOPS ARRIVED IN BATKEN{nl}WHILE IN OSH THE CROWD STAYED.     | TROOPS ARRIVED IN BATKEN/WHILE IN OSH THE CROWD STAYED.
            Police fled,{tab}but protesters stayed in Naryn.               | Police fled/but protesters stayed in Naryn.
            """)
    void sentencesAreCutAcrossLineBreaksAndTabs(String written, String expected) {
        String sentence = Spaced.text(written);
        List<String> clauses = Clauses.of(sentence).stream()
                .map(span -> sentence.substring(span[0], span[1]).strip())
                .toList();
        assertEquals(Arrays.asList(expected.split("/")), clauses);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SEIZED THE GOVERNOR'S OFFICE IN NARYN{nl}AND THEN BURNED THE ARCHIVE.  | SEIZED THE GOVERNOR'S OFFICE IN NARYN
            stormed the TV station in Karakol{tab}WHILE police watched.            | stormed the TV station in Karakol
            """)
    void thePhraseEndsAtTheNextActionAcrossLineBreaksAndTabs(String written, String phrase) {
        String text = Spaced.text(written);
        assertEquals(phrase, text.substring(0, Clauses.phraseEnd(text, 0, text.length())).strip());
    }
}
