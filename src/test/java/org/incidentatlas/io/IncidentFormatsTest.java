package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry: which format reads or writes a file, and one clear message for every bad file whatever its format. */
class IncidentFormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"incidents.geojson,GeoJSON", "incidents.geojsonl,GeoJSON Lines", "incidents.kml,KML", "incidents.csv,ACLED CSV"})
    void anExportIsWrittenInTheFormatItsNameSaysAndReadBackByContentUnderAnyName(String name, String format) throws Exception {
        List<Incident> incidents = FlatRoundTrip.bundled();
        Path file = dir.resolve(name);
        IncidentFormats.write(incidents, file);
        assertEquals(format, IncidentFormats.forWriting(file).name());
        Path renamed = Files.move(file, dir.resolve("export.txt"));
        assertEquals(format, IncidentFormats.forReading(renamed).name());
        FlatRoundTrip.assertCarried(incidents, IncidentFormats.read(renamed));
    }

    @Test
    void anUnknownEndingIsRefusedOnWritingWithTheKnownOnes() {
        String message = assertThrows(IncidentFormatException.class, () -> IncidentFormats.forWriting(dir.resolve("out.xlsx"))).getMessage();
        assertTrue(message.contains("out.xlsx: cannot tell the format from the name") && message.contains(".kml") && message.contains(".csv"),
                message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.geojson", "a.csv", "a.kml", "a.geojsonl", "a.dat"})
    void anEmptyFileIsNamedAsSuch(String name) throws Exception {
        Path file = Files.writeString(dir.resolve(name), "\n  \n");
        assertEquals(file + ": is empty (no incidents to read)", refusal(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.geojson", "a.csv", "a.kml", "a.dat"})
    void aBinaryFileIsNamedAsSuch(String name) throws Exception {
        Path file = Files.write(dir.resolve(name), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        String message = refusal(file);
        assertTrue(message.startsWith(file + ": ") && message.contains("binary"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.geojson", "a.csv", "a.kml"})
    void latin1IsNamedAndUtf16WithAByteOrderMarkIsRead(String name) throws Exception {
        List<Incident> incidents = FlatRoundTrip.bundled().subList(0, 2);
        Path good = dir.resolve("good-" + name);
        IncidentFormats.write(incidents, good);
        String text = Files.readString(good).replace(incidents.get(0).place().name(), "Ош");
        Path utf16 = Files.write(dir.resolve("utf16-" + name), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Ош", IncidentFormats.read(utf16).get(0).place().name());
        Path latin1 = Files.write(dir.resolve("latin1-" + name), text.replace("Ош", "Oshé").getBytes(StandardCharsets.ISO_8859_1));
        String message = refusal(latin1);
        assertTrue(message.startsWith(latin1 + ": is not UTF-8 text"), message);
    }

    @Test
    void aCsvWithRenamedOrMissingColumnsNamesThem() throws Exception {
        String header = AcledCsvTest.HEADER.replace("event_date", "date");
        Path renamed = Files.writeString(dir.resolve("renamed.csv"), header + "\n" + AcledCsvTest.ROW + "\n");
        assertEquals(renamed + ": line 1: not an ACLED CSV export (no column event_date)", refusal(renamed));
        Path missing = Files.writeString(dir.resolve("missing.csv"), AcledCsvTest.HEADER.replace(",latitude,longitude", "")
                + "\n" + AcledCsvTest.ROW + "\n");
        assertEquals(missing + ": line 1: not an ACLED CSV export (no column latitude, longitude)", refusal(missing));
    }

    @Test
    void ourGeoJsonWithABadDateOrCoordinatesOutOfRangeNamesTheFeature() throws Exception {
        Path good = dir.resolve("good.geojson");
        IncidentFormats.write(FlatRoundTrip.bundled(), good);
        String text = Files.readString(good);
        Path badDate = Files.writeString(dir.resolve("bad-date.geojson"), text.replaceFirst("\"date\" : \"2005-03-18\"", "\"date\" : \"2005-13-18\""));
        String message = refusal(badDate);
        assertTrue(message.startsWith(badDate + ": feature 0 (line ") && message.endsWith("has a date \"2005-13-18\" that is not a date YYYY-MM-DD"),
                message);
        Path farAway = Files.writeString(dir.resolve("far.geojson"), text.replaceFirst("72\\.7985", "272.7985"));
        message = refusal(farAway);
        assertTrue(message.startsWith(farAway + ": feature 0 (line ") && message.contains("has coordinates out of range (longitude 272.7985"),
                message);
    }

    @Test
    void aKmlThatIsNotXmlIsNamedWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.kml"), "<?xml version=\"1.0\"?>\n<kml>\n<Document>\n<Placemark><name>Osh</nam>\n");
        String message = refusal(file);
        assertTrue(message.startsWith(file + ": line 4, column ") && message.contains("not well-formed XML"), message);
    }

    @Test
    void aTextFileOfNoKnownFormatIsNamedWithTheFormatsThereAre() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "Osh, 14 May 2010: a crowd seized the administration.\n");
        String message = refusal(file);
        assertTrue(message.startsWith(file + ": is not an incident file this app reads (GeoJSON, GeoJSON Lines, ACLED CSV or KML"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"incidents.geojson", "incidents.geojsonl", "incidents.kml", "incidents.csv"})
    void anExportThatFailsHalfwayLeavesTheGoodFileWhole(String name) throws Exception {
        List<Incident> incidents = FlatRoundTrip.bundled();
        Path file = dir.resolve(name);
        IncidentFormats.write(incidents, file);
        byte[] good = Files.readAllBytes(file);
        List<Incident> failing = new AbstractList<>() {
            @Override
            public Incident get(int index) {
                if (index == 3) {
                    throw new UncheckedIOException(new IOException("the disk went away"));
                }
                return incidents.get(index);
            }

            @Override
            public int size() {
                return incidents.size();
            }
        };
        assertThrows(RuntimeException.class, () -> IncidentFormats.write(failing, file));
        assertEquals(new String(good, StandardCharsets.UTF_8), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    // ---- someone else's GeoJSON of points

    private static String points(String properties) {
        return """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [72.7833, 40.5333]},
                   "properties": %s}
                ]}
                """.formatted(properties);
    }

    @Test
    void commonPropertyNamesAreFoundAndTheNotesBecomeTheExcerpt() throws Exception {
        Path file = Files.writeString(dir.resolve("kepler.geojson"), points(
                "{\"event_date\": \"2010-05-14T09:30:00Z\", \"event_type\": \"Riots\", \"location\": \"Osh\", \"notes\": \"Shops burned.\"}"));
        assertEquals("GeoJSON points", IncidentFormats.forReading(file).name());
        Incident incident = IncidentFormats.read(file).get(0);
        assertEquals(LocalDate.of(2010, 5, 14), incident.date());
        assertEquals(IncidentType.CLASH, incident.type());
        assertEquals("Osh", incident.place().name());
        assertEquals(40.5333, incident.place().lat());
        assertEquals("Shops burned.", incident.sources().get(0).excerpt());
    }

    @Test
    void uncommonNamesAskForAMappingListingThePropertiesAndAMappingReadsThem() throws Exception {
        Path file = Files.writeString(dir.resolve("own.geojson"), points(
                "{\"when_it_happened\": \"14 May 2010\", \"what\": \"seizure\", \"town\": \"Osh\", \"remarks\": \"The hall was taken.\"}"));
        FieldMappingNeededException needed = assertThrows(FieldMappingNeededException.class, () -> IncidentFormats.read(file));
        assertEquals(List.of("when_it_happened", "what", "town", "remarks"), needed.properties());
        assertTrue(needed.getMessage().startsWith(file + ": "), needed.getMessage());
        FieldMapping mapping = new FieldMapping("when_it_happened", "what", Optional.of("town"), Optional.of("remarks"));
        Incident incident = IncidentFormats.forReading(file, Optional.of(mapping)).read(file).get(0);
        assertEquals(LocalDate.of(2010, 5, 14), incident.date());
        assertEquals(IncidentType.SEIZURE, incident.type());
        assertEquals("Osh", incident.place().name());
        assertEquals("The hall was taken.", incident.sources().get(0).excerpt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"date\": \"2010-02-30\", \"type\": \"clash\"}|has the date \"date\" \"2010-02-30\", which is not a day",
        "{\"date\": \"2010-05-14\", \"type\": \"picnic\"}|has the type \"picnic\" in \"type\", which is neither ours",
        "{\"type\": \"clash\", \"date\": null}|lacks the property \"date\" (the date)",
    })
    void aBadFeatureOfSomeoneElsesGeoJsonIsNamedWithItsLine(String properties, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve("points.geojson"), points(properties));
        Optional<FieldMapping> mapping = Optional.of(new FieldMapping("date", "type", Optional.empty(), Optional.empty()));
        String message = assertThrows(IncidentFormatException.class, () -> IncidentFormats.forReading(file, mapping).read(file)).getMessage();
        assertTrue(message.startsWith(file + ": feature 0 (line 2, column 3) " + expected), message);
    }

    @Test
    void pointsOutOfRangeInSomeoneElsesGeoJsonAreNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("points.geojson"),
                points("{\"date\": \"2010-05-14\", \"type\": \"clash\"}").replace("40.5333", "95.5"));
        String message = refusal(file);
        assertTrue(message.startsWith(file + ": feature 0 (line 2, column 3) has coordinates out of range"), message);
    }

    /** The one message a bad file gets: a format problem, or a file problem (encoding, binary) from {@link InputFiles}. */
    private static String refusal(Path file) {
        Exception e = assertThrows(Exception.class, () -> IncidentFormats.read(file));
        assertTrue(e instanceof IncidentFormatException || e instanceof FileProblemException, e::toString);
        return e.getMessage();
    }
}
