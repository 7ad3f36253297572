package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16, defect 7: the GeoJSON reader refuses what it used to coerce, and says where. */
class StrictGeoJsonTest {

    private final IncidentGeoJson geoJson = new IncidentGeoJson();

    /** One valid feature; {@code %s} marks where a test puts its own property text. */
    static String collection(String geometry, String properties) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\n"
                + "\"properties\":{\"id\":\"x\",\"date\":\"2010-05-14\",\"type\":\"clash\",\"place\":\"Osh\",\"placeId\":\"p\""
                + properties + ",\"sources\":[{\"article\":\"a\",\"start\":0,\"end\":4}]}}]}";
    }

    static final String POINT = "{\"type\":\"Point\",\"coordinates\":[72.8,40.5]}";

    private List<Incident> read(String json) throws Exception {
        return geoJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.geojson", id -> Optional.empty());
    }

    private String refusal(String json) {
        return assertThrows(GeoJsonFormatException.class, () -> read(json)).getMessage();
    }

    @Test
    void theValidFixtureReads() throws Exception {
        assertEquals(1, read(collection(POINT, ",\"killed\":3")).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ",\"killed\":3e9|\"killed\" 3.0E9; it must be null or a whole number from 0 to 100000000",
        ",\"killed\":1e12|\"killed\" 1.0E12; it must be null",
        ",\"killed\":3000000000|\"killed\" 3000000000; it must be null",
        ",\"injured\":-4|\"injured\" -4; it must be null",
        ",\"crowd\":2.5|\"crowd\" 2.5; it must be null",
        ",\"killed\":\"3\"|\"killed\" \"3\"; it must be null",
    })
    void countsAreWholeNumbersInRange(String property, String expected) {
        String message = refusal(collection(POINT, property));
        assertTrue(message.startsWith("in.geojson: feature 0 (line 2, column 1) has "), message);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void unknownTypeIsNamedInWordsNotAsAJavaEnum() {
        String message = refusal(collection(POINT, "").replace("\"clash\"", "\"riot\""));
        assertTrue(message.endsWith("has an unknown incident type \"riot\" (known: seizure, clash, protest, attack)"), message);
        assertFalse(message.contains("No enum constant"), message);
        assertFalse(message.contains("IncidentType"), message);
    }

    @Test
    void textCoordinatesAreRefusedNotZero() {
        assertTrue(refusal(collection("{\"type\":\"Point\",\"coordinates\":[\"east\",\"north\"]}", ""))
                .contains("has a coordinate that is not a number (\"east\")"));
    }

    @Test
    void aPolygonIsNotAPoint() {
        String message = refusal(collection("{\"type\":\"Polygon\",\"coordinates\":[[[72,40],[73,40],[73,41],[72,40]]]}", ""));
        assertTrue(message.contains("has no Point geometry (its geometry is a Polygon)"), message);
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        assertTrue(refusal(collection("{\"type\":\"Point\",\"coordinates\":[272.8,40.5]}", ""))
                .contains("has coordinates out of range (longitude 272.8, latitude 40.5"));
        assertTrue(refusal(collection("{\"type\":\"Point\",\"coordinates\":[72.8,140.5]}", ""))
                .contains("out of range"));
    }

    @Test
    void trailingGarbageIsRefusedWithItsPlace() {
        String message = refusal(collection(POINT, "") + "\n{\"more\":1}");
        assertEquals("in.geojson: unexpected content after the end of the JSON (line 4, column 1)", message);
    }

    @Test
    void duplicateKeysAreRefused() {
        String message = refusal(collection(POINT, ",\"killed\":1,\"killed\":900"));
        assertTrue(message.startsWith("in.geojson: not valid JSON at line 3, column "), message);
        assertTrue(message.contains("Duplicate field 'killed'"), message);
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        String message = refusal("{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":,}]}");
        assertTrue(message.startsWith("in.geojson: not valid JSON at line 3, column 9"), message);
    }

    @Test
    void datesOutsideTheWindowAreRefused() {
        assertTrue(refusal(collection(POINT, "").replace("2010-05-14", "+999999999-12-31"))
                .contains("has a date \"+999999999-12-31\" that is not a date YYYY-MM-DD"));
        assertTrue(refusal(collection(POINT, "").replace("2010-05-14", "1850-05-14"))
                .contains("has a date 1850-05-14 outside 1900-01-01 to 2100-12-31"));
    }

    @Test
    void theSecondFeatureIsNamedByIndexAndLine() {
        String json = collection(POINT, "").replace("]}}]}", "]}},\n" + collection(POINT, ",\"retaken\":\"yes\"")
                .substring("{\"type\":\"FeatureCollection\",\"features\":[\n".length()));
        assertEquals("in.geojson: feature 1 (line 4, column 1) has \"retaken\" \"yes\", which is not true or false", refusal(json));
    }

    @Test
    void aFifoOrFolderIsNotOpened(@TempDir Path dir) throws Exception {
        FileProblemException e = assertThrows(FileProblemException.class, () -> geoJson.read(dir));
        assertEquals(dir + ": is a folder, not a file", e.getMessage());
        Path fifo = dir.resolve("events.geojson");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            e = assertThrows(FileProblemException.class, () -> geoJson.read(fifo));
            assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
        }
        Files.writeString(dir.resolve("ok.geojson"), collection(POINT, ""));
        assertEquals(1, geoJson.read(dir.resolve("ok.geojson")).size());
    }

    @Test
    void aFileIsDecodedAsEveryTextFileIs(@TempDir Path dir) throws Exception {
        Path utf16 = dir.resolve("utf16.geojson");
        Files.write(utf16, ("\uFEFF" + collection(POINT, "").replace("\"Osh\"", "\"Ош\"")).getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Ош", geoJson.read(utf16).get(0).place().name());
        Path latin1 = dir.resolve("latin1.geojson");
        Files.write(latin1, collection(POINT, "").replace("\"Osh\"", "\"Oshé\"").getBytes(StandardCharsets.ISO_8859_1));
        FileProblemException e = assertThrows(FileProblemException.class, () -> geoJson.read(latin1));
        assertTrue(e.getMessage().startsWith(latin1 + ": is not UTF-8 text (an invalid byte after character "), e.getMessage());
        Path utf32 = dir.resolve("utf32.geojson");
        Files.write(utf32, ("\uFEFF" + collection(POINT, "")).getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
        assertEquals(utf32 + ": is UTF-32 text; save it as UTF-8", assertThrows(FileProblemException.class, () -> geoJson.read(utf32)).getMessage());
    }
}
