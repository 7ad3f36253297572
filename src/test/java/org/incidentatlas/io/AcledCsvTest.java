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
import org.incidentatlas.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ACLED CSV exports: read strictly into incidents, written atomically, read back the same. */
class AcledCsvTest {

    static final String HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,actor2,admin1,location,"
            + "latitude,longitude,geo_precision,source,notes,fatalities";
    static final String ROW = "KGZ1,2010-05-14,2010,Riots,Mob violence,Rioters (Kyrgyzstan),Civilians (Kyrgyzstan),Osh,Osh,"
            + "40.5333,72.7833,1,AKIpress; Kabar,\"Supporters of Bakiyev clashed with police, \"\"dozens\"\" hurt.\",2";

    private final AcledCsv csv = new AcledCsv();

    private List<Incident> read(String text) throws Exception {
        return csv.read(new StringReader(text), "export.csv");
    }

    private String refusal(String text) {
        return assertThrows(IncidentFormatException.class, () -> read(text)).getMessage();
    }

    @Test
    void anAcledRowBecomesAnIncident() throws Exception {
        Incident incident = read(HEADER + "\n" + ROW + "\n").get(0);
        assertEquals("KGZ1", incident.id());
        assertEquals(LocalDate.of(2010, 5, 14), incident.date());
        assertEquals(IncidentType.CLASH, incident.type());
        assertEquals("Osh", incident.place().name());
        assertEquals(40.5333, incident.place().lat());
        assertEquals(72.7833, incident.place().lon());
        assertEquals(Precision.CITY, incident.precision());
        assertEquals(List.of("Rioters (Kyrgyzstan)"), incident.actors());
        assertEquals(List.of("Civilians (Kyrgyzstan)"), incident.targets());
        assertEquals(2, incident.killed());
        assertEquals(List.of("AKIpress", "Kabar"), incident.sources().stream().map(s -> s.outlet()).toList());
        assertEquals("Supporters of Bakiyev clashed with police, \"dozens\" hurt.", incident.sources().get(0).excerpt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Battles|Armed clash|clash|false",
        "Battles|Non-state actor overtakes territory|seizure|false",
        "Battles|Government regains territory|seizure|true",
        "Riots|Violent demonstration|clash|false",
        "Violence against civilians|Attack|attack|false",
        "Explosions/Remote violence|Grenade|attack|false",
        "Protests|Peaceful protest|protest|false",
    })
    void acledEventTypesBecomeOurs(String eventType, String subEventType, String type, boolean retaken) throws Exception {
        Incident incident = read(HEADER + "\n" + ROW.replace("Riots,Mob violence", eventType + "," + subEventType)).get(0);
        assertEquals(type, incident.type().code());
        assertEquals(retaken, incident.retaken());
    }

    @Test
    void olderExportsWriteDatesInWordsAndAreRead() throws Exception {
        assertEquals(LocalDate.of(2010, 5, 14), read(HEADER + "\n" + ROW.replace("2010-05-14", "14 May 2010")).get(0).date());
        assertEquals(LocalDate.of(2010, 5, 14), read(HEADER + "\n" + ROW.replace("2010-05-14", "14-May-2010")).get(0).date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // what replaces what | the message says
        "2010-05-14|2010-02-30|line 2, column 2 (event_date): has the date \"2010-02-30\", which is not a day",
        "2010-05-14|1850-01-01|line 2, column 2 (event_date): has the date 1850-01-01 outside 1900-01-01 to 2100-12-31",
        "Riots,Mob violence|Strategic developments,Looting|line 2, column 4 (event_type): has the event type \"Strategic developments\", which is not coded",
        "40.5333|NaN|line 2, column 10 (latitude): has latitude \"NaN\", which is not a decimal number",
        "72.7833|200.5|line 2, column 11 (longitude): has longitude 200.5 outside -180..180",
        ",Osh,40.5333|,,40.5333|line 2, column 9 (location): has no location",
        ",1,AKIpress|,7,AKIpress|line 2, column 12 (geo_precision): has geo_precision \"7\", which is not 1, 2 or 3",
    })
    void badValuesAreNamedWithLineAndColumn(String from, String to, String expected) {
        String message = refusal(HEADER + "\n" + ROW.replace(from, to) + "\n");
        assertTrue(message.startsWith("export.csv: " + expected), message);
    }

    @ParameterizedTest
    @CsvSource({"3e9", "-1", "2.5", "3000000000", "many"})
    void fatalitiesAreAWholeNumberInRange(String fatalities) {
        String message = refusal(HEADER + "\n" + ROW.substring(0, ROW.lastIndexOf(',') + 1) + fatalities + "\n");
        assertTrue(message.startsWith("export.csv: line 2, column 15 (fatalities): has fatalities \"" + fatalities
                + "\"; it must be empty or a whole number from 0 to 100000000"), message);
    }

    @Test
    void theLineOfARowAfterAQuotedLineBreakIsItsOwn() {
        String twoLines = ROW.replace("\"Supporters", "\"Supporters\nof");
        String message = refusal(HEADER + "\n" + twoLines + "\n" + ROW.replace("40.5333", "north") + "\n");
        assertTrue(message.startsWith("export.csv: line 4, column 10 (latitude)"), message);
    }

    @Test
    void structuralProblemsAreNamed() {
        assertTrue(refusal("").contains("is empty"));
        assertTrue(refusal("event_date,notes\n2010-05-14,x\n").contains("line 1: not an ACLED CSV export (no column event_type, sub_event_type"));
        assertTrue(refusal(HEADER + ",notes\n").contains("line 1, column 16: the column \"notes\" appears twice"));
        assertTrue(refusal(HEADER + "\n" + ROW + ",extra\n").contains("line 2: has 16 fields where the header has 15"));
        assertTrue(refusal(HEADER + "\n" + ROW.replace("hurt.\",2", "hurt.,2")).contains("not valid CSV"));
    }

    @Test
    void theBundledIncidentsComeBackTheSameAndGdalReadsTheFile(@TempDir Path dir) throws Exception {
        List<Incident> incidents = FlatRoundTrip.bundled();
        Path file = dir.resolve("incidents.csv");
        csv.write(incidents, file);
        FlatRoundTrip.assertCarried(incidents, csv.read(file));
        int features = FlatRoundTrip.ogrFeatureCount(file);
        assertTrue(features == -1 || features == incidents.size(), "ogrinfo counts " + features);
    }

    @Test
    void aFileIsCheckedForItsEncoding(@TempDir Path dir) throws Exception {
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, ("\uFEFF" + HEADER + "\n" + ROW.replace("Osh,Osh", "Ош,Ош") + "\n").getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Ош", csv.read(utf16).get(0).place().name());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "\n" + ROW.replace("Osh,Osh", "Osh,Oshé") + "\n").getBytes(StandardCharsets.ISO_8859_1));
        FileProblemException e = assertThrows(FileProblemException.class, () -> csv.read(latin1));
        assertTrue(e.getMessage().startsWith(latin1 + ": is not UTF-8 text"), e.getMessage());
        Path folder = dir.resolve("folder.csv");
        Files.createDirectory(folder);
        assertTrue(assertThrows(FileProblemException.class, () -> csv.read(folder)).getMessage().endsWith("is a folder, not a file"));
    }

    @Test
    void aFailedWriteKeepsTheOldFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("incidents.csv");
        Files.writeString(file, "old");
        Path blocked = dir.resolve("sub");
        Files.writeString(blocked, "a file");
        assertThrows(FileProblemException.class, () -> csv.write(FlatRoundTrip.bundled(), blocked.resolve("x.csv")));
        assertEquals("old", Files.readString(file));
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
}
