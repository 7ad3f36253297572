package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KML placemarks with TimeStamp or TimeSpan: read strictly into incidents, written atomically, read back the same. */
class IncidentKmlTest {

    static final String PLACEMARK = """
            <Placemark>
              <name>Osh</name>
              <description>Supporters of Bakiyev seized the regional administration.</description>
              <TimeStamp><when>2010-05-14</when></TimeStamp>
              <ExtendedData>
                <Data name="type"><value>seizure</value></Data>
                <Data name="killed"><value>2</value></Data>
                <Data name="outlets"><value>AKIpress</value></Data>
              </ExtendedData>
              <Point><coordinates>72.7833,40.5333,0</coordinates></Point>
            </Placemark>""";

    static String kml(String placemarks) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<Folder>\n"
                + placemarks + "\n</Folder>\n</Document>\n</kml>\n";
    }

    private final IncidentKml kml = new IncidentKml();

    private List<Incident> read(String text) throws Exception {
        return kml.read(new StringReader(text), "map.kml");
    }

    private String refusal(String text) {
        return assertThrows(IncidentFormatException.class, () -> read(text)).getMessage();
    }

    @Test
    void aPlacemarkInAFolderBecomesAnIncident() throws Exception {
        Incident incident = read(kml(PLACEMARK)).get(0);
        assertEquals(LocalDate.of(2010, 5, 14), incident.date());
        assertEquals(IncidentType.SEIZURE, incident.type());
        assertEquals("Osh", incident.place().name());
        assertEquals(40.5333, incident.place().lat());
        assertEquals(72.7833, incident.place().lon());
        assertEquals(2, incident.killed());
        assertEquals("AKIpress", incident.sources().get(0).outlet());
        assertEquals("Supporters of Bakiyev seized the regional administration.", incident.sources().get(0).excerpt());
    }

    @Test
    void aTimeSpanGivesItsBeginAndADateTimeItsDay() throws Exception {
        String span = PLACEMARK.replace("<TimeStamp><when>2010-05-14</when></TimeStamp>",
                "<TimeSpan><begin>2010-05-13T22:00:00Z</begin><end>2010-05-15</end></TimeSpan>");
        assertEquals(LocalDate.of(2010, 5, 13), read(kml(span)).get(0).date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // what replaces what | the message says
        "<when>2010-05-14</when>|<when>2010-05</when>|line 8, column 20: placemark 0 has a TimeStamp \"2010-05\", which is not a day",
        "<when>2010-05-14</when>|<when>2210-05-14</when>|line 8, column 20: placemark 0 has a TimeStamp 2210-05-14 outside 1900-01-01 to 2100-12-31",
        "<TimeStamp><when>2010-05-14</when></TimeStamp>|<TimeSpan><begin>2010-05-14</begin><end>2010-05-01</end></TimeSpan>|line 8, column 43: placemark 0 has a TimeSpan that ends (2010-05-01) before it begins (2010-05-14)",
        "<TimeStamp><when>2010-05-14</when></TimeStamp>||placemark 0 has no day",
        "<value>seizure</value>|<value>riot</value>|line 10, column 30: placemark 0 has an unknown incident type \"riot\" (known: seizure, clash, protest, attack)",
        "<Data name=\"type\"><value>seizure</value></Data>||placemark 0 has no incident type",
        "<value>2</value>|<value>3e9</value>|line 11, column 32: placemark 0 has killed \"3e9\"; it must be empty or a whole number",
        "72.7833,40.5333,0|72.7833,95,0|line 14, column 23: placemark 0 has latitude 95 outside -90..90",
        "72.7833,40.5333,0|north,east|line 14, column 23: placemark 0 has longitude \"north\", which is not a decimal number",
        "72.7833,40.5333,0|72.7833,40.5333 72.8,40.6|line 14, column 23: placemark 0 has Point coordinates",
        "<Point><coordinates>72.7833,40.5333,0</coordinates></Point>|<LineString><coordinates>72,40 73,41</coordinates></LineString>|placemark 0 has a LineString where a Point is needed",
        "<name>Osh</name>|<name> </name>|line 6, column 9: placemark 0 has no name (the place)",
        "<Data name=\"killed\">|<Data name=\"type\">|line 11, column 30: placemark 0 gives the data \"type\" twice",
    })
    void badPlacemarksAreNamedWithLineAndColumn(String from, String to, String expected) {
        String message = refusal(kml(PLACEMARK.replace(from, to == null ? "" : to)));
        assertTrue(message.startsWith("map.kml: ") && message.contains(expected), message);
    }

    @Test
    void theSecondPlacemarkIsCountedAsSuch() {
        String message = refusal(kml(PLACEMARK + "\n" + PLACEMARK.replace("seizure", "riot")));
        assertTrue(message.contains("placemark 1 has an unknown incident type \"riot\""), message);
    }

    @Test
    void externalEntitiesAreNeverFetchedOrExpanded(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + kml(PLACEMARK.replace("<name>Osh</name>", "<name>&x;</name>")).substring(kml("").indexOf('\n') + 1);
        String message = refusal(xxe);
        assertFalse(message.contains("SECRET"), message);
        assertTrue(message.startsWith("map.kml: line 2"), message);
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<kml/>";
        assertTrue(refusal(bomb).startsWith("map.kml: line 2"));
    }

    @Test
    void structuralProblemsAreNamed() {
        assertTrue(refusal("").contains("map.kml: "), refusal(""));
        assertTrue(refusal("<gpx/>").contains("line 1, column 7: not KML (the document is <gpx>, not <kml>)"), refusal("<gpx/>"));
        assertTrue(refusal(kml(PLACEMARK).replace("</Folder>", "")).contains("not well-formed XML"));
    }

    @Test
    void theBundledIncidentsComeBackTheSameAndGdalReadsTheFile(@TempDir Path dir) throws Exception {
        List<Incident> incidents = FlatRoundTrip.bundled();
        Path file = dir.resolve("incidents.kml");
        kml.write(incidents, file);
        FlatRoundTrip.assertCarried(incidents, kml.read(file));
        int features = FlatRoundTrip.ogrFeatureCount(file);
        assertTrue(features == -1 || features == incidents.size(), "ogrinfo counts " + features);
    }

    @Test
    void aFileIsCheckedForItsEncoding(@TempDir Path dir) throws Exception {
        Path utf16 = dir.resolve("utf16.kml");
        Files.write(utf16, ("\uFEFF" + kml(PLACEMARK.replace("<name>Osh</name>", "<name>Ош</name>")).replace("UTF-8", "UTF-16"))
                .getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Ош", kml.read(utf16).get(0).place().name());
        Path binary = dir.resolve("binary.kml");
        Files.write(binary, new byte[] {'<', 'k', 0, 0, 1, 2});
        assertTrue(assertThrows(FileProblemException.class, () -> kml.read(binary)).getMessage().endsWith("is a binary file, not text"));
    }
}
