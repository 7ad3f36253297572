package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A large file is read in two halves at once ({@link IncidentGeoJson#readInParts}), the second starting at a feature
 * found near the middle by its bytes. Whatever the file holds there (strings with braces, commas, escaped quotes, a
 * nested array of features, a bad feature or broken JSON in either half, or at the collection's end), the parts
 * hold the incidents, feature starts and order of a read in one part, and a bad file fails with the same message:
 * the first bad feature's index, line and column.
 */
class ReadInHalvesTest {

    /** Reads any file of a few bytes in halves, so that small files show what large ones do. */
    private final IncidentGeoJson halves = new IncidentGeoJson(1);
    private final IncidentGeoJson whole = new IncidentGeoJson();

    private static final String FEATURE = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[72.8,40.5]},"
            + "\"properties\":{\"id\":\"%s\",\"date\":\"2010-05-14\",\"type\":\"seizure\",\"place\":\"Osh, {centre}\",\"placeId\":\"p\","
            + "\"sources\":[{\"article\":\"a\",\"outlet\":\"AKIpress\",\"excerpt\":\"%s\",\"start\":0,\"end\":4}]}}";

    /** Excerpts that hold what the search for the middle looks for, and what could fool a scan that ignored strings. */
    private static final String[] EXCERPTS = {
        "plain", "they said \\\"},{\\\"type\\\":\\\"Feature\\\"\\\"", ",{ \\\"type\\\" : \\\"Feature\\\" }", "a \\\\\\\" b ,{", "}]},{", "é ü Ош"};

    /** {@code count} features, {@code separator} between them, one replaced (by index) if asked. */
    private static String collection(int count, String separator, int replaced, String replacement) {
        List<String> features = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            features.add(i == replaced ? replacement : feature(i));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(separator, features) + "\n]}";
    }

    private static String feature(int i) {
        return String.format(FEATURE, "f" + i, EXCERPTS[i % EXCERPTS.length]);
    }

    /** What a read gives: every incident, every feature start, in order, or the message it failed with. */
    private record Read(List<Incident> incidents, List<Long> starts, int parts) {
    }

    private Read inOnePart(Path file) throws Exception {
        List<Incident> incidents = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        whole.read(file, 7, (batch, bytesRead) -> incidents.addAll(batch), starts::add);
        return new Read(incidents, starts, 1);
    }

    /** One part's batches and starts, as a caller keeps them. */
    private static class Kept implements IncidentGeoJson.Part {
        final List<Incident> incidents = new ArrayList<>();
        final List<Long> starts = new ArrayList<>();

        @Override
        public void started(long byteOffset) {
            starts.add(byteOffset);
        }

        @Override
        public void accept(List<Incident> batch, long bytesRead) {
            incidents.addAll(batch);
        }
    }

    private Read inHalves(Path file) throws Exception {
        List<Kept> parts = halves.readInParts(file, 7, Kept::new);
        List<Incident> incidents = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (Kept part : parts) {
            assertEquals(part.incidents.size(), part.starts.size());
            incidents.addAll(part.incidents);
            starts.addAll(part.starts);
        }
        return new Read(incidents, starts, parts.size());
    }

    private static Path write(Path dir, String text) throws Exception {
        Path file = dir.resolve("in.geojson");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // features | between two features
        "1          | ','",
        "2          | ','",
        "101        | '\n,'",
        "101        | ',\n'",
        "200        | ' , \r\n\t '",
        "333        | ','",
    })
    void halvesHoldTheIncidentsAndStartsOfOnePart(int count, String separator, @TempDir Path dir) throws Exception {
        Path file = write(dir, collection(count, separator, -1, ""));
        Read one = inOnePart(file);
        Read two = inHalves(file);
        assertEquals(count, one.incidents().size());
        assertEquals(one.incidents(), two.incidents());
        assertEquals(one.starts(), two.starts());
        assertEquals(count > 1 ? 2 : 1, two.parts(), "read in halves");
        for (int i = 0; i < count; i += 50) {
            assertEquals(one.incidents().get(i), whole.readFeatureAt(file, two.starts().get(i)));
        }
    }

    @Test
    void ourWritersFileIsReadInHalves(@TempDir Path dir) throws Exception {
        Path source = write(dir, collection(120, ",", -1, ""));
        List<Incident> incidents = whole.read(source);
        Path file = dir.resolve("written.geojson");
        whole.write(incidents, file);
        Read two = inHalves(file);
        assertEquals(2, two.parts());
        assertEquals(incidents, two.incidents());
        assertEquals(inOnePart(file).starts(), two.starts());
    }

    @Test
    void aFeatureOpeningInsideAFeatureNearTheMiddleLeavesTheFileToOnePart(@TempDir Path dir) throws Exception {
        // Half the file is one feature whose properties hold an array of features: the search finds one of those.
        StringBuilder nested = new StringBuilder();
        for (int k = 0; k < 400; k++) {
            nested.append(",{\"type\":\"Feature\",\"n\":").append(k).append('}');
        }
        String big = feature(10).replace("\"sources\"", "\"related\":[{}" + nested + "],\"sources\"");
        Path file = write(dir, collection(20, ",", 10, big));
        Read one = inOnePart(file);
        Read two = inHalves(file);
        assertEquals(1, two.parts());
        assertEquals(one, two);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the bad feature                                  | its index
        "'{\"type\":\"Feature\"}'                             | 150",
        "'{\"type\":\"Feature\"}'                             | 199",
        "'{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[500,1]},\"properties\":{}}' | 120",
        "'{\"type\":\"Feature\",\"type\":\"Feature\"}'          | 160",
        "'{\"type\":\"Feature\",\"geometry\" {}}'             | 170",
        "'{\"type\":\"Feature\",\"geometry\":[1,}'            | 101",
        "'{\"type\":\"Feature\"}'                             | 40",
        "'{\"type\":\"Feature\",\"geometry\" {}}'             | 3",
    })
    void aBadFeatureInEitherHalfIsNamedAsInOnePart(String bad, int index, @TempDir Path dir) throws Exception {
        for (String separator : List.of(",", "\n,", ",\n  ")) {
            Path file = write(dir, collection(200, separator, index, bad));
            String expected = assertThrows(GeoJsonFormatException.class, () -> inOnePart(file)).getMessage();
            String message = assertThrows(GeoJsonFormatException.class, () -> inHalves(file)).getMessage();
            assertEquals(expected, message);
            // The features follow the line of the collection's start, one per line or all on one.
            int line = separator.contains("\n") ? 2 + index : 2;
            assertTrue(message.contains(" at line " + line + ", column ") || message.contains(" (line " + line + ", column "), message);
        }
    }

    @Test
    void aBadFeatureInTheFirstHalfIsNamedBeforeOneInTheSecond(@TempDir Path dir) throws Exception {
        String text = collection(200, "\n,", 30, "{\"type\":\"Feature\"}").replace("\"f170\"", "\"\"");
        Path file = write(dir, text);
        String message = assertThrows(GeoJsonFormatException.class, () -> inHalves(file)).getMessage();
        assertEquals(assertThrows(GeoJsonFormatException.class, () -> inOnePart(file)).getMessage(), message);
        assertTrue(message.contains("feature 30 (line 32, column 2)"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\n]}'                                     | '\n],\"type\":\"Feature\"}'",
        "'\n]}'                                     | '\n]} []'",
        "'\n]}'                                     | '\n],\"features\":[]}'",
        "'\n]}'                                     | '\n]'",
        "'{\"type\":\"FeatureCollection\",\"features\"' | '{\"features\"'",
    })
    void theCollectionsEndIsCheckedAsInOnePart(String replaced, String by, @TempDir Path dir) throws Exception {
        Path file = write(dir, collection(200, "\n,", -1, "").replace(replaced, by));
        String expected = assertThrows(GeoJsonFormatException.class, () -> inOnePart(file)).getMessage();
        assertEquals(expected, assertThrows(GeoJsonFormatException.class, () -> inHalves(file)).getMessage());
    }

    @Test
    void aByteThatIsNotUtf8InTheSecondHalfIsNamedAsInOnePart(@TempDir Path dir) throws Exception {
        byte[] text = collection(200, "\n,", -1, "").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        int at = text.length * 3 / 4;
        while (text[at] != 'p') {
            at++;
        }
        broken.write(text, 0, at);
        broken.write(0xC3);
        broken.write(0x28);
        broken.write(text, at + 1, text.length - at - 1);
        Path file = dir.resolve("in.geojson");
        Files.write(file, broken.toByteArray());
        String expected = assertThrows(FileProblemException.class, () -> inOnePart(file)).getMessage();
        assertEquals(expected, assertThrows(FileProblemException.class, () -> inHalves(file)).getMessage());
    }

    @Test
    void aPartThatStopsTakingBatchesLeavesNothingReadingTheFile(@TempDir Path dir) throws Exception {
        Path file = write(dir, collection(3_000, "\n,", -1, ""));
        IllegalStateException stop = new IllegalStateException("enough");
        int[] parts = {0};
        assertEquals(stop, assertThrows(IllegalStateException.class, () -> halves.readInParts(file, 10, () -> {
            parts[0]++;
            return new Kept() {
                @Override
                public void accept(List<Incident> batch, long bytesRead) {
                    throw stop;
                }
            };
        })));
        assertEquals(2, parts[0]);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("geojson-parser") && t.isAlive()),
                "a thread still parses the file");
    }
}
