package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class GeocodeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        CommandLine cli = IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("the window must not open");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aKnownNamePrintsOnePlaceAsJsonAndExitsZero() throws Exception {
        assertEquals(0, run("geocode", "Jalalabad"));
        JsonNode place = json.readTree(out.toString());
        assertEquals(List.of("id", "name", "kind", "lat", "lon", "country", "admin"),
                iterable(place.fieldNames()));
        assertEquals("geonames:1528249", place.get("id").asText());
        assertEquals("Jalal-Abad", place.get("name").asText());
        assertEquals("city", place.get("kind").asText());
        assertEquals(40.93333, place.get("lat").asDouble(), 1e-5);
        assertEquals(73.0, place.get("lon").asDouble(), 1e-5);
        assertEquals("KG", place.get("country").asText());
        assertEquals("region:KG-J", place.get("admin").asText());
        assertEquals("", err.toString());
    }

    @Test
    void moscowIsRussiasCapital() throws Exception {
        assertEquals(0, run("geocode", "Moscow"));
        assertEquals("RU", json.readTree(out.toString()).get("country").asText());
    }

    @Test
    void anUnknownNameSaysSoOnStderrAndExitsTwoForNothingDone() {
        assertEquals(2, run("geocode", "Oshkosh"));
        assertEquals("", out.toString());
        assertEquals("geocode: no place named 'Oshkosh' in the gazetteer", err.toString().strip());
    }

    @Test
    void aTextFileGivesOneJsonLinePerMentionWithSpans() throws Exception {
        String text = "Gunfire in Jalal'abad; Osh's mayor and a reporter in Moscow.";
        Path file = Files.writeString(dir.resolve("report.txt"), text, StandardCharsets.UTF_8);
        assertEquals(0, run("geocode", "--text", file.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size());
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("Jalal'abad", first.get("surface").asText());
        assertEquals("geonames:1528249", first.get("id").asText());
        assertEquals("Jalal'abad", text.substring(first.get("start").asInt(), first.get("end").asInt()));
        assertTrue(first.get("inMapArea").asBoolean());
        JsonNode osh = json.readTree(lines.get(1));
        assertEquals("Osh", osh.get("surface").asText());
        JsonNode moscow = json.readTree(lines.get(2));
        assertEquals("geonames:524901", moscow.get("id").asText());
        assertEquals(false, moscow.get("inMapArea").asBoolean());
    }

    @Test
    void aMissingFileIsNamedOnStderr() {
        Path missing = dir.resolve("nope.txt");
        assertEquals(2, run("geocode", "--text", missing.toString()));
        assertEquals("geocode: " + missing + ": does not exist", err.toString().strip());
    }

    @Test
    void aNameOrATextIsRequired() {
        assertEquals(2, run("geocode"));
        assertTrue(err.toString().contains("Missing required"), err.toString());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
