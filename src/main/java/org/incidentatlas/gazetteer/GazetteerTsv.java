package org.incidentatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * The committed gazetteer format: UTF-8, tab-separated, one place per line under a header;
 * alternate names separated by {@code |}. Plain text so a diff of a regenerated file is readable.
 */
public final class GazetteerTsv {

    public static final String HEADER = String.join("\t",
            "id", "name", "kind", "lat", "lon", "admin", "country", "population", "needs_context", "accuracy_km",
            "alternate_names");
    private static final int COLUMNS = 11;
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern BAR = Pattern.compile("\\|");

    private GazetteerTsv() {
    }

    /** Reads entries; {@code source} names the file in error messages. */
    public static List<GazetteerEntry> read(Reader reader, String source) {
        List<GazetteerEntry> entries = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(reader);
            String header = lines.readLine();
            if (header == null || !header.strip().equals(HEADER)) {
                throw new GazetteerFormatException(source + " line 1: expected the header '" + HEADER.replace('\t', ' ')
                        + "', found '" + header + "'");
            }
            int lineNumber = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                entries.add(parse(line, source, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return entries;
    }

    private static GazetteerEntry parse(String line, String source, int lineNumber) {
        String[] f = TAB.split(line, -1);
        String where = source + " line " + lineNumber + ": ";
        if (f.length != COLUMNS) {
            throw new GazetteerFormatException(where + "expected " + COLUMNS + " tab-separated columns, found " + f.length);
        }
        try {
            PlaceKind kind = PlaceKind.fromCode(f[2]);
            double lat = number(f[3], "lat", where);
            double lon = number(f[4], "lon", where);
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                throw new GazetteerFormatException(where + "coordinates out of range: " + lat + ", " + lon);
            }
            long population = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
            boolean needsContext = switch (f[8]) {
                case "0", "" -> false;
                case "1" -> true;
                default -> throw new GazetteerFormatException(where + "needs_context must be 0 or 1, not '" + f[8] + "'");
            };
            double accuracy = number(f[9], "accuracy_km", where);
            List<String> alternates = f[10].isEmpty() ? List.of() : Arrays.asList(BAR.split(f[10]));
            Place place = new Place(f[0], f[1], alternates, kind, lat, lon, f[5], f[6], population);
            return new GazetteerEntry(place, needsContext, accuracy);
        } catch (IllegalArgumentException e) {
            // PlaceKind.fromCode, Long.parseLong and the records' own checks
            throw new GazetteerFormatException(where + e.getMessage(), e);
        }
    }

    private static double number(String text, String column, String where) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new GazetteerFormatException(where + column + " is not a number: '" + text + "'", e);
        }
    }

    /** Writes entries in the format {@link #read} reads. */
    public static void write(List<GazetteerEntry> entries, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (GazetteerEntry e : entries) {
            Place p = e.place();
            for (String name : p.alternateNames()) {
                if (name.contains("|") || name.contains("\t")) {
                    throw new IllegalArgumentException("name '" + name + "' of " + p.id() + " contains a separator");
                }
            }
            out.write(String.join("\t",
                    p.id(), p.name(), p.kind().code(),
                    String.format(Locale.ROOT, "%.5f", p.lat()), String.format(Locale.ROOT, "%.5f", p.lon()),
                    p.admin(), p.countryCode(), Long.toString(p.population()),
                    e.needsContext() ? "1" : "0",
                    String.format(Locale.ROOT, "%.1f", e.accuracyKm()),
                    String.join("|", p.alternateNames())));
            out.write('\n');
        }
    }
}
