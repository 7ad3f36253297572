package org.incidentatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.incidentatlas.model.Incident;

/**
 * The incident formats, and the one place that chooses among them: for reading by the file's content
 * (its first kilobytes), then by its name; for writing by its name. Every command, the viewer's
 * {@code --incidents} and File → Open incidents… / Export read and write through here.
 */
public final class IncidentFormats {

    /** Our GeoJSON, the contract ({@link IncidentGeoJson}). */
    public static final IncidentFormat GEOJSON = new OurGeoJson();
    /** Our features one per line (GDAL's GeoJSONSeq), as the Spark job writes them. */
    public static final IncidentFormat GEOJSON_LINES = new OurGeoJsonLines();
    /** ACLED's CSV export columns ({@link AcledCsv}). */
    public static final IncidentFormat ACLED_CSV = new Acled();
    /** KML placemarks with a TimeStamp or TimeSpan ({@link IncidentKml}). */
    public static final IncidentFormat KML = new Kml();

    /** The formats an export offers, in menu order. */
    public static final List<IncidentFormat> WRITTEN = List.of(GEOJSON, GEOJSON_LINES, KML, ACLED_CSV);

    /** How much of a file is looked at to recognise its format. */
    private static final int HEAD_BYTES = 8192;

    private IncidentFormats() {
    }

    /** The format a file name asks for on writing; an unknown ending is named with the known ones. */
    public static IncidentFormat forWriting(Path file) throws IncidentFormatException {
        return WRITTEN.stream().filter(f -> f.named(file)).findFirst().orElseThrow(() -> new IncidentFormatException(
                Printable.strip(String.valueOf(file)) + ": cannot tell the format from the name (use " + endings() + ")"));
    }

    /** The format of a file to read, by content first: a {@code .json} of ACLED's columns is still CSV. */
    public static IncidentFormat forReading(Path file) throws IncidentFormatException, FileProblemException {
        return forReading(file, Optional.empty());
    }

    /** As {@link #forReading(Path)}; someone else's GeoJSON is read with {@code mapping} (empty: the common names). */
    public static IncidentFormat forReading(Path file, Optional<FieldMapping> mapping)
            throws IncidentFormatException, FileProblemException {
        List<IncidentFormat> candidates = List.of(KML, ACLED_CSV, GEOJSON_LINES, GEOJSON, new GeoJsonPoints(mapping));
        String head = head(file);
        if (head.isBlank()) {
            throw new IncidentFormatException(Printable.strip(file.toString()) + ": is empty (no incidents to read)");
        }
        if (GEOJSON_LINES.named(file) && head.stripLeading().startsWith("{")) {
            return GEOJSON_LINES; // JSON named as lines: its errors are best named by line, even when the first is broken
        }
        for (IncidentFormat format : candidates) {
            if (format.recognises(head)) {
                return format;
            }
        }
        // Not recognised (empty, binary, another encoding): the format the name says reads it and names the problem.
        for (IncidentFormat format : candidates) {
            if (format.named(file)) {
                return format;
            }
        }
        if (head.equals("\0")) {
            throw new IncidentFormatException(Printable.strip(file.toString()) + ": is a binary file, not text");
        }
        throw new IncidentFormatException(Printable.strip(file.toString()) + ": "
                + "is not an incident file this app reads (GeoJSON, GeoJSON Lines, ACLED CSV or KML; "
                + endings() + ")");
    }

    /** Reads a file in whichever format it is in. */
    public static List<Incident> read(Path file) throws IOException, IncidentFormatException {
        return forReading(file).read(file);
    }

    /** Writes a file in the format its name asks for, atomically. */
    public static void write(List<Incident> incidents, Path file) throws IncidentFormatException, FileProblemException {
        forWriting(file).write(incidents, file);
    }

    private static String endings() {
        return WRITTEN.stream().flatMap(f -> f.extensions().stream()).map(e -> "." + e).distinct().collect(Collectors.joining(", "));
    }

    /** The file's first kilobytes as text (UTF-16 by its byte order mark, otherwise UTF-8), without a byte order mark. */
    static String head(Path file) throws FileProblemException {
        byte[] bytes;
        try (InputStream in = InputFiles.open(file, InputFiles.Kind.INCIDENTS)) {
            bytes = in.readNBytes(HEAD_BYTES);
        } catch (FileProblemException e) {
            throw e;
        } catch (IOException e) {
            throw new FileProblemException(file, InputFiles.reason(e), e);
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        String text = new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            return "\0"; // binary: recognised as nothing, and not empty
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return text.startsWith("\u001E") ? text.substring(1) : text;
    }

    private static final class OurGeoJson implements IncidentFormat {
        @Override
        public String name() {
            return "GeoJSON";
        }

        @Override
        public List<String> extensions() {
            return List.of("geojson", "json");
        }

        @Override
        public boolean recognises(String head) {
            return head.stripLeading().startsWith("{") && head.contains("\"placeId\"");
        }

        @Override
        public void read(Path file, IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException {
            new IncidentGeoJson().read(file, IncidentGeoJson.BATCH_SIZE, batches);
        }

        @Override
        public void write(List<Incident> incidents, OutputStream out) throws IOException {
            new IncidentGeoJson().write(incidents, out);
        }
    }

    private static final class OurGeoJsonLines implements IncidentFormat {
        @Override
        public String name() {
            return "GeoJSON Lines";
        }

        @Override
        public List<String> extensions() {
            return List.of("geojsonl", "geojsons", "jsonl");
        }

        /** Its first line is a whole Feature of ours. */
        @Override
        public boolean recognises(String head) {
            String start = head.stripLeading();
            int end = start.indexOf('\n');
            String first = (end < 0 ? start : start.substring(0, end)).strip();
            return first.startsWith("{") && first.endsWith("}") && first.contains("\"Feature\"") && first.contains("\"placeId\"")
                    && !first.contains("\"FeatureCollection\"");
        }

        @Override
        public void read(Path file, IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException {
            // The lines reader is chosen by name; under another name the stream is read as lines when it opens as such.
            try (InputStream in = InputFiles.open(file, InputFiles.Kind.INCIDENTS)) {
                new IncidentGeoJson().read(in, file.toString(), id -> Optional.empty(), IncidentGeoJson.BATCH_SIZE, batches);
            }
        }

        @Override
        public void write(List<Incident> incidents, OutputStream out) throws IOException {
            IncidentGeoJson geoJson = new IncidentGeoJson();
            for (Incident incident : incidents) {
                out.write(geoJson.toLine(incident).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static final class Acled implements IncidentFormat {
        @Override
        public String name() {
            return "ACLED CSV";
        }

        @Override
        public List<String> extensions() {
            return List.of("csv");
        }

        /** Its header line names ACLED's event_date column. */
        @Override
        public boolean recognises(String head) {
            int end = head.indexOf('\n');
            String header = (end < 0 ? head : head.substring(0, end)).toLowerCase(Locale.ROOT);
            return header.contains("event_date") && header.contains(",");
        }

        @Override
        public void read(Path file, IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException {
            batches.accept(new AcledCsv().read(file), -1);
        }

        @Override
        public void write(List<Incident> incidents, OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new AcledCsv().write(incidents, writer);
            writer.flush();
        }
    }

    private static final class Kml implements IncidentFormat {
        @Override
        public String name() {
            return "KML";
        }

        @Override
        public List<String> extensions() {
            return List.of("kml");
        }

        @Override
        public boolean recognises(String head) {
            return head.stripLeading().startsWith("<") && head.contains("<kml");
        }

        @Override
        public void read(Path file, IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException {
            batches.accept(new IncidentKml().read(file), -1);
        }

        @Override
        public void write(List<Incident> incidents, OutputStream out) throws IOException {
            new IncidentKml().write(incidents, out);
        }
    }
}
