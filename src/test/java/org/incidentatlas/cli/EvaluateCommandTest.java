package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code evaluate} as a user runs it: on the five seed articles, on the development corpus, and on bad input. */
class EvaluateCommandTest {

    /** The development corpus beside the project (not in the repository); tests on it skip when it is absent. */
    static final Path CORPUS = Path.of("../shared/corpus");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("no window");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path article(String name, String published, String body) throws IOException {
        String header = "---\ntitle:\noutlet: Test Wire\npublished: " + published + "\ndateline:\nurl:\n---\n";
        return Files.write(dir.resolve(name), (header + body).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every seizure and clash of seeds.json is found and nothing else is coded: 12 incidents, 17 must items
     * (an incident is a must item of each article of its evidence: 000 five, 001 one, 003 seven, 004 four).
     */
    @Test
    void theSeedArticlesScoreFullRecallWithoutFalsePositives() {
        int code = run("evaluate", "--gold", "src/test/resources/gold/seeds.json", "data/articles",
                "--min-recall", "1", "--max-false", "0");
        assertEquals(0, code, err.toString() + out);
        String text = out.toString();
        assertTrue(text.lines().anyMatch(l -> l.matches("all\\s+17\\s+17\\s+1\\.000\\s+17\\s+0\\s+1\\.000\\s+1\\.000")), text);
        assertFalse(text.contains("MISS") || text.contains("FALSE"), text);
        assertEquals("", err.toString());
    }

    @Test
    void theCorpusIsScoredAndKeepsTheFloorOfCi() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("articles")), "no development corpus at " + CORPUS.toAbsolutePath());
        Map<String, String> floor = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(".ci/evaluate-floor"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                floor.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip());
            }
        }
        Path json = dir.resolve("score.json");
        int code = run("evaluate", "--gold", CORPUS.resolve("gold.json").toString(), CORPUS.resolve("articles").toString(),
                "--min-recall", floor.get("min-recall"), "--max-false", floor.get("max-false"), "--json", json.toString());
        String text = out.toString();
        System.out.println("evaluate on the corpus:\n"
                + text.substring(text.indexOf("type ")));
        assertEquals(0, code, err.toString() + "\n" + text);
        for (String type : new String[] {"seizure", "clash", "all"}) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(type + " ")), text);
        }
        JsonNode summary = new ObjectMapper().readTree(json.toFile());
        assertEquals(29, summary.get("articles").size());
        assertTrue(summary.at("/totals/all/must").asInt() > 0);
        assertEquals("", err.toString(), "every article of the gold is among the inputs");
    }

    @Test
    void aThresholdNotMetExitsOneAndSaysWhich() throws IOException {
        article("talas.txt", "2010-05-14", "Protesters stormed the regional administration building in Talas on Thursday.\n");
        Path gold = Files.writeString(dir.resolve("gold.json"), """
                {"places": {"Talas": [42.5228, 72.2427], "Osh": [40.5283, 72.7985]},
                 "articles": {"talas": {"must": [["2010-05-13", "Talas", "seizure"], ["2010-05-14", "Osh", "clash"]]},
                              "elsewhere": {"must": [["2010-05-14", "Osh", "clash"]]}}}
                """);
        assertEquals(0, run("evaluate", "--gold", gold.toString(), dir.resolve("talas.txt").toString(), "--max-false", "0"));
        assertTrue(out.toString().contains("MISS  2010-05-14 Osh clash"), out.toString());
        assertTrue(out.toString().contains("closest: no clash from this article"), out.toString());
        assertTrue(err.toString().contains("gold articles not among the inputs (not scored): elsewhere"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(EvaluateCommand.BELOW_THRESHOLD,
                run("evaluate", "--gold", gold.toString(), dir.resolve("talas.txt").toString(), "--min-recall", "0.6"));
        assertTrue(err.toString().contains("evaluate: FAILED: recall 0.500 is below --min-recall 0.600"), err.toString());
    }

    @Test
    void tooManyFalsePositivesExitOne() throws IOException {
        article("naryn.txt", "2010-05-14", "Gunfire broke out in Uzgen on Friday.\n");
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\"articles\": {\"naryn\": {\"must\": [], \"may\": []}}}");
        assertEquals(EvaluateCommand.BELOW_THRESHOLD, run("evaluate", "--gold", gold.toString(), dir.toString(), "--max-false", "0"));
        assertTrue(out.toString().contains("FALSE 2010-05-14 clash Uzgen [city]"), out.toString());
        assertTrue(err.toString().contains("evaluate: FAILED: false positives 1, more than --max-false 0"), err.toString());
    }

    @Test
    void anUnreadableGoldExitsTwoWithOneLineNamingIt() throws IOException {
        article("a.txt", "2010-05-14", "Nothing happened.\n");
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\"articles\": {\"a\": {\"must\": [[\"May 13\", \"Osh\", \"clash\"]]}}}");
        assertEquals(EvaluateCommand.BAD_INPUT, run("evaluate", "--gold", gold.toString(), dir.toString()));
        assertEquals("evaluate: " + gold + ": article 'a', must item 1: 'May 13' is not a date (YYYY-MM-DD) or a range"
                + " (YYYY-MM-DD..YYYY-MM-DD)", err.toString().strip());
        assertEquals("", out.toString());

        err.getBuffer().setLength(0);
        assertEquals(EvaluateCommand.BAD_INPUT, run("evaluate", "--gold", dir.resolve("none.json").toString(), dir.toString()));
        assertEquals("evaluate: " + dir.resolve("none.json") + ": does not exist", err.toString().strip());
    }

    @Test
    void anUnreadableArticleOrBadThresholdExitsTwo() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\"articles\": {}}");
        assertEquals(EvaluateCommand.BAD_INPUT, run("evaluate", "--gold", gold.toString(), dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("nope: does not exist"), err.toString());
        assertEquals(EvaluateCommand.BAD_INPUT, run("evaluate", "--gold", gold.toString(), "--min-recall", "1.5", dir.toString()));
        assertTrue(err.toString().contains("--min-recall must lie between 0 and 1"), err.toString());
    }
}
