package org.incidentatlas.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.incidentatlas.io.AcledCsv;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.IncidentFormatException;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.io.IncidentKml;
import org.incidentatlas.model.Incident;
import org.incidentatlas.testing.Mutations;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the CSV (ACLED) and KML readers with byte mutants of their seed corpora (the files in
 * src/test/resources/fuzz and the writers' output for the test fixture), read as a user's file is,
 * encoding detection included. Every input is read or refused in words; what is read is within the
 * schema's ranges, and writing it, reading it and writing it again gives the same file.
 */
class FlatIncidentFuzzTest {

    private static Path dir;
    private final AcledCsv csv = new AcledCsv();
    private final IncidentKml kml = new IncidentKml();

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("flat-fuzz");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Property(seed = "1616")
    void csvMutantsAreReadOrRefusedInWords(@ForAll("csvFiles") byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("fuzz.csv"), bytes);
        List<Incident> incidents;
        try {
            incidents = csv.read(file);
        } catch (IncidentFormatException | FileProblemException e) {
            inWords(e);
            return;
        }
        inRange(incidents);
        String once = csvText(incidents);
        String twice = csvText(csv.read(new java.io.StringReader(once), "again.csv"));
        if (!once.equals(twice)) {
            throw new AssertionError("writing what was read changed the file:\n" + once + "\n---\n" + twice);
        }
    }

    @Property(seed = "1617")
    void kmlMutantsAreReadOrRefusedInWords(@ForAll("kmlFiles") byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("fuzz.kml"), bytes);
        List<Incident> incidents;
        try {
            incidents = kml.read(file);
        } catch (IncidentFormatException | FileProblemException e) {
            inWords(e);
            return;
        }
        inRange(incidents);
        String once = kmlText(incidents);
        String twice = kmlText(kml.read(new java.io.StringReader(once), "again.kml"));
        if (!once.equals(twice)) {
            throw new AssertionError("writing what was read changed the file:\n" + once + "\n---\n" + twice);
        }
    }

    @Example
    void everySeedIsRead() throws Exception {
        for (byte[] seed : seeds("acled", ".csv", i -> csvText(i).getBytes(StandardCharsets.UTF_8))) {
            if (csv.read(Files.write(dir.resolve("seed.csv"), seed)).isEmpty()) {
                throw new AssertionError("a CSV seed without incidents");
            }
        }
        for (byte[] seed : seeds("kml", ".kml", i -> kmlText(i).getBytes(StandardCharsets.UTF_8))) {
            if (kml.read(Files.write(dir.resolve("seed.kml"), seed)).isEmpty()) {
                throw new AssertionError("a KML seed without incidents");
            }
        }
    }

    private String csvText(List<Incident> incidents) throws IOException {
        StringWriter out = new StringWriter();
        csv.write(incidents, out);
        return out.toString();
    }

    private String kmlText(List<Incident> incidents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kml.write(incidents, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void inWords(Exception e) {
        String message = e.getMessage();
        if (message == null || message.contains("No enum constant") || message.contains("Exception")
                || message.contains("java.") || message.lines().count() > 1) {
            throw new AssertionError("not a one-line message in words: " + message, e);
        }
    }

    private static void inRange(List<Incident> incidents) {
        for (Incident i : incidents) {
            for (Integer count : Arrays.asList(i.killed(), i.injured(), i.crowd())) {
                if (count != null && (count < 0 || count > IncidentGeoJson.MAX_COUNT)) {
                    throw new AssertionError("count out of range: " + i);
                }
            }
            if (i.date().isBefore(IncidentGeoJson.FIRST_DATE) || i.date().isAfter(IncidentGeoJson.LAST_DATE)
                    || !(Math.abs(i.place().lat()) <= 90) || !(Math.abs(i.place().lon()) <= 180)) {
                throw new AssertionError("out of range: " + i);
            }
        }
    }

    /** The seed files of a kind, and the writer's output for the test fixture. */
    private static List<byte[]> seeds(String folder, String suffix, Writer writer) {
        List<byte[]> seeds = new ArrayList<>(Mutations.seeds(Path.of("src/test/resources/fuzz", folder), suffix));
        try {
            seeds.add(writer.write(new IncidentGeoJson().read(Path.of("src/test/resources/fixtures/incidents.geojson"))));
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the seed corpus", e);
        }
        return seeds;
    }

    private interface Writer {
        byte[] write(List<Incident> incidents) throws IOException;
    }

    @Provide
    Arbitrary<byte[]> csvFiles() {
        return Mutations.of(seeds("acled", ".csv", i -> csvText(i).getBytes(StandardCharsets.UTF_8)), 6);
    }

    @Provide
    Arbitrary<byte[]> kmlFiles() {
        return Mutations.of(seeds("kml", ".kml", i -> kmlText(i).getBytes(StandardCharsets.UTF_8)), 6);
    }

}
