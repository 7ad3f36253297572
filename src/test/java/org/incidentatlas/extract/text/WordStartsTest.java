package org.incidentatlas.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast searches give the answers a plain {@link Matcher#find()} gives. */
class WordStartsTest {

    private static final List<Pattern> ONE_WORD_AT_END = List.of(
            Pattern.compile("(?i)\\bto\\s+$"),
            Pattern.compile("(?i)\\b(?:was|were|been|being|got)\\s+$"),
            Pattern.compile("(?i)\\b(?:killing|killed)\\s*$"));
    private static final Pattern STARTS_WITH_A_WORD = Pattern.compile("(?i)\\b(?:refuge|asylum)\\s+in\\s+$|\\bsaid\\b");

    @ParameterizedTest
    @ValueSource(strings = {"protesters came to ", "they went To  ", "the road to\t", "tomato ", "potato to",
        "headed to Osh", "to ", "", "   ", "motto_to ", "5 to ", "the office was ", "they were attacked and were ",
        "had been\n", "Wasn't ", "clashes killing", "clashes killed  ", "shot, killing\n ", "unkilled ",
        "went to the town to ", "é to "})
    void lastWordAnswersAsFind(String text) {
        for (Pattern p : ONE_WORD_AT_END) {
            assertEquals(viaFind(p, text), describe(WordStarts.lastWord(p, text)), p + " on \"" + text + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"they sought refuge in ", "Officials said", "unsaid things", "the asylum in Osh", "",
        "He SAID so", "refuge  in  "})
    void firstAnswersAsFind(String text) {
        assertEquals(viaFind(STARTS_WITH_A_WORD, text), describe(WordStarts.first(STARTS_WITH_A_WORD, text)));
    }

    private static String viaFind(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.start() + "-" + m.end() : "none";
    }

    private static String describe(MatchResult r) {
        return r == null ? "none" : r.start() + "-" + r.end();
    }
}
