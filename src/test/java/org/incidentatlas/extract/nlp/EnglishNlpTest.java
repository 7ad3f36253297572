package org.incidentatlas.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences here are written for these tests. */
class EnglishNlpTest {

    private static EnglishNlp nlp;

    @BeforeAll
    static void load() {
        nlp = EnglishNlp.shared();
    }

    /** Every token is cut from the original at its offsets, holds no white space, and tokens go forward without overlap. */
    private static void assertExactOffsets(String text, NlpSentence sentence) {
        int previousEnd = sentence.start();
        for (Token t : sentence.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()), "token text at its offsets");
            assertTrue(t.start() >= previousEnd, "tokens in order, not overlapping: " + t);
            assertTrue(t.end() <= sentence.end(), "token inside its sentence: " + t);
            assertFalse(t.text().isEmpty());
            for (char c : t.text().toCharArray()) {
                assertFalse(Character.isWhitespace(c) || Character.isSpaceChar(c), "no white space inside " + t);
            }
            previousEnd = t.end();
        }
    }

    private static List<String> texts(NlpSentence s) {
        return s.tokens().stream().map(Token::text).toList();
    }

    private static List<String> lemmas(NlpSentence s) {
        return s.tokens().stream().map(Token::lemma).toList();
    }

    private static List<String> tags(NlpSentence s) {
        return s.tokens().stream().map(Token::tag).toList();
    }

    private static Token find(NlpSentence s, String text) {
        return s.tokens().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token \"" + text + "\" in " + texts(s)));
    }

    private static NlpSentence one(String text) {
        return nlp.analyse(text, 0, text.length());
    }

    @Test
    void offsetsAreExactOnTrickyText() {
        String text = "The U.S.\u00a0envoy said “about 1,000 men” — armed\twith sticks — took over the mayor’s office\n"
                + "in Jalal-Abad on May 13; police didn't\u202Fcome. Сторонники захватили здание.\r\n\r\nA second paragraph\u2009here.";
        List<NlpSentence> sentences = nlp.sentences(text);
        assertTrue(sentences.size() >= 2, "sentences: " + sentences.size());
        for (NlpSentence s : sentences) {
            assertExactOffsets(text, s);
        }
        List<String> all = sentences.stream().flatMap(s -> texts(s).stream()).toList();
        // Tokens are OpenNLP's SimpleTokenizer's: runs of letters, of digits, and each other mark alone, so a
        // lexicon word is never half a token and the lexicon's gate can read the same words from the text.
        for (String expected : List.of("U", ".", "envoy", "1", ",", "000", "“", "”", "—", "armed", "with", "mayor", "’",
                "s", "office", "in", "Jalal", "-", "Abad", "13", "didn", "t", "come", "Сторонники", "захватили", "second",
                "paragraph", "here")) {
            assertTrue(all.contains(expected), "token \"" + expected + "\" in " + all);
        }
    }

    @Test
    void analysesAGivenSpanWithOffsetsIntoTheWholeText() {
        String text = "Headline words. Protesters seized the\u00a0hall in Osh. Trailing words.";
        int start = text.indexOf("Protesters");
        int end = text.indexOf("Osh.") + 4;
        NlpSentence s = nlp.analyse(text, start, end);
        assertEquals(start, s.start());
        assertEquals(end, s.end());
        assertExactOffsets(text, s);
        assertEquals(List.of("Protesters", "seized", "the", "hall", "in", "Osh", "."), texts(s));
        assertEquals(start, s.token(0).start());
    }

    @Test
    void lemmatizesSeizureAndClashVerbs() {
        assertEquals("seize", find(one("Police seized the weapons."), "seized").lemma());
        assertEquals("seize", find(one("Men are seizing the building now."), "seizing").lemma());
        assertEquals("seize", find(one("He seizes the radio station."), "seizes").lemma());
        for (String verb : List.of("seized", "seizing", "seizes")) {
            String text = verb.equals("seized") ? "Police seized the weapons." : verb.equals("seizing")
                    ? "Men are seizing the building now." : "He seizes the radio station.";
            assertTrue(find(one(text), verb).isVerb(), verb + " is a verb");
        }
        assertEquals("take", find(one("Demonstrators took the town hall."), "took").lemma());
        assertEquals("take", find(one("The town hall was taken by demonstrators."), "taken").lemma());
        assertEquals("storm", find(one("Young men stormed the governor's office."), "stormed").lemma());
        assertEquals("fight", find(one("The two groups fought near the market."), "fought").lemma());
        Token overran = find(one("Rebels overran the border post on Friday."), "overran");
        assertEquals("overrun", overran.lemma());
        assertTrue(overran.isVerb());
        Token clashes = find(one("The clashes left two people dead."), "clashes");
        assertEquals("clash", clashes.lemma());
        assertTrue(clashes.isNoun());
    }

    @Test
    void tellsTheNounStormFromTheVerb() {
        Token noun = find(one("The storm of protest grew all week."), "storm");
        Token verb = find(one("Each night they storm the barracks."), "storm");
        assertTrue(noun.isNoun(), noun.toString());
        assertTrue(verb.isVerb(), verb.toString());
        assertEquals("storm", noun.lemma());
        assertEquals("storm", verb.lemma());
    }

    @Test
    void capitalsGetTheLemmasAndTagsOfOrdinaryText() {
        String ordinary = "Protesters seized the regional government building and clashed with police.";
        String capitals = ordinary.toUpperCase(java.util.Locale.ROOT);
        NlpSentence lower = one(ordinary);
        NlpSentence upper = one(capitals);
        assertExactOffsets(capitals, upper);
        assertEquals(lemmas(lower), lemmas(upper));
        assertEquals(tags(lower), tags(upper));
        assertEquals("seize", find(upper, "SEIZED").lemma());
    }

    @Test
    void lineBreaksTabsAndNoBreakSpacesDoNotChangeTokensTagsOrLemmas() {
        String plain = "Hundreds joined the protest yesterday and then seized the mayor's office.";
        for (String odd : List.of(plain.replace("protest ", "protest\n"), plain.replace("protest ", "protest\r\n"),
                plain.replace(" ", "\t"), plain.replace(" ", "\u00a0"), plain.replace("the ", "the\u202F"))) {
            NlpSentence s = one(odd);
            assertExactOffsets(odd, s);
            assertEquals(lemmas(one(plain)), lemmas(s), odd);
            assertEquals(tags(one(plain)), tags(s), odd);
        }
        assertEquals("protest", find(one("They joined the protest\nin the square."), "protest").lemma());
    }

    @Test
    void otherScriptsGiveTokensWithOffsetsAndTheirOwnLowerCaseForm() {
        String text = "Сторонники оппозиции ЗАХВАТИЛИ здание администрации в Бишкеке 24 марта.";
        List<NlpSentence> sentences = nlp.sentences(text);
        List<Token> tokens = sentences.stream().flatMap(s -> s.tokens().stream()).toList();
        for (NlpSentence s : sentences) {
            assertExactOffsets(text, s);
        }
        Token verb = tokens.stream().filter(t -> t.text().equals("ЗАХВАТИЛИ")).findFirst().orElseThrow();
        assertEquals("захватили", verb.lemma());
        assertEquals("X", verb.tag());
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("Бишкеке") && t.lemma().equals("бишкеке")));
    }

    @Test
    void emptyAndBlankTextGiveNoTokens() {
        assertEquals(List.of(), nlp.sentences(""));
        assertEquals(List.of(), nlp.sentences(" \n\t "));
        assertEquals(0, nlp.analyse("   ", 0, 3).size());
    }

    @Test
    void blankLinesEndSentences() {
        String text = "Protest grows in the south\n\nCrowds gathered in Osh on Monday. They stayed.";
        List<int[]> spans = nlp.sentenceSpans(text);
        assertEquals(3, spans.size());
        assertEquals("Protest grows in the south", text.substring(spans.get(0)[0], spans.get(0)[1]));
        assertEquals("They stayed.", text.substring(spans.get(2)[0], spans.get(2)[1]));
    }

    @Test
    void twoThreadsGetTheSameResultAsOne() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append("Armed men stormed the district office in Talas on day ").append(i)
                    .append(" and clashed with riot police.\nThe storm of protest spread; police retook the building.\n\n");
        }
        String text = b.toString();
        List<NlpSentence> expected = EnglishNlp.shared().newAnalyzer().sentences(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<List<List<NlpSentence>>> work = () -> {
                start.await();
                List<List<NlpSentence>> runs = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    runs.add(nlp.sentences(text));
                }
                return runs;
            };
            Future<List<List<NlpSentence>>> a = pool.submit(work);
            Future<List<List<NlpSentence>>> c = pool.submit(work);
            start.countDown();
            for (List<NlpSentence> run : a.get()) {
                assertEquals(expected, run);
            }
            for (List<NlpSentence> run : c.get()) {
                assertEquals(expected, run);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingModelIsNamedWithItsArtifact() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> EnglishNlp.load(empty));
            assertTrue(e.getMessage().contains(EnglishNlp.POS_MODEL), e.getMessage()); // the one model extraction loads at once
            assertTrue(e.getMessage().contains("opennlp-models-pos-en"), e.getMessage());
        }
    }
}
