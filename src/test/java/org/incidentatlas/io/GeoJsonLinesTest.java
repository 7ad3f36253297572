package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GeoJSON Lines (GDAL's GeoJSONSeq), the Spark job's output: written one feature per line, read as strictly as GeoJSON. */
class GeoJsonLinesTest {

    private final IncidentGeoJson geoJson = new IncidentGeoJson();
    private static List<Incident> bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void readBundled() throws Exception {
        bundled = new IncidentGeoJson().read(Path.of("data/events.geojson"));
    }

    private List<Incident> read(String text, String label) throws Exception {
        return geoJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), label, id -> Optional.empty());
    }

    private String lines() {
        StringBuilder sb = new StringBuilder();
        bundled.forEach(i -> sb.append(geoJson.toLine(i)));
        return sb.toString();
    }

    @Test
    void eachIncidentIsOneLineAndReadsBackEqual() throws Exception {
        Path file = dir.resolve("events.geojsonl");
        geoJson.writeLines(bundled, file);
        List<String> written = Files.readAllLines(file);
        assertEquals(bundled.size(), written.size());
        assertTrue(written.stream().allMatch(l -> l.startsWith("{\"type\":\"Feature\"")), written.get(0));
        assertEquals(bundled, geoJson.read(file));
    }

    @ParameterizedTest
    @CsvSource({"events.geojson", "events.json", "events"})
    void linesUnderAnotherNameAreRecognisedByTheirContent(String name) throws Exception {
        assertEquals(bundled, read(lines(), name));
    }

    @Test
    void recordSeparatorsOfAGeoJsonTextSequenceAreAccepted() throws Exception {
        String sequence = bundled.stream().map(i -> "\u001E" + geoJson.toLine(i)).reduce("", String::concat);
        assertEquals(bundled, read(sequence, "events.geojsons"));
        assertEquals(bundled, read(sequence, "events.geojson"));
    }

    @Test
    void blankLinesAreSkippedAndAnEmptySequenceHasNoIncidents() throws Exception {
        assertEquals(bundled, read("\n" + lines().replace("\n", "\n\n"), "events.geojsonl"));
        assertEquals(List.of(), read("", "none.geojsonl"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"Feature\",|events.geojsonl: line 2 is not valid JSON at column ",
        "{\"type\":\"Feature\"} {\"type\":\"Feature\"}|events.geojsonl: line 2 holds more than one JSON value",
        "{\"type\":\"FeatureCollection\",\"features\":[]}|events.geojsonl: feature 1 (line 2) is not a GeoJSON Feature",
        "[1,2]|events.geojsonl: feature 1 (line 2) is not a JSON object",
    })
    void aBadLineIsNamed(String badLine, String expected) throws Exception {
        String text = geoJson.toLine(bundled.get(0)) + badLine + "\n" + geoJson.toLine(bundled.get(1));
        String message = assertThrows(GeoJsonFormatException.class, () -> read(text, "events.geojsonl")).getMessage();
        assertTrue(message.startsWith(expected), message);
    }

    @Test
    void aFeatureLackingItsDateIsRefusedWithItsLine() {
        String line = geoJson.toLine(bundled.get(0)).replaceFirst("\"date\":\"[0-9-]+\",", "");
        String message = assertThrows(GeoJsonFormatException.class,
                () -> read(geoJson.toLine(bundled.get(1)) + line, "x.geojsonl")).getMessage();
        assertEquals("x.geojsonl: feature 1 (line 2) lacks the property \"date\"", message);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        byte[] bad = (geoJson.toLine(bundled.get(0)) + "{\"type\":\"Feature\",\"x\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[bad.length + 3];
        System.arraycopy(bad, 0, text, 0, bad.length);
        text[bad.length] = (byte) 0xC3;
        text[bad.length + 1] = '"';
        text[bad.length + 2] = '}';
        String message = assertThrows(GeoJsonFormatException.class, () -> geoJson.read(new ByteArrayInputStream(text),
                "x.geojsonl", id -> Optional.empty())).getMessage();
        assertEquals("x.geojsonl: is not UTF-8 text (line 2)", message);
    }

    @Test
    void aLoneFeatureOnOneLineIsStillNoCollection() {
        String message = assertThrows(GeoJsonFormatException.class,
                () -> read(geoJson.toLine(bundled.get(0)), "one.geojson")).getMessage();
        assertTrue(message.startsWith("one.geojson: not a GeoJSON FeatureCollection"), message);
    }

    /** GDAL's own reader: run where {@code ogrinfo} is installed (.ci/run installs gdal-bin), skipped elsewhere. */
    @Test
    void gdalOpensTheLinesAsGeoJsonSeqWithEveryFeature() throws Exception {
        assumeTrue(onPath("ogrinfo"), "ogrinfo (gdal-bin) is not installed");
        Path file = dir.resolve("events.geojsonl");
        geoJson.writeLines(bundled, file);
        Process ogr = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", file.toString()).redirectErrorStream(true).start();
        String out = new String(ogr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ogr.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, ogr.exitValue(), out);
        assertTrue(out.contains("using driver `GeoJSONSeq'"), out);
        Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(out);
        assertTrue(count.find(), out);
        assertEquals(bundled.size(), Integer.parseInt(count.group(1)));
        assertTrue(out.contains("Geometry: Point"), out);
        assertFalse(out.contains("ERROR"), out);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
