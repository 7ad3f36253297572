package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.model.Incident;
import org.incidentatlas.testing.ExternalTool;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real GIS client reads our exports: GDAL's {@code ogrinfo} (Debian gdal-bin, installed by .ci/run)
 * lists every feature of the GeoJSON, KML and CSV with the day and the point we wrote.
 */
class GdalReadsOurExportsTest {

    /** One feature as ogrinfo prints it: the day of the named date field, and the point. */
    private record Seen(String day, double lon, double lat) {
    }

    @ParameterizedTest
    @CsvSource({"incidents.geojson,date", "incidents.kml,timestamp", "incidents.csv,event_date"})
    void ogrinfoReadsEveryFeatureWithItsDayAndPoint(String name, String dateField, @TempDir Path dir) throws Exception {
        Optional<Path> ogrinfo = ExternalTool.find("ogrinfo");
        assumeTrue(ogrinfo.isPresent(), "GDAL's ogrinfo is not installed");
        List<Incident> incidents = FlatRoundTrip.bundled();
        Path file = dir.resolve(name);
        IncidentFormats.write(incidents, file);
        // A CSV's points are in the columns ACLED names.
        String output = ExternalTool.run(ogrinfo.get(), "-ro", "-al", "-q",
                "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", file.toString());
        List<Seen> seen = features(output, dateField);
        List<Seen> written = incidents.stream()
                .map(i -> new Seen(i.date().toString(), i.place().lon(), i.place().lat())).toList();
        assertEquals(written, seen);
    }

    private static List<Seen> features(String ogrinfo, String dateField) {
        List<Seen> seen = new ArrayList<>();
        Pattern date = Pattern.compile("^\\s+" + dateField + " \\([A-Za-z]+\\) = (\\d{4})[/-](\\d{2})[/-](\\d{2})", Pattern.MULTILINE);
        Pattern point = Pattern.compile("^\\s+POINT \\(([-0-9.]+) ([-0-9.]+)", Pattern.MULTILINE);
        for (String feature : ogrinfo.split("OGRFeature\\(")) {
            Matcher d = date.matcher(feature);
            Matcher p = point.matcher(feature);
            if (d.find() && p.find()) {
                seen.add(new Seen(d.group(1) + "-" + d.group(2) + "-" + d.group(3),
                        Double.parseDouble(p.group(1)), Double.parseDouble(p.group(2))));
            } else if (feature.contains(" = ")) {
                throw new AssertionError("ogrinfo shows a feature without " + dateField + " or point:\n" + feature);
            }
        }
        return seen;
    }
}
