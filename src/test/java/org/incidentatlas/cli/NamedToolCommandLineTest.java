package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/**
 * {@code Main} builds only the tool a command line names: whatever the user types, what is printed and
 * the exit code are those of the command line with every tool.
 */
class NamedToolCommandLineTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run asMainRuns(String... args) {
        return run(IncidentAtlasCommand.commandLine(files -> {
            throw new AssertionError("the window must not open");
        }, args), args);
    }

    private static Run withEveryTool(String... args) {
        return run(IncidentAtlasCommand.commandLine(files -> {
            throw new AssertionError("the window must not open");
        }), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--help", "--version", "-h", "rendr --center 1,2", "--no-such-option", "help render",
        "render", "render --help", "render -V", "render --center Osh --zoom 7 --out x.png",
        "render --center 40,72 --zoom 99 --out x.png", "render --center 40,72 --zoom 7 --size 3x3 --out x.png",
        "render --center 40,72 --zoom 7 --out", "render --out compare --center 40,72", "render compare",
        "render --incidents e.geojson --center 40,72 --zoom 7 --out x.png",
        "animate", "animate --help", "compare --help", "convert", "convert --help",
        "extract", "extract --help", "geocode --help", "evaluate", "evaluate --help",
    })
    void printsAndReturnsWhatTheCommandLineWithEveryToolDoes(String line) {
        String[] args = line.split(" ");
        Run expected = withEveryTool(args);
        Run actual = asMainRuns(args);
        assertEquals(expected.exit(), actual.exit(), line);
        assertEquals(expected.out(), actual.out(), line);
        assertEquals(expected.err(), actual.err(), line);
    }

    @Test
    void aRunOfOneToolBuildsThatToolAlone() {
        String out = dir.resolve("map.png").toString();
        assertEquals(Set.of("render"), IncidentAtlasCommand.commandLine(files -> { },
                "render", "--center", "40,72", "--zoom", "7", "--out", out).getSubcommands().keySet());
        assertEquals(Set.of("evaluate", "extract", "geocode", "render", "animate", "convert", "compare"),
                IncidentAtlasCommand.commandLine(files -> { }, "--help").getSubcommands().keySet());
    }

    @Test
    void theHelpListsEveryToolInItsOrder() {
        String help = asMainRuns("--help").out();
        List<String> tools = List.of("evaluate", "extract", "geocode", "render", "animate", "convert", "compare");
        int previous = -1;
        for (String tool : tools) {
            int at = help.indexOf("\n  " + tool + " ");
            assertTrue(at > previous, tool + " after the one before it in:\n" + help);
            previous = at;
        }
    }
}
