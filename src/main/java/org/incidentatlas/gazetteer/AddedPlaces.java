package org.incidentatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * Places a user adds to the gazetteer, so that villages the bundled one lacks are found: a GeoNames
 * dump in its standard tab-separated form (a country file such as {@code KG.txt}, or
 * {@code cities500.txt}: populated places and first- and second-level regions are taken, rivers,
 * mountains and the like are not), or a CSV of a name and its coordinates ({@code name,lat,lon}, or
 * {@code name,"lat, lon"}; a header line is allowed).
 */
public final class AddedPlaces {

    /** The columns of a GeoNames dump (readme.txt of the GeoNames export). */
    private static final int GEONAMES_COLUMNS = 19;
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** Each added place gets an id of this prefix and its name, so adding a file twice adds nothing. */
    public static final String CSV_ID_PREFIX = "added:";

    private AddedPlaces() {
    }

    /**
     * The places read, and the rows of a GeoNames dump that are not places a report would name as
     * where something happened (streams, peaks, farms...).
     */
    public record Read(List<Place> places, int skipped, String format) {

        public Read {
            places = List.copyOf(places);
        }
    }

    /**
     * Reads either format, told apart by the first line: a GeoNames row has 19 tab-separated fields.
     *
     * @param label    names the file in messages
     * @param progress told the number of lines read every 10,000 lines (a cities dump has 200,000)
     * @throws GazetteerFormatException naming the file, the line and what is wrong
     */
    public static Read read(Reader reader, String label, LongConsumer progress) {
        try {
            BufferedReader lines = new BufferedReader(reader);
            lines.mark(1 << 16);
            String first = lines.readLine();
            lines.reset();
            if (first == null || first.isBlank()) {
                throw new GazetteerFormatException(label + ": is empty: no places to add");
            }
            if (TAB.split(first, -1).length == GEONAMES_COLUMNS) {
                return geoNames(lines, label, progress);
            }
            return csv(lines, label);
        } catch (IOException e) {
            throw new UncheckedIOException(label + ": cannot be read", e);
        }
    }

    private static Read geoNames(BufferedReader lines, String label, LongConsumer progress) throws IOException {
        List<Place> places = new ArrayList<>();
        int skipped = 0;
        long lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            if (lineNo % 10_000 == 0) {
                progress.accept(lineNo);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = TAB.split(line, -1);
            String where = label + " line " + lineNo + ": ";
            if (f.length != GEONAMES_COLUMNS) {
                throw new GazetteerFormatException(where + "has " + f.length + " tab-separated fields; a GeoNames row has "
                        + GEONAMES_COLUMNS);
            }
            PlaceKind kind = kindOf(f[6], f[7], population(f[14], where));
            if (kind == null) {
                skipped++;
                continue;
            }
            if (!f[0].matches("\\d+")) {
                throw new GazetteerFormatException(where + "the GeoNames id \"" + f[0] + "\" is not a number");
            }
            String name = f[1].strip();
            if (name.isEmpty()) {
                throw new GazetteerFormatException(where + "has no name");
            }
            Set<String> alternates = new LinkedHashSet<>();
            if (!f[2].isBlank() && !f[2].equals(name)) {
                alternates.add(f[2].strip());
            }
            // GeoNames lists names in every language and postcodes and links; the Latin and Cyrillic ones are read in reports.
            for (String alternate : f[3].split(",")) {
                String a = alternate.strip();
                if (!a.isEmpty() && !a.equals(name) && !a.contains("://") && a.chars().noneMatch(Character::isDigit)
                        && a.codePoints().allMatch(c -> c < 0x0530 || Character.isWhitespace(c))) {
                    alternates.add(a);
                }
            }
            places.add(new Place("geonames:" + f[0], name, List.copyOf(alternates), kind,
                    coordinate(f[4], -90, 90, "latitude", where), coordinate(f[5], -180, 180, "longitude", where),
                    "", f[8].strip().toUpperCase(Locale.ROOT), population(f[14], where)));
        }
        return new Read(places, skipped, "GeoNames");
    }

    /** Populated places by size; first- and second-level regions; null for everything a report does not happen in. */
    private static PlaceKind kindOf(String featureClass, String featureCode, long population) {
        if (featureClass.equals("A") && (featureCode.equals("ADM1") || featureCode.equals("ADM2"))) {
            return PlaceKind.REGION;
        }
        if (!featureClass.equals("P")) {
            return null;
        }
        if (featureCode.equals("PPLC") || featureCode.equals("PPLA") || population >= 100_000) {
            return PlaceKind.CITY;
        }
        return population >= 5_000 || featureCode.equals("PPLA2") ? PlaceKind.TOWN : PlaceKind.VILLAGE;
    }

    private static long population(String field, String where) {
        if (field.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(field.strip()));
        } catch (NumberFormatException e) {
            throw new GazetteerFormatException(where + "the population \"" + field + "\" is not a number");
        }
    }

    private static double coordinate(String field, double min, double max, String what, String where) {
        double value;
        try {
            value = Double.parseDouble(field.strip());
        } catch (NumberFormatException e) {
            throw new GazetteerFormatException(where + "the " + what + " \"" + field.strip() + "\" is not a number");
        }
        if (!(value >= min && value <= max)) {
            throw new GazetteerFormatException(where + "the " + what + " " + field.strip() + " is outside " + (int) min
                    + " to " + (int) max);
        }
        return value;
    }

    private static Read csv(BufferedReader lines, String label) throws IOException {
        List<Place> places = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.TRIM_SPACES);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(lines)) {
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                long lineNo = rows.getCurrentLocation().getLineNr() - 1;
                String where = label + " line " + Math.max(1, lineNo) + ": ";
                if (row.length == 0 || Arrays.stream(row).allMatch(String::isBlank)) {
                    continue;
                }
                String[] coordinates = row.length == 2 ? COMMA.split(row[1].strip()) : Arrays.copyOfRange(row, 1, row.length);
                if (coordinates.length != 2) {
                    throw new GazetteerFormatException(where + "expected a name and its coordinates (name,lat,lon), found "
                            + row.length + " fields");
                }
                if (places.isEmpty() && !coordinates[0].strip().matches("[-+]?[\\d.]+")) {
                    // The header: "name,lat,lon", "place,latitude,longitude".
                    continue;
                }
                String name = row[0].strip();
                if (name.isEmpty()) {
                    throw new GazetteerFormatException(where + "has no name");
                }
                places.add(new Place(CSV_ID_PREFIX + Names.normalise(name), name, List.of(), PlaceKind.VILLAGE,
                        coordinate(coordinates[0], -90, 90, "latitude", where),
                        coordinate(coordinates[1], -180, 180, "longitude", where), "", "", 0));
            }
        } catch (JsonProcessingException e) {
            throw new GazetteerFormatException(label + " line " + e.getLocation().getLineNr() + ": is not CSV ("
                    + e.getOriginalMessage() + ")", e);
        }
        if (places.isEmpty()) {
            throw new GazetteerFormatException(label + ": has no rows of a name and its coordinates");
        }
        return new Read(places, 0, "CSV");
    }
}
