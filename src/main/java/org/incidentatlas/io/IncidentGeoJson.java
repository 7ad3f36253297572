package org.incidentatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
 */
public final class IncidentGeoJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    // ---- writing

    public String toJson(List<Incident> incidents) {
        try {
            return mapper.writeValueAsString(toTree(incidents)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise incidents", e);
        }
    }

    public void write(List<Incident> incidents, Writer out) throws IOException {
        out.write(toJson(incidents));
        out.flush();
    }

    public void write(List<Incident> incidents, OutputStream out) throws IOException {
        out.write(toJson(incidents).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }

    /** Writes to a temporary file beside the target, then moves it: a failed write never leaves half a file. */
    public void write(List<Incident> incidents, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toJson(incidents));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public ObjectNode toTree(List<Incident> incidents) {
        ObjectNode root = mapper.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Incident incident : incidents) {
            features.add(feature(incident));
        }
        return root;
    }

    private ObjectNode feature(Incident incident) {
        ObjectNode feature = mapper.createObjectNode();
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

    /** Reads a file; places are rebuilt from the feature's own properties. */
    public List<Incident> read(Path file) throws IOException, GeoJsonFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), id -> Optional.empty());
        }
    }

    /**
     * Reads a stream. {@code places} may supply the full gazetteer entry for a {@code placeId};
     * when it does not, the place is rebuilt from the feature's properties.
     */
    public List<Incident> read(InputStream in, String label, Function<String, Optional<Place>> places)
            throws IOException, GeoJsonFormatException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new GeoJsonFormatException(label + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new GeoJsonFormatException(label + ": not a GeoJSON FeatureCollection");
        }
        List<Incident> incidents = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            try {
                incidents.add(incident(feature, places));
            } catch (RuntimeException e) {
                throw new GeoJsonFormatException(label + ": feature " + index + " " + e.getMessage(), e);
            }
            index++;
        }
        return incidents;
    }

    private static Incident incident(JsonNode feature, Function<String, Optional<Place>> places) {
        JsonNode p = feature.path("properties");
        JsonNode coordinates = feature.path("geometry").path("coordinates");
        if (!coordinates.isArray() || coordinates.size() < 2) {
            throw new IllegalArgumentException("has no Point coordinates");
        }
        String placeId = required(p, "placeId");
        Place place = places.apply(placeId).orElseGet(() -> new Place(placeId, required(p, "place"), List.of(),
                PlaceKind.fromCode(p.path("placeKind").asText("city")),
                coordinates.get(1).asDouble(), coordinates.get(0).asDouble(),
                p.path("admin").asText(""), p.path("country").asText(""), p.path("population").asLong(0)));
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : p.path("sources")) {
            List<Highlight> highlights = new ArrayList<>();
            for (JsonNode h : s.path("highlights")) {
                highlights.add(new Highlight(h.path("start").asInt(), h.path("end").asInt(),
                        Highlight.Kind.fromCode(h.path("kind").asText())));
            }
            String published = s.path("published").asText("");
            sources.add(new Source(required(s, "article"), s.path("outlet").asText(""),
                    published.isEmpty() || s.path("published").isNull() ? null : date(published),
                    s.path("excerpt").asText(""), s.path("start").asInt(), s.path("end").asInt(),
                    nullableInt(s, "killed"), nullableInt(s, "injured"), nullableInt(s, "crowd"), highlights));
        }
        return new Incident(required(p, "id"), date(required(p, "date")), IncidentType.fromCode(required(p, "type")),
                place, Precision.fromCode(p.path("precision").asText("city")),
                strings(p.path("actors")), strings(p.path("targets")),
                nullableInt(p, "killed"), nullableInt(p, "injured"), nullableInt(p, "crowd"), p.path("retaken").asBoolean(false), sources);
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("lacks the property \"" + field + "\"");
        }
        return value.asText();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("has a date \"" + text + "\" that is not YYYY-MM-DD", e);
        }
    }

    private static Integer nullableInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
