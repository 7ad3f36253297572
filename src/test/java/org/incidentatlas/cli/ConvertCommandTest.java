package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.incidentatlas.io.IncidentFormats;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code convert IN OUT}: any format read, the format OUT's name asks for written; bad files named, OUT kept. */
class ConvertCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("convert must not open the window");
        });
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void ourGeoJsonBecomesKmlThenCsvThenGeoJsonAgainWithTheSameIncidents() throws Exception {
        List<Incident> bundled = new IncidentGeoJson().read(Path.of("data/events.geojson"));
        Path kml = dir.resolve("events.kml");
        Path csv = dir.resolve("events.csv");
        Path back = dir.resolve("back.geojson");
        assertEquals(0, run("convert", "data/events.geojson", kml.toString()), err::toString);
        assertTrue(Files.readString(kml).contains("<TimeStamp><when>2005-03-18</when></TimeStamp>"));
        assertEquals(0, run("convert", kml.toString(), csv.toString()), err::toString);
        assertEquals(0, run("convert", csv.toString(), back.toString()), err::toString);
        List<Incident> read = IncidentFormats.read(back);
        assertEquals(bundled.stream().map(i -> i.id() + i.date() + i.type() + i.place().lat() + i.place().lon()).toList(),
                read.stream().map(i -> i.id() + i.date() + i.type() + i.place().lat() + i.place().lon()).toList());
        assertTrue(err.toString().contains("convert: 14 incidents from " + csv + " (ACLED CSV) written to " + back + " (GeoJSON)"),
                err.toString());
    }

    @Test
    void someoneElsesGeoJsonIsReadWithTheNamedFields() throws Exception {
        Path in = Files.writeString(dir.resolve("own.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                  "geometry": {"type": "Point", "coordinates": [72.78, 40.53]},
                  "properties": {"day": "2010-06-11", "what": "Riots", "town": "Osh"}}]}
                """);
        Path out = dir.resolve("own.kml");
        assertEquals(2, run("convert", in.toString(), out.toString()));
        assertTrue(err.toString().contains(in + ": has no property with a common name for the type; name the date and type"
                + " properties (the features have: day, what, town); use --date-field and --type-field"), err.toString());
        assertEquals(0, run("convert", "--date-field", "day", "--type-field", "what", "--place-field", "town",
                in.toString(), out.toString()), err::toString);
        Incident incident = IncidentFormats.read(out).get(0);
        assertEquals("Osh", incident.place().name());
        assertEquals("clash", incident.type().code());
    }

    @Test
    void aBadInputIsNamedAndTheOutputKept() throws Exception {
        Path in = Files.writeString(dir.resolve("broken.kml"), "<kml><Placemark>");
        Path out = Files.writeString(dir.resolve("good.csv"), "kept");
        assertEquals(2, run("convert", in.toString(), out.toString()));
        assertTrue(err.toString().startsWith("convert: " + in + ": "), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertEquals("kept", Files.readString(out));
    }

    @Test
    void renderDrawsTheIncidentsOfAnAcledCsv() throws Exception {
        Path csv = dir.resolve("events.csv");
        assertEquals(0, run("convert", "data/events.geojson", csv.toString()), err::toString);
        StringWriter out = new StringWriter();
        CommandLine cli = IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("render must not open the window");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("render", "--incidents", csv.toString(), "--date", "2005-03-21", "--center", "40.75,72.3",
                "--zoom", "8", "--size", "320x200", "--out", dir.resolve("day.png").toString()), err::toString);
        assertTrue(out.toString().contains("2005-03-21: 6 incidents, 2 of them that day"), out.toString());
    }

    @Test
    void extractWritesTheFormatItsOutputNameSays() throws Exception {
        Path out = dir.resolve("incidents.xlsx");
        assertEquals(2, run("extract", "--out", out.toString(), "data"));
        assertTrue(err.toString().contains(out + ": cannot tell the format from the name (use .geojson"), err.toString());
    }
}
