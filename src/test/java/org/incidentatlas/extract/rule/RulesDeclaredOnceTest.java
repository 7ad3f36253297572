package org.incidentatlas.extract.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.extract.EventExtractor;
import org.incidentatlas.extract.nlp.EnglishNlp;
import org.incidentatlas.extract.nlp.Lexicon;
import org.incidentatlas.extract.nlp.LexiconMatcher;
import org.incidentatlas.extract.nlp.NlpSentence;
import org.incidentatlas.extract.text.SentenceSplitter;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trigger rules are declared once, in the lexicon; the only speed gates (the sentence gate
 * before tagging and the matcher's first-word index) are derived from that declaration. This
 * checks that they change nothing: every sentence of the corpora, as written and with its spaces
 * turned into line breaks, tabs or no-break spaces, or in capitals, gives the same triggers gated
 * and ungated. White space of another kind also gives the same incidents as the original article:
 * "protest" before a line break is still a protest, "in" before one still places the event.
 */
class RulesDeclaredOnceTest {

    /** Sentences of our own, beside the corpora, with the kinds of white space the checks vary. */
    private static final List<String> OWN_SENTENCES = List.of(
            "Demonstrators stormed the mayor's office in Uzgen on Tuesday and held it overnight.",
            "A protest was held outside the district administration; police fired tear gas.",
            "Troops retook the television station, forcing the occupiers to leave.",
            "The rally turned violent when youths threw stones at the police.",
            "Officials said the airport had not been captured and that talks would continue.",
            "Supporters of the former governor were ousted from the building by security forces.");

    private static final Map<String, UnaryOperator<String>> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("as written", s -> s);
        VARIANTS.put("line breaks", s -> s.replace(' ', '\n'));
        VARIANTS.put("tabs", s -> s.replace(' ', '\t'));
        VARIANTS.put("no-break spaces", s -> s.replace(' ', '\u00a0'));
        VARIANTS.put("capitals", s -> s.toUpperCase(Locale.ROOT));
    }

    private static final TriggerFinder GATED = new TriggerFinder();
    private static final TriggerFinder UNGATED = new TriggerFinder(EnglishNlp.shared(), false);
    private static final LexiconMatcher MATCHER = new LexiconMatcher(Lexicon.english());

    private static List<String> seedSentences;

    @BeforeAll
    static void read() throws IOException {
        seedSentences = sentencesOf(Path.of("data/articles"));
    }

    private static List<String> sentencesOf(Path folder) throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> sentences = new ArrayList<>();
        for (Article a : articles(folder)) {
            for (int[] s : splitter.split(a.body())) {
                sentences.add(a.body().substring(s[0], s[1]));
            }
        }
        return sentences;
    }

    private static List<Article> articles(Path folder) throws IOException {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    articles.add(reader.read(f));
                } catch (Exception e) {
                    throw new AssertionError(f + ": " + e.getMessage(), e);
                }
            }
        }
        return articles;
    }

    private static Path corpus() {
        Path dir = Path.of("../shared/corpus/articles");
        assumeTrue(Files.isDirectory(dir), "no development corpus at " + dir.toAbsolutePath());
        return dir;
    }

    @Test
    void gatedAndUngatedAgreeOnOurSentencesAndTheSeeds() {
        List<String> all = new ArrayList<>(OWN_SENTENCES);
        all.addAll(seedSentences);
        assertGateChangesNothing(all);
    }

    @Test
    void gatedAndUngatedAgreeOnTheDevelopmentCorpus() throws IOException {
        assertGateChangesNothing(sentencesOf(corpus()));
    }

    @Test
    void ourSentencesKeepTheirTriggersWhateverTheWhiteSpace() {
        for (String sentence : OWN_SENTENCES) {
            String original = describe(GATED.find(sentence));
            assertFalse(original.isEmpty(), "no trigger in: " + sentence);
            for (String variant : List.of("line breaks", "tabs", "no-break spaces")) {
                assertEquals(original, describe(GATED.find(VARIANTS.get(variant).apply(sentence))),
                        variant + ": " + sentence);
            }
        }
    }

    @Test
    void theSeedsGiveTheSameIncidentsWhateverTheWhiteSpace() throws IOException {
        assertSameIncidentsWhateverTheWhiteSpace(articles(Path.of("data/articles")));
    }

    @Test
    void theCorpusGivesTheSameIncidentsWhateverTheWhiteSpace() throws IOException {
        assertSameIncidentsWhateverTheWhiteSpace(articles(corpus()));
    }

    private static void assertGateChangesNothing(List<String> sentences) {
        List<String> differences = new ArrayList<>();
        int candidates = 0;
        for (String sentence : sentences) {
            for (Map.Entry<String, UnaryOperator<String>> v : VARIANTS.entrySet()) {
                String text = v.getValue().apply(sentence);
                String gated = describe(GATED.find(text));
                String ungated = describe(UNGATED.find(text));
                if (!gated.equals(ungated)) {
                    differences.add(v.getKey() + ": " + text + "\n  gated:   " + gated + "\n  ungated: " + ungated);
                }
                NlpSentence analysed = EnglishNlp.shared().analyse(text, 0, text.length());
                String indexed = MATCHER.findAll(analysed).toString();
                if (!indexed.equals(MATCHER.findAllTryingEveryRule(analysed).toString())) {
                    differences.add(v.getKey() + ": the first-word index changes the matches of " + text);
                }
                if (!ungated.isEmpty()) {
                    candidates++;
                }
            }
        }
        assertEquals(List.of(), differences);
        assertFalse(candidates == 0, "no sentence had a trigger: the check would pass for nothing");
    }

    private static void assertSameIncidentsWhateverTheWhiteSpace(List<Article> articles) {
        EventExtractor extractor = new EventExtractor(new Geocoder(Gazetteer.bundled()));
        String original = keys(extractor, articles, s -> s);
        assertFalse(original.isEmpty(), "no incident: the check would pass for nothing");
        for (String variant : List.of("tabs", "no-break spaces")) {
            // Spaces only between words: a line break would change paragraphs, which is meant to matter.
            UnaryOperator<String> between = VARIANTS.get(variant);
            assertEquals(original, keys(extractor, articles, between), variant);
        }
    }

    /** Each incident as "date type place", its spaces changed as the variant does to the bodies. */
    private static String keys(EventExtractor extractor, List<Article> articles, UnaryOperator<String> variant) {
        List<Article> changed = articles.stream().map(a -> new Article(a.id(), a.title(), a.outlet(), a.published(),
                a.dateline(), a.url(), variant.apply(a.body()))).toList();
        return extractor.extract(changed).incidents().stream()
                .map(i -> i.date() + " " + i.type().code() + " " + i.place().name())
                .sorted().collect(Collectors.joining("\n"));
    }

    private static String describe(List<Trigger> triggers) {
        return triggers.stream()
                .map(t -> t.start() + "-" + t.end() + " " + t.rule() + (t.accepted() ? " " + t.targets() : " rejected"))
                .collect(Collectors.joining("; "));
    }
}
