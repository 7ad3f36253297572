package org.incidentatlas.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The developer tools are reachable as their README section says, and the benchmarks were generated. */
class ToolsTest {

    @Test
    void helpListsTheBuildersAndTheBenchmarks() {
        CommandLine cli = Tools.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--help"));
        for (String tool : List.of("bench", "build-gazetteer", "build-basemap")) {
            assertTrue(out.toString().contains(tool), tool + " in: " + out);
        }
    }

    @Test
    void everyBenchmarkClassIsKnownToJmh() throws IOException {
        // JMH's annotation processor writes this list when it compiles the tools source set; a class
        // missing from it would make "bench REGEX" silently measure nothing.
        String list;
        try (InputStream in = ToolsTest.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "META-INF/BenchmarkList: the JMH processor did not run on src/tools/java");
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String benchmark : List.of("GeocoderBenchmark", "ExtractionBenchmark", "TileRenderBenchmark", "TimelineBenchmark")) {
            assertTrue(list.contains("org.incidentatlas.bench." + benchmark), benchmark);
        }
    }

    @Test
    void theAppsCommandLineDoesNotCarryTheTools() {
        CommandLine app = org.incidentatlas.cli.IncidentAtlasCommand.commandLine(basemap -> { });
        for (String tool : List.of("bench", "build-gazetteer", "build-basemap")) {
            assertFalse(app.getSubcommands().containsKey(tool), tool + " is a developer tool, not an app command");
        }
    }
}
