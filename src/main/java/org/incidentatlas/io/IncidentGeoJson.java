package org.incidentatlas.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;

/**
 * Incidents as GeoJSON: the contract for every command, export and import.
 * A {@code FeatureCollection}, one {@code Feature} per incident, a {@code Point [lon, lat]},
 * and the properties {@code id, date, type, place, placeId, precision, actors, targets,
 * killed, injured, sources[{article, outlet, published, excerpt, start, end}]}.
 * Extra properties ({@code placeKind, admin, country, population, retaken, crowd}, and per source
 * {@code killed, injured, crowd, highlights}) are written too and optional on reading; {@code crowd}
 * is an integer or null (files written before it existed read as null).
 * The same features may travel as GeoJSON Lines (GDAL's {@code GeoJSONSeq}: one feature per line, as the
 * Spark job writes them), read and written here too.
 */
public final class IncidentGeoJson {

    /**
     * Duplicate keys are refused as a feature is read (a member the reader already has, or a value's tree
     * built by the mapper), not by the parser's duplicate detector, which keeps a set of names per object
     * and cost a large file a fifth of its read.
     */
    private ObjectMapper mapper;
    private ObjectWriter lineWriter;

    /**
     * Made on first use: writing needs it, reading only for a value of a shape the rules refuse. Creating
     * one costs a quarter of a second of class loading in a fresh JVM, a third of what {@code render} of
     * the bundled incidents spent reading them.
     */
    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
            lineWriter = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    // ---- writing

    public String toJson(List<Incident> incidents) {
        try {
            return mapper().writeValueAsString(toTree(incidents)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise incidents", e);
        }
    }

    public void write(List<Incident> incidents, Writer out) throws IOException {
        out.write(toJson(incidents));
        out.flush();
    }

    public void write(List<Incident> incidents, OutputStream out) throws IOException {
        out.write(toJson(incidents).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Writes through {@link AtomicWriter}: a failed write never leaves half a file, and an existing
     * file keeps its permissions (a symbolic link stays one).
     */
    public void write(List<Incident> incidents, Path file) throws IOException {
        AtomicWriter.writeString(file, toJson(incidents));
    }

    /**
     * One incident as one line of GeoJSON Lines (GDAL's {@code GeoJSONSeq}): the feature {@link #toTree} would
     * list, on one line, ending in a newline.
     */
    public String toLine(Incident incident) {
        try {
            mapper();
            return lineWriter.writeValueAsString(feature(incident)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise incident " + incident.id(), e);
        }
    }

    /** Writes GeoJSON Lines through {@link AtomicWriter}, as {@link #write(List, Path)} does GeoJSON. */
    public void writeLines(List<Incident> incidents, Path file) throws IOException {
        AtomicWriter.write(file, out -> {
            for (Incident incident : incidents) {
                out.write(toLine(incident).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /**
     * Whether a file name says GeoJSON Lines, one feature per line: {@code .geojsonl} and {@code .geojsons}
     * (GDAL's GeoJSONSeq) or {@code .jsonl}.
     */
    public static boolean isLinesName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".geojsonl") || lower.endsWith(".geojsons") || lower.endsWith(".jsonl");
    }

    public ObjectNode toTree(List<Incident> incidents) {
        ObjectNode root = mapper().createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Incident incident : incidents) {
            features.add(feature(incident));
        }
        return root;
    }

    private ObjectNode feature(Incident incident) {
        ObjectNode feature = mapper().createObjectNode();
        feature.put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(incident.place().lon()).add(incident.place().lat());
        ObjectNode p = feature.putObject("properties");
        Place place = incident.place();
        p.put("id", incident.id());
        p.put("date", incident.date().toString());
        p.put("type", incident.type().code());
        p.put("place", place.name());
        p.put("placeId", place.id());
        p.put("placeKind", place.kind().code());
        p.put("admin", place.admin());
        p.put("country", place.countryCode());
        p.put("population", place.population());
        p.put("precision", incident.precision().code());
        strings(p.putArray("actors"), incident.actors());
        strings(p.putArray("targets"), incident.targets());
        putNullable(p, "killed", incident.killed());
        putNullable(p, "injured", incident.injured());
        putNullable(p, "crowd", incident.crowd());
        p.put("retaken", incident.retaken());
        ArrayNode sources = p.putArray("sources");
        for (Source s : incident.sources()) {
            ObjectNode node = sources.addObject();
            node.put("article", s.article());
            node.put("outlet", s.outlet());
            if (s.published() == null) {
                node.putNull("published");
            } else {
                node.put("published", s.published().toString());
            }
            node.put("excerpt", s.excerpt());
            node.put("start", s.start());
            node.put("end", s.end());
            putNullable(node, "killed", s.killed());
            putNullable(node, "injured", s.injured());
            putNullable(node, "crowd", s.crowd());
            ArrayNode highlights = node.putArray("highlights");
            for (Highlight h : s.highlights()) {
                highlights.addObject().put("start", h.start()).put("end", h.end()).put("kind", h.kind().code());
            }
        }
        return feature;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putNullable(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    // ---- reading

    /** Dates outside this window are refused on reading (no news report of this kind is older or newer). */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);
    /** The largest number of people (killed, injured, crowd) a feature may state. */
    public static final int MAX_COUNT = 100_000_000;

    /** How many incidents a {@link Batches} receives at a time, unless told otherwise. */
    public static final int BATCH_SIZE = 10_000;

    /**
     * Receives the incidents of a file as they are read, a batch at a time, with how far the
     * reader has got, on the thread that asked for the read. A batch is never handed out again; when a later feature is bad, the read
     * ends with {@link GeoJsonFormatException} and what was received must be thrown away.
     */
    @FunctionalInterface
    public interface Batches {
        /** @param bytesRead bytes of the file read so far (of {@code Files.size}, for a progress bar) */
        void accept(List<Incident> batch, long bytesRead);
    }

    /**
     * Reads a file; places are rebuilt from the feature's own properties. The file is checked first
     * (regular, at most 1 GB) and decoded as every text file is (UTF-8, or UTF-16 with a byte order
     * mark; anything else is named).
     */
    public List<Incident> read(Path file) throws IOException, GeoJsonFormatException {
        List<Incident> incidents = new ArrayList<>();
        read(file, BATCH_SIZE, (batch, bytesRead) -> incidents.addAll(batch));
        return incidents;
    }

    /** Streams a file (checked first, as {@link #read(Path)}) to {@code batches}, {@code batchSize} incidents at a time. */
    public void read(Path file, int batchSize, Batches batches) throws IOException, GeoJsonFormatException {
        read(file, batchSize, batches, start -> { });
    }

    /**
     * As {@link #read(Path, int, Batches)}, telling {@code starts} where each feature begins, in
     * the order they are read and before the batch that holds it: a byte offset that
     * {@link #readFeatureAt} takes, or -1 for every feature of a file that is not addressed by bytes
     * (GeoJSON Lines, UTF-16 text).
     */
    public void read(Path file, int batchSize, Batches batches, LongConsumer starts) throws IOException, GeoJsonFormatException {
        if (isLinesName(file.toString())) {
            // GeoJSON Lines are UTF-8 by definition, decoded line by line so that an error names its line.
            try (InputStream in = InputFiles.open(file, InputFiles.Kind.INCIDENTS)) {
                read(in, file.toString(), id -> Optional.empty(), batchSize, (batch, bytesRead) -> {
                    batch.forEach(incident -> starts.accept(-1));
                    batches.accept(batch, bytesRead);
                });
            }
            return;
        }
        Optional<InputStream> utf8 = InputFiles.openUtf8(file, InputFiles.Kind.INCIDENTS);
        if (utf8.isPresent()) {
            // Parsed as bytes (Jackson checks the UTF-8 as it goes), so that each feature's start is a byte offset.
            try (InputStream in = utf8.get()) {
                Shared shared = new Shared(id -> Optional.empty());
                readCollection(readerFactory.createParser(in), file.toString(), ourFeatures(shared),
                        batchSize, batches, starts);
            } catch (GeoJsonFormatException e) {
                if (e.getCause() instanceof JsonProcessingException json) {
                    Optional<FileProblemException> problem = notUtf8(file, json);
                    if (problem.isPresent()) {
                        throw problem.get();
                    }
                }
                throw e;
            }
            return;
        }
        try (Reader in = InputFiles.openText(file, InputFiles.Kind.INCIDENTS)) {
            Shared shared = new Shared(id -> Optional.empty());
            readCollection(readerFactory.createParser(in), file.toString(), ourFeatures(shared),
                    batchSize, batches, start -> starts.accept(-1));
        }
    }

    /** Turns one feature of a collection into an incident; an IllegalArgumentException says what is wrong with it. */
    @FunctionalInterface
    interface FeatureReader {
        Incident incident(JsonNode feature, int index);
    }

    /**
     * A FeatureCollection file whose features another format turns into incidents ({@link GeoJsonPoints}),
     * streamed and checked as ours is: the file, the collection and every error's feature, line and column.
     */
    void readFeatures(Path file, FeatureReader reader, int batchSize, Batches batches)
            throws IOException, GeoJsonFormatException {
        try (Reader in = InputFiles.openText(file, InputFiles.Kind.INCIDENTS)) {
            readCollection(readerFactory.createParser(in), file.toString(),
                    trees(reader), batchSize, batches, start -> { });
        }
    }

    /**
     * The feature of {@code file} that starts at {@code byteOffset} (as {@link #read(Path, int, Batches, LongConsumer)}
     * told), read and checked as every feature is: a viewer keeps a large file's offsets and reads an
     * incident again when its excerpt is asked for.
     */
    public Incident readFeatureAt(Path file, long byteOffset) throws IOException, GeoJsonFormatException {
        String name = Printable.strip(file.toString());
        // Opened for reading only (no options): a byte channel can start at the feature's offset.
        try (SeekableByteChannel channel = Files.newByteChannel(file);
             JsonParser parser = readerFactory.createParser(new BufferedInputStream(Channels.newInputStream(channel.position(byteOffset)), 8192))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new GeoJsonFormatException(name + ": no feature starts at byte " + byteOffset + " (has the file changed?)");
            }
            Members feature = members(parser, FEATURE, null, null);
            try {
                return incident(feature, new Shared(id -> Optional.empty()));
            } catch (IllegalArgumentException e) {
                throw new GeoJsonFormatException(name + ": the feature at byte " + byteOffset + " " + e.getMessage(), e);
            }
        } catch (JsonProcessingException e) {
            throw new GeoJsonFormatException(name + ": not valid JSON at byte " + byteOffset + " (has the file changed?)", e);
        }
    }

    /** Jackson's description of a JSON error, without the Java names it adds to a duplicate key's. */
    private static String jsonProblem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int javaNames = message.startsWith("Duplicate field") ? message.indexOf(" for `") : -1;
        return Printable.strip(javaNames < 0 ? message : message.substring(0, javaNames));
    }

    /** Jackson's words for a byte that is not UTF-8 (or a NUL), in the words every text file's reader uses. */
    private static Optional<FileProblemException> notUtf8(Path file, JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        long chars = at == null ? 0 : Math.max(0, at.getCharOffset());
        if (message.startsWith("Invalid UTF-8")) {
            return Optional.of(new FileProblemException(file, "is not UTF-8 text (an invalid byte after character " + chars + ")", e));
        }
        if (message.contains("(CTRL-CHAR, code 0)")) {
            return Optional.of(new FileProblemException(file, "is a binary file, not text (a NUL character after character " + chars + ")", e));
        }
        return Optional.empty();
    }

    /**
     * Reads a stream strictly, one feature at a time: a FeatureCollection, or GeoJSON Lines when the label's
     * name says so ({@link #isLinesName}) or the stream opens as such. {@code places} may supply the full gazetteer
     * entry for a {@code placeId}; when it does not, the place is rebuilt from the feature's
     * properties. Every error names {@code label}, the feature's index and its line and column.
     */
    public List<Incident> read(InputStream in, String label, Function<String, Optional<Place>> places)
            throws IOException, GeoJsonFormatException {
        List<Incident> incidents = new ArrayList<>();
        read(in, label, places, BATCH_SIZE, (batch, bytesRead) -> incidents.addAll(batch));
        return incidents;
    }

    /**
     * As {@link #read(InputStream, String, Function)}, handing the incidents to {@code batches}
     * as they are read: memory holds the members of a few hundred features (parsed ahead on a second
     * thread) and one batch, never the document. Equal
     * places, outlets and article names are shared between incidents, so a million incidents at a
     * few thousand places keep a few thousand {@link Place}s.
     */
    public void read(InputStream in, String label, Function<String, Optional<Place>> places, int batchSize, Batches batches)
            throws IOException, GeoJsonFormatException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        Shared shared = new Shared(places);
        if (isLinesName(label) || looksLikeLines(buffered)) {
            // Lines are checked to the end before any is handed out, as a collection's last batch is.
            List<Incident> all = readLines(buffered, label, shared);
            for (int from = 0; from < all.size(); from += batchSize) {
                batches.accept(List.copyOf(all.subList(from, Math.min(all.size(), from + batchSize))), -1);
            }
            if (all.isEmpty()) {
                batches.accept(List.of(), -1);
            }
            return;
        }
        readCollection(readerFactory.createParser(buffered), label, ourFeatures(shared),
                batchSize, batches, start -> { });
    }

    /** How far into a stream of another name the first line is looked for. */
    private static final int PEEK_BYTES = 1 << 20;
    /** The record separator that may open each feature of a GeoJSON text sequence (RFC 8142). */
    private static final char RS = '\u001E';

    /**
     * GeoJSON Lines under another name: the stream opens with a record separator, or its first line is a whole
     * Feature and more follows (a lone Feature is refused as before: it is no collection).
     */
    private boolean looksLikeLines(BufferedInputStream in) throws IOException {
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(PEEK_BYTES);
        in.reset();
        int start = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        if (start < head.length && head[start] == RS) {
            return true;
        }
        int newline = start;
        boolean closes = false;
        while (newline < head.length && head[newline] != '\n') {
            closes |= head[newline] == '}';
            newline++;
        }
        boolean moreFollows = false;
        for (int k = newline; k < head.length && !moreFollows; k++) {
            moreFollows = !Character.isWhitespace(head[k]);
        }
        if (newline >= head.length || !moreFollows || !closes) {
            // A first line without a '}' holds no whole object (a pretty-printed collection opens with "{" alone).
            return false;
        }
        try {
            JsonNode first = mapper().readTree(new String(head, start, newline - start, StandardCharsets.UTF_8));
            return first != null && first.isObject() && "Feature".equals(first.path("type").asText(null));
        } catch (JsonProcessingException notOneLine) {
            return false;
        }
    }

    /**
     * GeoJSON Lines, strictly: every line that is not blank holds one Feature (optionally after a record
     * separator); errors name the line.
     */
    private List<Incident> readLines(InputStream in, String label, Shared shared)
            throws IOException, GeoJsonFormatException {
        String name = Printable.strip(label);
        List<Incident> incidents = new ArrayList<>();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        JsonFactory factory = readerFactory;
        int lineNo = 0;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Decoded line by line, so that a byte that is not UTF-8 is reported on its own line.
        for (boolean more = nextLine(in, bytes); more; more = nextLine(in, bytes)) {
            lineNo++;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                throw new GeoJsonFormatException(name + ": is not UTF-8 text (line " + lineNo + ")", e);
            }
            int start = 0;
            while (start < line.length() && (line.charAt(start) == RS || line.charAt(start) == '\uFEFF' && lineNo == 1)) {
                start++;
            }
            String text = line.substring(start);
            if (text.isBlank()) {
                continue;
            }
            Members feature;
            try (JsonParser parser = factory.createParser(text)) {
                parser.nextToken();
                feature = members(parser, FEATURE, null, null);
                if (parser.nextToken() != null) {
                    throw new GeoJsonFormatException(name + ": line " + lineNo + " holds more than one JSON value"
                            + " (GeoJSON Lines has one feature per line)");
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                throw new GeoJsonFormatException(name + ": line " + lineNo + " is not valid JSON"
                        + (at == null ? "" : " at column " + at.getColumnNr())
                        + " (" + jsonProblem(e) + ")", e);
            }
            try {
                incidents.add(incident(feature, shared));
            } catch (IllegalArgumentException e) {
                throw new GeoJsonFormatException(name + ": feature " + incidents.size() + " (line " + lineNo + ") "
                        + e.getMessage(), e);
            }
        }
        return incidents;
    }

    /** Reads the next line's bytes (without its line end) into {@code line}; false at the end of the stream. */
    private static boolean nextLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        line.reset();
        int b = in.read();
        if (b < 0) {
            return false;
        }
        while (b >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
            b = in.read();
        }
        return true;
    }

    /** How far the parser has read: bytes, or characters when it reads decoded text (as many, in ASCII). */
    private static long readSoFar(JsonParser parser) {
        JsonLocation at = parser.currentLocation();
        return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
    }

    /**
     * How one feature of a collection is read: its tokens, read on the thread that parses the file
     * (JSON errors only), then its rules, checked on the caller's thread in the order of the file (an
     * IllegalArgumentException says what is wrong with the feature).
     */
    private interface FeatureReading<T> {
        /** Reads the feature the parser is on (its first token) to its end. */
        T tokens(JsonParser parser) throws IOException;

        Incident incident(T tokens, int index);
    }

    /** Our features: their members, then our rules. */
    private FeatureReading<Members> ourFeatures(Shared shared) {
        // The parsing thread's: a repeated text value is found there, from the parser's characters.
        RepeatedTexts texts = new RepeatedTexts();
        MemberOrder order = new MemberOrder();
        return new FeatureReading<>() {
            @Override
            public Members tokens(JsonParser parser) throws IOException {
                return members(parser, FEATURE, texts, order);
            }

            @Override
            public Incident incident(Members tokens, int index) {
                return IncidentGeoJson.incident(tokens, shared);
            }
        };
    }

    /** Another format's features ({@link GeoJsonPoints}): a tree each, then the format's rules. */
    private FeatureReading<JsonNode> trees(FeatureReader reader) {
        return new FeatureReading<>() {
            @Override
            public JsonNode tokens(JsonParser parser) throws IOException {
                return mapper().readTree(parser);
            }

            @Override
            public Incident incident(JsonNode tokens, int index) {
                return reader.incident(tokens, index);
            }
        };
    }

    /**
     * One feature's tokens as the parsing thread hands them over, with where it starts and how far the file was read
     * after it (-1 unless a batch ends with it: the parser makes an object to say so).
     */
    private record Parsed<T>(T tokens, JsonLocation at, long readSoFar) {
    }

    /** Features handed from the parsing thread to the caller's a chunk at a time (one hand-over per feature would cost more than it saves). */
    private static final int CHUNK = 256;

    /**
     * A FeatureCollection, read one feature at a time and handed out in batches. Two threads share the
     * work (a large file's read is most of the time to open it): one parses the file into each feature's
     * tokens ({@link #parseCollection}), the caller's checks each feature's rules, in the order of the
     * file, and hands out the batches. An error is reported as a read on one thread would: a feature
     * whose rules fail is named before a JSON error further on.
     */
    private <T> void readCollection(JsonParser source, String label, FeatureReading<T> reading, int batchSize, Batches batches,
                                    LongConsumer starts) throws IOException, GeoJsonFormatException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        String name = Printable.strip(label);
        Handover<T> handover = new Handover<>();
        Thread parsing = new Thread(() -> handover.run(() -> parseCollection(source, name, reading, batchSize, handover)),
                "geojson-parser");
        parsing.setDaemon(true);
        parsing.start();
        List<Incident> batch = new ArrayList<>(Math.min(batchSize, 100_000));
        int index = 0;
        try {
            while (true) {
                List<Parsed<T>> chunk = handover.take();
                for (Parsed<T> feature : chunk) {
                    if (feature.at() == null) {
                        // The end: the whole file is known good, so a caller never finishes on a bad file.
                        batches.accept(List.copyOf(batch), feature.readSoFar());
                        return;
                    }
                    starts.accept(feature.at().getByteOffset());
                    try {
                        batch.add(reading.incident(feature.tokens(), index));
                    } catch (IllegalArgumentException e) {
                        throw new GeoJsonFormatException(name + ": feature " + index + " (" + where(feature.at()) + ") " + e.getMessage(), e);
                    }
                    index++;
                    if (batch.size() == batchSize) {
                        batches.accept(List.copyOf(batch), feature.readSoFar());
                        batch.clear();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new GeoJsonFormatException(name + ": not valid JSON" + (at == null ? "" : " at " + where(at))
                    + " (" + jsonProblem(e) + ")", e);
        } finally {
            handover.stop(parsing);
        }
    }

    /** The parsing thread's part of {@link #readCollection}: the collection's structure and each feature's tokens. */
    private <T> void parseCollection(JsonParser source, String name, FeatureReading<T> reading, int batchSize, Handover<T> handover)
            throws IOException, GeoJsonFormatException {
        String type = null;
        boolean sawFeatures = false;
        List<Parsed<T>> chunk = new ArrayList<>(CHUNK);
        try (JsonParser parser = source) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new GeoJsonFormatException(name + ": not a GeoJSON FeatureCollection (the file does not start with an object)");
            }
            Set<String> fields = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (!fields.add(field)) {
                    throw new GeoJsonFormatException(name + ": not valid JSON at " + where(parser.currentTokenLocation())
                            + " (Duplicate field '" + Printable.strip(field) + "')");
                }
                JsonToken value = parser.nextToken();
                if (field.equals("type")) {
                    type = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                } else if (field.equals("features")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new GeoJsonFormatException(name + ": \"features\" is not an array (" + where(parser.currentTokenLocation()) + ")");
                    }
                    sawFeatures = true;
                    int untilBatchEnds = batchSize;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation at = parser.currentTokenLocation();
                        T tokens;
                        try {
                            tokens = reading.tokens(parser);
                        } catch (IOException | RuntimeException e) {
                            // The features before this one are checked first: their errors come first.
                            handover.put(chunk);
                            throw e;
                        }
                        boolean endsBatch = --untilBatchEnds == 0;
                        if (endsBatch) {
                            untilBatchEnds = batchSize;
                        }
                        chunk.add(new Parsed<>(tokens, at, endsBatch ? readSoFar(parser) : -1));
                        if (chunk.size() == CHUNK) {
                            handover.put(chunk);
                            chunk = new ArrayList<>(CHUNK);
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            handover.put(chunk);
            chunk = new ArrayList<>(1);
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new GeoJsonFormatException(name + ": not valid JSON (" + where(parser.currentTokenLocation()) + ")");
            }
            if (parser.nextToken() != null) {
                throw new GeoJsonFormatException(name + ": unexpected content after the end of the JSON ("
                        + where(parser.currentTokenLocation()) + ")");
            }
            if (!"FeatureCollection".equals(type)) {
                throw new GeoJsonFormatException(name + ": not a GeoJSON FeatureCollection"
                        + (type == null ? " (no \"type\")" : " (its type is \"" + Printable.strip(type) + "\")"));
            }
            if (!sawFeatures) {
                throw new GeoJsonFormatException(name + ": has no \"features\" array");
            }
            chunk.add(new Parsed<>(null, null, readSoFar(parser)));
            handover.put(chunk);
        }
    }

    /**
     * Chunks of parsed features from the parsing thread to the caller's, a few at a time (the parsing
     * thread waits when the caller falls behind), and how the parsing ended when it failed. The caller's
     * thread is never interrupted out of a read (as a read on one thread never was); it stops the
     * parsing thread, and waits for it, before the file is closed.
     */
    private static final class Handover<T> {
        private final java.util.concurrent.BlockingQueue<List<Parsed<T>>> chunks = new java.util.concurrent.ArrayBlockingQueue<>(4);
        private volatile boolean stopped;
        /** What ended the parsing when it failed; set before the empty chunk that says so. */
        private volatile Throwable failure;

        /** A parsing step that may fail as a read fails. */
        @FunctionalInterface
        interface Parsing {
            void run() throws IOException, GeoJsonFormatException;
        }

        /** Runs the parsing (on its own thread); a failure is handed over as the last chunk. */
        void run(Parsing parsing) {
            try {
                parsing.run();
            } catch (Stopped e) {
                return;
            } catch (Throwable e) {
                failure = e;
            }
            try {
                // The one empty chunk: it says the parsing failed.
                offer(List.of());
            } catch (Stopped e) {
                // The caller stopped reading: nobody waits for the failure.
            }
        }

        /** Hands over the features parsed so far, if any. */
        void put(List<Parsed<T>> chunk) {
            if (!chunk.isEmpty()) {
                offer(chunk);
            }
        }

        private void offer(List<Parsed<T>> chunk) {
            try {
                while (!chunks.offer(chunk, 20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }

        /** The next chunk of parsed features; when the parsing failed instead, its failure is thrown here. */
        List<Parsed<T>> take() throws IOException, GeoJsonFormatException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        List<Parsed<T>> chunk = chunks.take();
                        if (chunk.isEmpty()) {
                            throw rethrown(failure);
                        }
                        return chunk;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static IOException rethrown(Throwable failure) throws GeoJsonFormatException {
            if (failure instanceof GeoJsonFormatException e) {
                throw e;
            }
            if (failure instanceof IOException e) {
                return e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) failure;
        }

        /** Stops the parsing thread and waits for it to end (it closes the parser, so the file may be closed after). */
        void stop(Thread parsing) {
            stopped = true;
            boolean interrupted = false;
            while (parsing.isAlive()) {
                try {
                    parsing.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Unwinds the parsing thread once the caller has stopped reading. */
        private static final class Stopped extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Stopped() {
                super(null, null, false, false);
            }
        }
    }

    /**
     * One copy of each place, outlet and article name within a file: features repeat them, and a
     * copy per incident would cost a million incidents hundreds of megabytes.
     */
    private static final class Shared {
        private final Function<String, Optional<Place>> gazetteer;
        private final Map<Place, Place> places = new HashMap<>();
        private final Map<String, Place> byId = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private String lastArticle;
        /** Dates already read, by their text: a file of a million incidents names a few thousand days. */
        private final Map<String, LocalDate> dates = new HashMap<>();

        Shared(Function<String, Optional<Place>> gazetteer) {
            this.gazetteer = gazetteer;
        }

        /**
         * The place a feature names: the gazetteer's, else one copy per distinct place of the file.
         *
         * @param idValue the member that gave {@code id}: a {@link RepeatedTexts.Text} keeps the place its id named last
         */
        Place place(JsonNode idValue, String id, String name, PlaceKind kind, double lat, double lon, String admin, String country,
                    long population) {
            Place known = gazetteer.apply(id).orElse(null);
            if (known != null) {
                return known;
            }
            RepeatedTexts.Text idText = idValue instanceof RepeatedTexts.Text text ? text : null;
            Place sameId = idText != null && idText.derived instanceof Place last ? last : byId.get(id);
            if (sameId != null && sameId.is(id, name, kind, lat, lon, admin, country, population)) {
                // The usual case: the place this id named last, found equal before a Place is made.
                return sameId;
            }
            Place place = new Place(id, name, List.of(), kind, lat, lon, admin, country, population);
            Place shared = places.putIfAbsent(place, place);
            Place named = shared == null ? place : shared;
            byId.put(id, named);
            if (idText != null) {
                idText.derived = named;
            }
            return named;
        }

        /** {@link #requiredDate}, once per distinct text (kept beside a {@link RepeatedTexts.Text}, else by its text). */
        LocalDate date(JsonNode value, String field) {
            if (value instanceof RepeatedTexts.Text text && text.derived instanceof LocalDate known) {
                return known;
            }
            LocalDate date = dateOf(value, field);
            if (value instanceof RepeatedTexts.Text text) {
                text.derived = date;
            }
            return date;
        }

        private LocalDate dateOf(JsonNode value, String field) {
            String text = value == null ? null : value.textValue();
            LocalDate date = text == null ? null : dates.get(text);
            if (date == null) {
                date = requiredDate(value, field);
                if (dates.size() < 100_000) {
                    dates.put(text, date);
                }
            }
            return date;
        }

        /**
         * {@link #name} for an article's name: a file lists an article's incidents one after another, so the last
         * article is asked first (a large file's names map is too large to be asked cheaply for each source).
         */
        String article(String text) {
            if (!text.equals(lastArticle)) {
                lastArticle = name(text);
            }
            return lastArticle;
        }

        /** {@link #name} of a member's text value, asked once per {@link RepeatedTexts.Text}. */
        String name(JsonNode value, String text) {
            if (value instanceof RepeatedTexts.Text node) {
                if (!(node.derived instanceof String known)) {
                    String named = name(text);
                    node.derived = named;
                    return named;
                }
                return known;
            }
            return name(text);
        }

        String name(String text) {
            // Bounded: distinct excerpts are not names; a file of unique outlets stops sharing at this size.
            if (names.size() >= 100_000) {
                String shared = names.get(text);
                return shared == null ? text : shared;
            }
            String shared = names.putIfAbsent(text, text);
            return shared == null ? text : shared;
        }
    }

    private final JsonFactory readerFactory = readerFactory();

    private JsonFactory readerFactory() {
        // A plain factory: the mapper's own (copied) would create a mapper of its own for the parsers it makes.
        JsonFactory factory = new JsonFactory();
        // Coordinates by FastDoubleParser: the same correctly rounded doubles as Double.parseDouble, in less time.
        factory.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER.mappedFeature());
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxNumberLength(64).maxStringLength(10_000_000).build());
        return factory;
    }

    private static String where(JsonLocation at) {
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** A feature's Point as {longitude, latitude}, checked to lie on the earth (a feature's tree, as {@link GeoJsonPoints} reads). */
    static double[] point(JsonNode feature) {
        JsonNode geometry = feature.path("geometry");
        return point(geometry.isObject(), geometry.get("type"), geometry.get("coordinates"));
    }

    /** The rule of {@link #point(JsonNode)}, on the geometry's members (null: absent). */
    private static double[] point(boolean geometryIsObject, JsonNode type, JsonNode coordinates) {
        if (!geometryIsObject || type == null || !isText(type) || !"Point".equals(type.asText())) {
            throw new IllegalArgumentException("has no Point geometry (" + (geometryIsObject
                    ? "its geometry is a " + Printable.strip(type == null ? "geometry without a type" : type.asText("geometry without a type"))
                    : "no geometry") + ")");
        }
        if (coordinates == null || !coordinates.isArray() || coordinates.size() < 2 || coordinates.size() > 3) {
            throw new IllegalArgumentException("has no Point coordinates [longitude, latitude]");
        }
        for (JsonNode c : coordinates) {
            if (!c.isNumber()) {
                throw new IllegalArgumentException("has a coordinate that is not a number (" + shown(c) + ")");
            }
        }
        double lon = coordinates.get(0).asDouble();
        double lat = coordinates.get(1).asDouble();
        if (!(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) {
            throw new IllegalArgumentException("has coordinates out of range (longitude " + lon + ", latitude " + lat
                    + "; longitude must be within -180..180 and latitude within -90..90)");
        }
        return new double[] {lon, lat};
    }

    // ---- one feature, from the token stream

    /**
     * The members of a JSON object that the rules read, by name, and the shape of each nested object (or
     * array of objects) among them. A feature is read from the token stream into {@link Members} of these
     * shapes, without a tree; any other member is skipped.
     */
    private static final class Shape {
        private final Map<String, Integer> slots = new HashMap<>();
        /** Per slot: the shape of a nested object or array of objects, or null for a value. */
        private Shape[] nested = new Shape[0];
        private boolean[] arrayOf = new boolean[0];
        /** The members' names by slot. */
        private String[] names = new String[0];
        /** Per slot: the key of the member's {@link RepeatedTexts} table when its text values repeat, else -1. */
        private int[] repeatedTexts = new int[0];
        /** Keys handed out so far, one per repeating member of every shape (the shapes are made once, in order). */
        private static int repeatingMembers;
        /** The members' names as a writer puts them in a file: a parser compares the file's bytes with them. */
        private SerializedString[] quoted = new SerializedString[0];
        /** This shape's key in a {@link MemberOrder} (the shapes are made once, in order). */
        private final int key = shapes++;
        private static int shapes;

        /** A shape whose members named here are values (text, numbers, arrays of values...). */
        static Shape of(String... valueNames) {
            Shape shape = new Shape();
            for (String name : valueNames) {
                shape.member(name, null, false);
            }
            return shape;
        }

        Shape object(String name, Shape shape) {
            return member(name, shape, false);
        }

        Shape arrayOf(String name, Shape shape) {
            return member(name, shape, true);
        }

        private Shape member(String name, Shape shape, boolean array) {
            int slot = slots.size();
            slots.put(name, slot);
            nested = java.util.Arrays.copyOf(nested, slot + 1);
            arrayOf = java.util.Arrays.copyOf(arrayOf, slot + 1);
            names = java.util.Arrays.copyOf(names, slot + 1);
            quoted = java.util.Arrays.copyOf(quoted, slot + 1);
            quoted[slot] = new SerializedString(name);
            repeatedTexts = java.util.Arrays.copyOf(repeatedTexts, slot + 1);
            repeatedTexts[slot] = -1;
            names[slot] = name;
            nested[slot] = shape;
            arrayOf[slot] = array;
            return this;
        }

        /**
         * Marks members whose text values repeat from feature to feature (dates, codes, places, outlets): a
         * value of theirs is read as the one {@link RepeatedTexts} node of its text.
         */
        Shape repeating(String... valueNames) {
            for (String name : valueNames) {
                repeatedTexts[slot(name)] = repeatingMembers++;
            }
            return this;
        }

        /**
         * The slot of a member named in a file, or -1: looked for by reference after slot {@code after} first (a
         * parser hands out names it has interned, as the literals here are, and a writer lists members in one order),
         * else by the map.
         */
        int slotAfter(String name, int after) {
            for (int k = after + 1; k < names.length; k++) {
                if (names[k] == name) {
                    return k;
                }
            }
            Integer slot = slots.get(name);
            return slot == null ? -1 : slot;
        }

        /** The slot of a member the rules name; they name it by a literal, found here by reference before the map is asked. */
        int slot(String name) {
            for (int k = 0; k < names.length; k++) {
                if (names[k] == name) {
                    return k;
                }
            }
            Integer slot = slots.get(name);
            if (slot == null) {
                throw new IllegalStateException("no member " + name + " in this shape");
            }
            return slot;
        }
    }

    private static final Shape HIGHLIGHT = Shape.of("start", "end", "kind").repeating("kind");
    private static final Shape SOURCE = Shape.of("article", "outlet", "published", "excerpt", "start", "end",
            "killed", "injured", "crowd").arrayOf("highlights", HIGHLIGHT).repeating("article", "outlet", "published");
    private static final Shape PROPERTIES = Shape.of("id", "date", "type", "place", "placeId", "placeKind", "admin", "country",
            "population", "precision", "actors", "targets", "killed", "injured", "crowd", "retaken").arrayOf("sources", SOURCE)
            .repeating("date", "type", "place", "placeId", "placeKind", "admin", "country", "precision");
    private static final Shape GEOMETRY = Shape.of("type", "coordinates").repeating("type");
    private static final Shape FEATURE = Shape.of("type").object("geometry", GEOMETRY).object("properties", PROPERTIES)
            .repeating("type");

    /**
     * One JSON value of a {@link Shape}'s kind as the token stream gave it, before any rule is checked: each
     * member a value as a tree would hold it (null when absent), a nested object of its shape as
     * {@link Members}, an array of such objects as a list (each element {@link Members}, or the value of an
     * element that is no object). A member of another shape than expected is kept as its value, so that its
     * rule names it as before.
     */
    private static final class Members {
        private final Shape shape;
        /** The value itself when it is not an object (the rules then refuse it); null for an object. */
        private final JsonNode notAnObject;
        /** Per slot of the shape: a {@link JsonNode} value, nested {@link Members}, a list of elements, or null (absent). */
        private final Object[] slots;

        Members(Shape shape, JsonNode notAnObject) {
            this.shape = shape;
            this.notAnObject = notAnObject;
            this.slots = new Object[shape.slots.size()];
        }

        boolean isObject() {
            return notAnObject == null;
        }

        /** The member as a value (null when absent, or read as a nested object or array of objects). */
        JsonNode get(String name) {
            return slots[shape.slot(name)] instanceof JsonNode value ? value : null;
        }

        /** The member read as an object of its shape, or null. */
        Members object(String name) {
            return slots[shape.slot(name)] instanceof Members object ? object : null;
        }

        /**
         * The elements of an array of objects (an empty list when the member is absent or null).
         *
         * @throws IllegalArgumentException when the member is there but is not an array
         */
        @SuppressWarnings("unchecked")
        List<Object> elements(String name) {
            Object slot = slots[shape.slot(name)];
            if (slot instanceof List<?> elements) {
                return (List<Object>) elements;
            }
            JsonNode value = (JsonNode) slot;
            if (absent(value)) {
                return List.of();
            }
            throw new IllegalArgumentException("has \"" + name + "\" that is not an array");
        }
    }

    /**
     * Reads the JSON value the parser is on (a feature's first token) to its end, as {@link Members} of
     * {@code shape}. Duplicate keys are refused at every depth, as a tree refuses them; nothing else is
     * checked here. A text value of a repeating member is {@code texts}' node for it (when given); {@code order}
     * (when given) learns which member the file lists after which, else the shape's order is expected.
     */
    private Members members(JsonParser parser, Shape shape, RepeatedTexts texts, MemberOrder order) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return new Members(shape, value(parser));
        }
        Members members = new Members(shape, null);
        long seen = 0;
        Set<String> others = null;
        int[] follows = order == null ? null : order.of(shape);
        int slot = -1;
        while (true) {
            // The member expected next is compared with the file's bytes: a match costs no look-up of the name.
            int expected = follows == null ? slot + 1 : follows[slot + 1];
            String name;
            if (expected < shape.names.length && parser.nextFieldName(shape.quoted[expected])) {
                name = shape.names[expected];
                slot = expected;
            } else {
                if (expected < shape.names.length ? parser.currentToken() != JsonToken.FIELD_NAME : parser.nextFieldName() == null) {
                    break;
                }
                name = parser.currentName();
                int found = shape.slotAfter(name, slot);
                if (follows != null && found >= 0) {
                    follows[slot + 1] = found;
                }
                slot = found;
            }
            JsonToken token = parser.nextToken();
            if (slot < 0) {
                if (others == null) {
                    others = new HashSet<>();
                }
                if (!others.add(name)) {
                    throw duplicate(parser, name);
                }
                skip(parser);
                continue;
            }
            if ((seen & 1L << slot) != 0) {
                throw duplicate(parser, name);
            }
            seen |= 1L << slot;
            Shape nested = shape.nested[slot];
            if (nested != null && !shape.arrayOf[slot] && token == JsonToken.START_OBJECT) {
                members.slots[slot] = members(parser, nested, texts, order);
            } else if (nested != null && shape.arrayOf[slot] && token == JsonToken.START_ARRAY) {
                List<Object> elements = new ArrayList<>(2);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Members element = members(parser, nested, texts, order);
                    elements.add(element.isObject() ? element : element.notAnObject);
                }
                members.slots[slot] = elements;
            } else if (token == JsonToken.VALUE_STRING && texts != null && shape.repeatedTexts[slot] >= 0) {
                members.slots[slot] = texts.node(shape.repeatedTexts[slot], parser);
            } else {
                members.slots[slot] = value(parser);
            }
        }
        return members;
    }

    /**
     * Which member a file lists after which, per shape, as one parsing thread learns it: a writer lists every
     * feature's members in one order, so the member expected next is nearly always the one there.
     */
    private static final class MemberOrder {
        private final int[][] follows = new int[Shape.shapes][];

        /** Per slot + 1 (0: the object's start), the slot expected next; at first the shape's own order. */
        int[] of(Shape shape) {
            int[] next = follows[shape.key];
            if (next == null) {
                next = new int[shape.names.length + 1];
                java.util.Arrays.setAll(next, k -> k);
                follows[shape.key] = next;
            }
            return next;
        }
    }

    private static JsonProcessingException duplicate(JsonParser parser, String name) {
        // Where a tree names it: the repeated member's value.
        return new JsonParseException(parser, "Duplicate field '" + name + "'", parser.currentTokenLocation());
    }

    /** The value the parser is on as a tree would hold it; an object's tree is built by the mapper (its keys checked). */
    private JsonNode value(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case VALUE_STRING:
                return TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return IntNode.valueOf(parser.getIntValue());
                    case LONG:
                        return LongNode.valueOf(parser.getLongValue());
                    default:
                        return BigIntegerNode.valueOf(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return DoubleNode.valueOf(parser.getDoubleValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            case START_ARRAY:
                // Room for two values, as a point's coordinates need (an array's default room is ten).
                ArrayNode array = JsonNodeFactory.instance.arrayNode(2);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            default:
                return mapper().readTree(parser);
        }
    }

    /** Skips the value the parser is on, refusing a duplicate key within it as a tree would. */
    private static void skip(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            Set<String> names = new HashSet<>();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                parser.nextToken();
                if (!names.add(name)) {
                    throw duplicate(parser, name);
                }
                skip(parser);
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                skip(parser);
            }
        }
    }

    private static Incident incident(Members feature, Shared shared) {
        if (!feature.isObject()) {
            throw new IllegalArgumentException("is not a JSON object");
        }
        JsonNode featureType = feature.get("type");
        if (featureType == null || !isText(featureType) || !"Feature".equals(featureType.asText())) {
            throw new IllegalArgumentException("is not a GeoJSON Feature (its \"type\" must be \"Feature\")");
        }
        Members geometry = feature.object("geometry");
        double[] lonLat = geometry == null ? point(false, null, null)
                : point(true, geometry.get("type"), geometry.get("coordinates"));
        double lon = lonLat[0];
        double lat = lonLat[1];
        Members p = feature.object("properties");
        if (p == null) {
            throw new IllegalArgumentException("has no \"properties\" object");
        }
        String placeId = required(p.get("placeId"), "placeId");
        String placeName = required(p.get("place"), "place");
        PlaceKind kind = code(p.get("placeKind"), "placeKind", PlaceKind.class, PlaceKind.CITY, "place kind");
        String admin = optionalText(p.get("admin"), "admin");
        String country = optionalText(p.get("country"), "country");
        long population = optionalLong(p.get("population"), "population");
        Place place = shared.place(p.get("placeId"), placeId, placeName, kind, lat, lon, admin, country, population);
        List<Object> sourceElements = p.elements("sources");
        List<Source> sources = new ArrayList<>(sourceElements.size());
        for (int i = 0; i < sourceElements.size(); i++) {
            try {
                sources.add(source(sourceElements.get(i), shared));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("has a bad source " + i + ": " + e.getMessage(), e);
            }
        }
        IncidentType type = code(p.get("type"), "type", IncidentType.class, null, "incident type");
        return new Incident(required(p.get("id"), "id"), shared.date(p.get("date"), "date"), type,
                place, code(p.get("precision"), "precision", Precision.class, Precision.CITY, "precision"),
                strings(p.get("actors"), "actors"), strings(p.get("targets"), "targets"),
                count(p.get("killed"), "killed"), count(p.get("injured"), "injured"), count(p.get("crowd"), "crowd"),
                bool(p.get("retaken"), "retaken"), sources);
    }

    /** @param element the source's {@link Members}, or the value of an element that is no object */
    private static Source source(Object element, Shared shared) {
        if (!(element instanceof Members s)) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        List<Object> highlightElements = s.elements("highlights");
        List<Highlight> highlights = new ArrayList<>(highlightElements.size());
        for (Object highlight : highlightElements) {
            if (!(highlight instanceof Members h)) {
                throw new IllegalArgumentException("a highlight is not a JSON object");
            }
            int start = offset(h.get("start"), "start");
            int end = offset(h.get("end"), "end");
            if (end < start) {
                throw new IllegalArgumentException("a highlight ends (" + end + ") before it starts (" + start + ")");
            }
            highlights.add(new Highlight(start, end, code(h.get("kind"), "kind", Highlight.Kind.class, null, "highlight kind")));
        }
        JsonNode published = s.get("published");
        LocalDate date = absent(published) || (isText(published) && published.asText().isEmpty())
                ? null : shared.date(published, "published");
        int start = offset(s.get("start"), "start");
        int end = offset(s.get("end"), "end");
        if (end < start) {
            throw new IllegalArgumentException("its excerpt ends (" + end + ") before it starts (" + start + ")");
        }
        JsonNode outlet = s.get("outlet");
        return new Source(shared.article(required(s.get("article"), "article")), shared.name(outlet, optionalText(outlet, "outlet")), date,
                optionalText(s.get("excerpt"), "excerpt"), start, end,
                count(s.get("killed"), "killed"), count(s.get("injured"), "injured"), count(s.get("crowd"), "crowd"), highlights);
    }

    static String shown(JsonNode value) {
        String text = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
        return Printable.strip(text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    // Each rule below takes a member's value (null when the member is absent) and its name, for the message.

    /**
     * Whether a member is absent or null. Asked by class: the node's own {@code isNull()} (and {@code isTextual()})
     * is a call that the JIT cannot bind on a stream of mixed nodes, asked several times per feature.
     */
    private static boolean absent(JsonNode value) {
        return value == null || value instanceof NullNode;
    }

    /** Whether a value is text (as {@code isTextual()}, by class: see {@link #absent}). */
    private static boolean isText(JsonNode value) {
        return value instanceof TextNode;
    }

    private static String required(JsonNode value, String field) {
        if (absent(value) || (isText(value) && value.asText().isEmpty())) {
            throw new IllegalArgumentException("lacks the property \"" + field + "\"");
        }
        if (!isText(value)) {
            throw new IllegalArgumentException("has \"" + field + "\" " + shown(value) + ", which is not text");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode value, String field) {
        if (absent(value)) {
            return "";
        }
        if (!isText(value)) {
            throw new IllegalArgumentException("has \"" + field + "\" " + shown(value) + ", which is not text");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode value, String field) {
        if (absent(value)) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("has \"" + field + "\" " + shown(value) + ", which is not true or false");
        }
        return value.booleanValue();
    }

    private static LocalDate requiredDate(JsonNode value, String field) {
        String text = required(value, field);
        LocalDate date = isoDate(text);
        if (date == null) {
            throw new IllegalArgumentException("has a " + field + " \"" + Printable.strip(text) + "\" that is not a date YYYY-MM-DD");
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new IllegalArgumentException("has a " + field + " " + date + " outside " + FIRST_DATE + " to " + LAST_DATE);
        }
        return date;
    }

    /** {@code text} as {@link LocalDate#parse} reads a date of ten characters, or null. */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            if (text.charAt(4) == '-' && text.charAt(7) == '-') {
                // The usual "2010-05-14" without the formatter (a tenth of a large file's read); the same days.
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits {@code text[from, to)} as a number, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = 10 * n + (c - '0');
        }
        return n;
    }

    /** A number of people: null, or a whole number from 0 to {@link #MAX_COUNT}. */
    private static Integer count(JsonNode value, String field) {
        if (absent(value)) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0 || value.asLong() > MAX_COUNT) {
            throw new IllegalArgumentException("has \"" + field + "\" " + shown(value)
                    + "; it must be null or a whole number from 0 to " + MAX_COUNT);
        }
        return value.intValue();
    }

    /** A character offset: a whole number from 0 to 2^31-1; missing means 0. */
    private static int offset(JsonNode value, String field) {
        if (absent(value)) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new IllegalArgumentException("has \"" + field + "\" " + shown(value)
                    + "; it must be a whole number from 0 to " + Integer.MAX_VALUE);
        }
        return value.intValue();
    }

    private static long optionalLong(JsonNode value, String field) {
        if (absent(value)) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw new IllegalArgumentException("has \"" + field + "\" " + shown(value) + "; it must be a whole number of 0 or more");
        }
        return value.asLong();
    }

    /** Each code enum's constants by code (the name in lower case), made once per enum rather than per value read. */
    private static final ClassValue<Map<String, Enum<?>>> CODES = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new java.util.LinkedHashMap<>();
            for (Object e : type.getEnumConstants()) {
                byCode.put(((Enum<?>) e).name().toLowerCase(Locale.ROOT), (Enum<?>) e);
            }
            return Map.copyOf(byCode);
        }
    };

    /** A code such as "clash": unknown values are named with the known ones, never as Java names. */
    private static <E extends Enum<E>> E code(JsonNode value, String field, Class<E> type, E fallback, String what) {
        if (absent(value)) {
            if (fallback == null) {
                throw new IllegalArgumentException("lacks the property \"" + field + "\"");
            }
            return fallback;
        }
        if (value instanceof RepeatedTexts.Text text && type.isInstance(text.derived)) {
            // A repeated value's code, found the first time it was read.
            return type.cast(text.derived);
        }
        if (isText(value)) {
            Enum<?> known = CODES.get(type).get(value.asText());
            if (known != null) {
                if (value instanceof RepeatedTexts.Text text) {
                    text.derived = known;
                }
                return type.cast(known);
            }
        }
        String known = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "));
        throw new IllegalArgumentException("has an unknown " + what + " " + shown(value) + " (known: " + known + ")");
    }

    private static List<String> strings(JsonNode value, String field) {
        if (absent(value)) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("has \"" + field + "\" that is not an array");
        }
        List<String> values = new ArrayList<>(value.size());
        for (JsonNode v : value) {
            if (!isText(v)) {
                throw new IllegalArgumentException("has \"" + field + "\" with " + shown(v) + ", which is not text");
            }
            values.add(v.asText());
        }
        return values;
    }
}
