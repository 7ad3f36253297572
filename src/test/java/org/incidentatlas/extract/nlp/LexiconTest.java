package org.incidentatlas.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.incidentatlas.model.IncidentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences here are written for these tests. */
class LexiconTest {

    private static EnglishNlp nlp;
    private static LexiconMatcher english;

    @BeforeAll
    static void load() {
        nlp = EnglishNlp.shared();
        english = new LexiconMatcher(Lexicon.english());
    }

    private static List<LexiconMatch> matches(String text) {
        NlpSentence s = nlp.analyse(text, 0, text.length());
        List<LexiconMatch> found = english.find(s);
        for (LexiconMatch m : found) {
            // Spans come from the tokens' offsets.
            assertEquals(s.token(m.firstToken()).start(), m.start());
            assertEquals(s.token(m.endToken() - 1).end(), m.end());
        }
        return found;
    }

    private static LexiconMatch only(String text) {
        List<LexiconMatch> found = matches(text);
        assertEquals(1, found.size(), () -> "one match in \"" + text + "\": " + found.stream().map(m -> m.rule().name()).toList());
        return found.get(0);
    }

    @Test
    void theEnglishRulesLoad() {
        Lexicon lexicon = Lexicon.english();
        assertTrue(lexicon.rules().size() >= 30);
        assertTrue(lexicon.rules().stream().anyMatch(r -> r.retaken()));
        for (IncidentType type : IncidentType.values()) {
            assertTrue(lexicon.rules().stream().anyMatch(r -> r.type() == type), type.code());
        }
    }

    @Test
    void seizures() {
        String text = "Protesters seized the regional administration building in Naryn.";
        LexiconMatch m = only(text);
        assertEquals("seizure: seized", m.rule().name());
        assertEquals("seized", m.text(text));
        assertEquals(IncidentType.SEIZURE, m.rule().type());
        assertEquals("took over", only("Hundreds of young men took over the mayor's office.").text(
                "Hundreds of young men took over the mayor's office."));
        String control = "Opposition supporters took control of the airport on Sunday.";
        assertEquals("took control of", only(control).text(control));
        String stormed = "Young men stormed into the governor's office.";
        assertEquals("stormed into", only(stormed).text(stormed));
        assertEquals("seizure: overran", only("Rebels overran the border post at dawn.").rule().name());
    }

    @Test
    void theNounStormIsNoSeizure() {
        assertEquals(List.of(), matches("The storm of criticism grew all week."));
    }

    @Test
    void retakings() {
        String text = "Police regained control of the building on Friday.";
        LexiconMatch m = only(text);
        assertTrue(m.rule().retaken());
        assertEquals("regained control of", m.text(text));
        assertTrue(only("Troops retook the television centre.").rule().retaken());
        String back = "Security forces took back the hall within hours.";
        assertEquals("took back", only(back).text(back));
    }

    @Test
    void clashesGunfireAndRiots() {
        assertEquals("clash: clashes", only("Clashes broke out near the bazaar.").rule().name());
        String fire = "Troops opened fire on the crowd.";
        assertEquals("opened fire", only(fire).text(fire));
        assertEquals("clash: fought", only("The two groups fought near the market.").rule().name());
        assertEquals("clash: riot", only("Riots spread to three towns.").rule().name());
        assertEquals(List.of(), matches("Riot police lined the square."));
    }

    @Test
    void aRegularFormTheLemmatizerMissesStillMatches() {
        assertEquals("looted", only("Crowds looted shops along the main road.").text("Crowds looted shops along the main road."));
    }

    @Test
    void surfaceFormsInOtherScriptsMatch() {
        Lexicon russian = Lexicon.parse("""
                {"rules": [{"name": "seizure: захватили", "type": "seizure", "retaken": false, "pattern": "захватили"},
                           {"name": "clash: столкновения", "type": "clash", "pattern": "(столкновения|столкновений)"}]}
                """);
        LexiconMatcher matcher = new LexiconMatcher(russian);
        String text = "Сторонники оппозиции ЗАХВАТИЛИ здание администрации после столкновений.";
        List<LexiconMatch> found = matcher.find(nlp.analyse(text, 0, text.length()));
        assertEquals(List.of("ЗАХВАТИЛИ", "столкновений"), found.stream().map(m -> m.text(text)).toList());
        assertEquals(IncidentType.CLASH, found.get(1).rule().type());
    }

    @Test
    void thePrefilterNeedsNoTags() {
        String yes = "The crowd fought its way in.";
        String no = "The minister spoke to reporters on Tuesday.";
        assertTrue(english.mayMatch(yes));
        assertFalse(english.mayMatch(no));
    }

    @Test
    void everyRuleMatchesTheTwoExamplesWrittenBesideIt() throws Exception {
        // The examples are sentences of our own, in no corpus: each shows what its rule is for.
        com.fasterxml.jackson.databind.JsonNode declared;
        try (var in = Lexicon.class.getResourceAsStream(Lexicon.ENGLISH)) {
            declared = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("rules");
        }
        Lexicon lexicon = Lexicon.english();
        LexiconMatcher matcher = new LexiconMatcher(lexicon);
        List<String> failures = new java.util.ArrayList<>();
        for (int i = 0; i < lexicon.rules().size(); i++) {
            LexiconRule rule = lexicon.rules().get(i);
            com.fasterxml.jackson.databind.JsonNode examples = declared.get(i).path("examples");
            if (examples.size() < 2) {
                failures.add(rule.name() + " (" + rule.pattern() + "): fewer than two examples");
            }
            for (com.fasterxml.jackson.databind.JsonNode example : examples) {
                String text = example.asText();
                boolean matched = matcher.findAll(nlp.analyse(text, 0, text.length())).stream()
                        .anyMatch(m -> m.rule() == rule);
                if (!matched) {
                    failures.add(rule.name() + " (" + rule.pattern() + ") does not match its example: " + text);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyWordOfTheEnglishRulesIsOneToken() {
        // A word the tokenizer splits ("take-over") could never match a token: the rule would be dead.
        for (LexiconRule rule : Lexicon.english().rules()) {
            for (LexiconRule.Element e : rule.elements()) {
                for (String w : e.words()) {
                    assertEquals(1, opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenize(w).length,
                            rule.name() + ": \"" + w + "\" in " + rule.pattern());
                }
            }
        }
    }

    @Test
    void aHyphenatedTriggerMatchesAcrossItsTokens() {
        String text = "Police fought hand-to-hand with the crowd after the take-over of the mayor's office.";
        assertEquals(List.of("fought", "hand-to-hand", "take-over of"), matches(text).stream().map(m -> m.text(text)).toList());
    }

    @Test
    void badPatternsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LexiconRule.of("x", IncidentType.CLASH, false, "*2 clash"));
        assertThrows(IllegalArgumentException.class, () -> LexiconRule.of("x", IncidentType.CLASH, false, "clash? fire"));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse("{\"rules\": [{\"name\": \"x\", \"type\": \"clash\"}]}"));
    }
}
