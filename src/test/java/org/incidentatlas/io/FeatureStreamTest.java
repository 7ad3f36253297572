package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A feature is read from the token stream, not from a tree: its members may come in any order and
 * among members nobody reads, every key is still checked for duplicates at any depth, every number
 * still against its range, and the feature read again at its byte offset is the one read in order.
 */
class FeatureStreamTest {

    private final IncidentGeoJson geoJson = new IncidentGeoJson();

    /** A feature with everything a source can hold; {@code %s} marks where a test puts its own text. */
    private static final String FEATURE = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[72.8,40.5]},"
            + "\"properties\":{\"id\":\"x\",\"date\":\"2010-05-14\",\"type\":\"seizure\",\"place\":\"Osh\",\"placeId\":\"p\","
            + "\"retaken\":true,\"extra\":{\"deep\":[1,{\"deeper\":2}]},\"sources\":[{\"article\":\"a\",\"outlet\":\"AKIpress\","
            + "\"excerpt\":\"they took it\",\"start\":0,\"end\":4,\"highlights\":[{\"start\":0,\"end\":4,\"kind\":\"trigger\"}]}]}}";

    private static String collection(String feature) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + feature + "\n]}";
    }

    private List<Incident> read(String json, String name) throws Exception {
        return geoJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name, id -> Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // where the key is repeated                      | the text after which the repeat goes
        "in a source                                      | \"article\":\"a\"",
        "in a highlight of a source                       | {\"start\":0",
        "deep in a member nobody reads                    | {\"deeper\":2",
        "in the geometry                                  | {\"type\":\"Point\"",
    })
    void aDuplicateKeyDeepInAFeatureIsRefusedHoweverTheFeatureIsRead(String where, String after, @TempDir Path dir) throws Exception {
        String key = after.substring(after.indexOf('"') + 1, after.indexOf('"', after.indexOf('"') + 1));
        String repeated = after + ",\"" + key + "\":" + (key.equals("type") ? "\"Point\"" : key.equals("article") ? "\"b\"" : "1");
        String feature = FEATURE.replace(after, repeated);
        String message = assertThrows(GeoJsonFormatException.class, () -> read(collection(feature), "in.geojson")).getMessage();
        assertTrue(message.startsWith("in.geojson: not valid JSON at line 2, column "), where + ": " + message);
        assertTrue(message.endsWith("(Duplicate field '" + key + "')"), where + ": " + message);

        String lines = FEATURE + "\n" + feature + "\n";
        message = assertThrows(GeoJsonFormatException.class, () -> read(lines, "in.geojsonl")).getMessage();
        assertTrue(message.startsWith("in.geojsonl: line 2 is not valid JSON at column "), where + ": " + message);
        assertTrue(message.endsWith("(Duplicate field '" + key + "')"), where + ": " + message);

        Path file = dir.resolve("in.geojson");
        Files.writeString(file, collection(feature));
        long start = collection(feature).indexOf('\n') + 1;
        message = assertThrows(GeoJsonFormatException.class, () -> geoJson.readFeatureAt(file, start)).getMessage();
        assertEquals(file + ": not valid JSON at byte " + start + " (has the file changed?)", message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[72.8,40.5]                    | [1e400,40.5]                    | has coordinates out of range (longitude Infinity, latitude 40.5",
        "[72.8,40.5]                    | [72.8,-90.000001]               | has coordinates out of range (longitude 72.8, latitude -90.000001",
        "\"placeId\":\"p\"              | \"placeId\":\"p\",\"population\":-1 | has \"population\" -1; it must be a whole number of 0 or more",
        "\"placeId\":\"p\"              | \"placeId\":\"p\",\"killed\":100000001 | has \"killed\" 100000001; it must be null or a whole number from 0 to 100000000",
        "\"placeId\":\"p\"              | \"placeId\":\"p\",\"crowd\":1e2 | has \"crowd\" 100.0; it must be null or a whole number from 0 to 100000000",
        "\"start\":0,\"end\":4,\"highlights\" | \"start\":0,\"end\":2147483648,\"highlights\" | has a bad source 0: has \"end\" 2147483648; it must be a whole number from 0 to 2147483647",
        "{\"start\":0,\"end\":4,        | {\"start\":-1,\"end\":4,         | has a bad source 0: has \"start\" -1; it must be a whole number from 0 to 2147483647",
        "\"excerpt\":\"they took it\"   | \"excerpt\":\"they took it\",\"killed\":99999999999999999999 | has a bad source 0: has \"killed\" 99999999999999999999; it must be null",
    })
    void numbersOutOfRangeAreRefusedAndNamed(String replaced, String by, String expected) {
        String feature = FEATURE.replace(replaced, by);
        String message = assertThrows(GeoJsonFormatException.class, () -> read(collection(feature), "in.geojson")).getMessage();
        assertTrue(message.startsWith("in.geojson: feature 0 (line 2, column 1) " + expected), message);
    }

    @Test
    void membersInAnyOrderAmongUnreadOnesGiveTheFeatureOurWriterWrites() throws Exception {
        Place osh = new Place("p", "Ош", List.of(), PlaceKind.CITY, 40.5, 72.8, "Osh Region", "KG", 258_000);
        Source source = new Source("a", "AKIpress", LocalDate.of(2010, 5, 15), "they \"took\" it\n", 2, 9, 1, null, 300,
                List.of(new Highlight(2, 6, Highlight.Kind.TRIGGER)));
        Incident incident = new Incident("x", LocalDate.of(2010, 5, 14), IncidentType.SEIZURE, osh, Precision.CITY,
                List.of("protesters"), List.of("governor's office"), 1, null, 300, true, List.of(source));
        // The same feature, its members backwards and among ones no rule reads (with arrays and objects in them).
        String shuffled = "{\"bbox\":[72,40,73,41],\"properties\":{\"sources\":[{\"highlights\":[{\"kind\":\"trigger\",\"end\":6,\"start\":2,"
                + "\"note\":{\"a\":[]}}],\"crowd\":300,\"injured\":null,\"killed\":1,\"end\":9,\"start\":2,\"excerpt\":\"they \\\"took\\\" it\\n\","
                + "\"published\":\"2010-05-15\",\"outlet\":\"AKIpress\",\"article\":\"a\",\"url\":null}],\"retaken\":true,\"crowd\":300,"
                + "\"injured\":null,\"killed\":1,\"targets\":[\"governor's office\"],\"actors\":[\"protesters\"],\"precision\":\"city\","
                + "\"population\":258000,\"country\":\"KG\",\"admin\":\"Osh Region\",\"placeKind\":\"city\",\"placeId\":\"p\",\"place\":\"\\u041e\\u0448\","
                + "\"type\":\"seizure\",\"date\":\"2010-05-14\",\"id\":\"x\",\"notes\":{\"x\":[{\"y\":[1,2,{}]}]}},"
                + "\"geometry\":{\"coordinates\":[72.8,40.5],\"type\":\"Point\",\"crs\":{}},\"id\":7,\"type\":\"Feature\"}";
        assertEquals(List.of(incident), read(collection(shuffled), "in.geojson"));
        assertEquals(List.of(incident), read(geoJson.toJson(List.of(incident)), "in.geojson"));
        assertEquals(List.of(incident, incident), read(shuffled + "\n" + geoJson.toLine(incident), "in.geojsonl"));
    }

    @Test
    void aFeatureReadAtItsByteOffsetIsTheOneReadInOrder(@TempDir Path dir) throws Exception {
        List<String> features = List.of(FEATURE,
                FEATURE.replace("\"Osh\"", "\"Ош \\u00e9\\\"\\n\"").replace("\"x\"", "\"y\""),
                FEATURE.replace("\"retaken\":true,", "").replace("\"seizure\"", "\"clash\"").replace("\"x\"", "\"z\""),
                "{\"properties\":" + FEATURE.substring(FEATURE.indexOf("{\"id\""), FEATURE.length() - 1)
                        + ",\"type\":\"Feature\",\"geometry\":{\"coordinates\":[-1.5e1,0.25,100],\"type\":\"Point\"}}");
        String text = "\uFEFF{\"features\":[ " + String.join(" ,\r\n\t", features) + "],\"type\":\"FeatureCollection\"}";
        Path file = dir.resolve("in.geojson");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        List<Incident> inOrder = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        geoJson.read(file, 2, (batch, bytesRead) -> inOrder.addAll(batch), starts::add);
        assertEquals(features.size(), inOrder.size());
        assertEquals(features.size(), starts.size());
        for (int i = 0; i < features.size(); i++) {
            assertEquals(inOrder.get(i), geoJson.readFeatureAt(file, starts.get(i)), "feature " + i);
        }
        assertEquals("Ош é\"\n", inOrder.get(1).place().name());
        assertEquals(-15.0, inOrder.get(3).place().lon());
    }

    /** {@code count} features, one per line after the collection's first, the given ones replaced. */
    private static String features(int count, int replaced, String replacement) {
        List<String> features = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            features.add(i == replaced ? replacement : FEATURE.replace("\"x\"", "\"f" + i + "\""));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    @Test
    void aFeatureThatBreaksARuleIsNamedBeforeBrokenJsonFurtherOnAndTheOtherWayRound() {
        // Far apart, so that the file is parsed well past the first while its rules are checked.
        String badRuleFirst = features(3_000, 2_900, "{\"type\":").replace("\"f3\"", "\"\"");
        String message = assertThrows(GeoJsonFormatException.class, () -> read(badRuleFirst, "in.geojson")).getMessage();
        assertEquals("in.geojson: feature 3 (line 5, column 1) lacks the property \"id\"", message);
        String badJsonFirst = features(3_000, 3, "{\"type\":").replace("\"f2900\"", "\"\"");
        message = assertThrows(GeoJsonFormatException.class, () -> read(badJsonFirst, "in.geojson")).getMessage();
        assertTrue(message.startsWith("in.geojson: not valid JSON at line 5, column 9"), message);
    }

    @Test
    void aReaderThatStopsTakingBatchesLeavesNothingReadingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.geojson");
        Files.writeString(file, features(5_000, -1, ""));
        IllegalStateException stop = new IllegalStateException("enough");
        assertEquals(stop, assertThrows(IllegalStateException.class, () -> geoJson.read(file, 10, (batch, bytesRead) -> {
            throw stop;
        }, start -> { })));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("geojson-parser") && t.isAlive()),
                "a thread still parses the file");
        assertEquals(5_000, geoJson.read(file).size());
    }
}
