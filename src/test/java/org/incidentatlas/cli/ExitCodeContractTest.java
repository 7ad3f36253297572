package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.incidentatlas.testing.Fifo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The one exit-code contract (issue 16), command by command: 0 done, 1 partly done, 2 nothing done;
 * never a stack trace on stderr.
 */
class ExitCodeContractTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** As {@code Main} runs {@code args}: with the tool they name alone, or every tool. */
    private int run(String... args) {
        return run(IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("the window must not open");
        }, args), args);
    }

    private int run(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        assertFalse(err.toString().contains("\tat "), err.toString());
        return exit;
    }

    private Path article(String name, String header) throws Exception {
        String text = Files.readString(Path.of("data/articles/000_eeaf84d5f8c5e0cc.txt"));
        Path file = dir.resolve(name);
        Files.writeString(file, header.isEmpty() ? text : text.replaceFirst("(?m)^published:.*$", header));
        return file;
    }

    @Test
    void extract() throws Exception {
        Path good = article("good.txt", "");
        assertEquals(ExitCode.DONE, run("extract", good.toString(), "--out", dir.resolve("a.geojson").toString()));
        Path undated = article("undated.txt", "published:");
        assertEquals(ExitCode.PARTLY_DONE, run("extract", good.toString(), undated.toString(), "--out", dir.resolve("b.geojson").toString()));
        assertEquals(ExitCode.NOTHING_DONE, run("extract", dir.resolve("missing.txt").toString()));
    }

    @Test
    void geocode() throws Exception {
        assertEquals(ExitCode.DONE, run("geocode", "Jalalabad"));
        Path text = dir.resolve("none.txt");
        Files.writeString(text, "No place is named here.");
        assertEquals(ExitCode.DONE, run("geocode", "--text", text.toString()));
        assertEquals(ExitCode.NOTHING_DONE, run("geocode", "Oshkosh"));
        assertEquals(ExitCode.NOTHING_DONE, run("geocode", "--text", dir.toString()));
    }

    @Test
    void render() {
        assertEquals(ExitCode.DONE, run("render", "--center", "40.53,72.8", "--zoom", "8", "--size", "64x48",
                "--out", dir.resolve("map.png").toString()));
        assertEquals(ExitCode.NOTHING_DONE, run("render", "--center", "40.53,72.8", "--zoom", "NaN",
                "--out", dir.resolve("nan.png").toString()));
        assertEquals(ExitCode.NOTHING_DONE, run("render", "--center", "40.53,72.8", "--zoom", "8", "--size", "64x48",
                "--out", dir.toString()));
    }

    @Test
    void evaluate() throws Exception {
        Path good = article("000_eeaf84d5f8c5e0cc.txt", "");
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                {"places": {"Osh": [40.53, 72.80]},
                 "articles": {"000_eeaf84d5f8c5e0cc": {"must": [["2005-03-21", "Osh", "seizure"], ["2005-03-02", "Osh", "clash"]]}}}
                """);
        assertEquals(ExitCode.DONE, run("evaluate", "--gold", gold.toString(), good.toString()));
        assertEquals(ExitCode.PARTLY_DONE, run("evaluate", "--gold", gold.toString(), good.toString(), "--min-recall", "0.9"));
        Files.writeString(gold, "{\"articles\": ");
        assertEquals(ExitCode.NOTHING_DONE, run("evaluate", "--gold", gold.toString(), good.toString()));
        assertEquals(ExitCode.NOTHING_DONE, run("evaluate", "--gold", dir.toString(), good.toString()));
        assertTrue(err.toString().contains(dir + ": is a folder, not a file"), err.toString());
    }

    @Test
    void evaluateRefusesAGoldFifoInsteadOfReadingIt() throws Exception {
        Path good = article("000_eeaf84d5f8c5e0cc.txt", "");
        try (Fifo fifo = Fifo.create(dir.resolve("gold.json"), "{\"articles\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(fifo != null, "mkfifo is not available");
            assertEquals(ExitCode.NOTHING_DONE, run("evaluate", "--gold", fifo.path().toString(), good.toString()));
            assertTrue(err.toString().contains("is not a regular file"), err.toString());
        }
    }

    @Test
    void benchWithNoMatchingBenchmarkDidNothing() {
        // The benchmarks are a developer tool (src/tools/java), under the same contract.
        assertEquals(ExitCode.NOTHING_DONE, run(org.incidentatlas.tools.Tools.commandLine(),
                "bench", "NoBenchmarkIsNamedLikeThis", "--quick"));
        assertTrue(err.toString().startsWith("bench: "), err.toString());
    }

    @Test
    void usageErrorsAndHelp() {
        assertEquals(ExitCode.NOTHING_DONE, run("--no-such-option"));
        assertEquals(ExitCode.NOTHING_DONE, run("extract"));
        assertEquals(ExitCode.DONE, run("extract", "--help"));
        assertEquals(ExitCode.DONE, run("--version"));
    }
}
