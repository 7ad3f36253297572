package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;

/** What the flat formats (CSV, KML) carry of an incident, and the real client that checks them. */
final class FlatRoundTrip {

    private FlatRoundTrip() {
    }

    /** The bundled incidents: real extraction output with every field filled somewhere. */
    static List<Incident> bundled() throws Exception {
        return new IncidentGeoJson().read(Path.of("data/events.geojson"));
    }

    /** Everything but excerpt offsets, highlights and per-source numbers, which a flat row has no room for. */
    static void assertCarried(List<Incident> expected, List<Incident> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Incident e = expected.get(i);
            Incident a = actual.get(i);
            String which = "incident " + e.id();
            assertEquals(e.id(), a.id(), which);
            assertEquals(e.date(), a.date(), which);
            assertEquals(e.type(), a.type(), which);
            assertEquals(e.retaken(), a.retaken(), which);
            assertEquals(e.precision(), a.precision(), which);
            assertEquals(e.place().id(), a.place().id(), which);
            assertEquals(e.place().name(), a.place().name(), which);
            assertEquals(e.place().kind(), a.place().kind(), which);
            assertEquals(e.place().lat(), a.place().lat(), 0, which);
            assertEquals(e.place().lon(), a.place().lon(), 0, which);
            assertEquals(e.place().admin(), a.place().admin(), which);
            assertEquals(e.place().countryCode(), a.place().countryCode(), which);
            assertEquals(e.actors(), a.actors(), which);
            assertEquals(e.targets(), a.targets(), which);
            assertEquals(e.killed(), a.killed(), which);
            assertEquals(e.injured(), a.injured(), which);
            assertEquals(e.crowd(), a.crowd(), which);
            assertEquals(carried(e.sources()), carried(a.sources()), which);
        }
    }

    private static List<List<Object>> carried(List<Source> sources) {
        return sources.stream().map(s -> List.<Object>of(s.article(), s.outlet(), String.valueOf(s.published()), s.excerpt())).toList();
    }

    /** The feature count {@code ogrinfo} (GDAL) reports for a file, or -1 when GDAL is not installed. */
    static int ogrFeatureCount(Path file) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException notInstalled) {
            return -1;
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("ogrinfo refused " + file + ":\n" + output);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Feature Count: (\\d+)").matcher(output);
        int total = 0;
        boolean found = false;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
            found = true;
        }
        if (!found) {
            throw new AssertionError("ogrinfo gave no feature count for " + file + ":\n" + output);
        }
        return total;
    }
}
