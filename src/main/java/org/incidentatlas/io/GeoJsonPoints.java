package org.incidentatlas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;

/**
 * Any GeoJSON FeatureCollection of points with a date property (a QGIS or Kepler.gl export, a GDELT
 * extract): the {@link FieldMapping} says which properties hold the day, type, place and notes. Without
 * one, the common names are tried on the first feature; when they do not fit, reading ends with
 * {@link FieldMappingNeededException} listing the properties there are. The notes become the excerpt
 * of the incident's one source (it has no article). Read only: incidents are written as our GeoJSON.
 */
public final class GeoJsonPoints implements IncidentFormat {

    private static final Pattern DAY_AND_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?");

    private final Optional<FieldMapping> mapping;

    /** @param mapping the properties to read; empty: the common names */
    public GeoJsonPoints(Optional<FieldMapping> mapping) {
        this.mapping = mapping == null ? Optional.empty() : mapping;
    }

    @Override
    public String name() {
        return "GeoJSON points";
    }

    @Override
    public List<String> extensions() {
        return List.of("geojson", "json");
    }

    /** A GeoJSON FeatureCollection that is not ours (ours names a placeId in every feature). */
    @Override
    public boolean recognises(String head) {
        String start = head.stripLeading();
        return start.startsWith("{") && start.contains("\"FeatureCollection\"") && !start.contains("\"placeId\"");
    }

    @Override
    public boolean writes() {
        return false;
    }

    @Override
    public void write(List<Incident> incidents, OutputStream out) {
        throw new UnsupportedOperationException("GeoJSON points are read only; incidents are written as our GeoJSON");
    }

    /** Thrown inside the feature reader and turned into {@link FieldMappingNeededException} with the file's name. */
    private static final class Unmapped extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> properties;

        Unmapped(String message, List<String> properties) {
            super(message);
            this.properties = properties;
        }
    }

    @Override
    public void read(Path file, IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException {
        String label = Printable.strip(file.toString());
        FieldMapping[] chosen = {mapping.orElse(null)};
        try {
            new IncidentGeoJson().readFeatures(file, (feature, index) -> {
                if (chosen[0] == null) {
                    List<String> names = properties(feature);
                    chosen[0] = FieldMapping.detect(names).orElseThrow(() -> new Unmapped(
                            "has no property with a common name for the " + (FieldMapping.common(names, FieldMapping.DATE_NAMES).isEmpty()
                                    ? "date" : "type") + "; name the date and type properties (the features have: "
                                    + (names.isEmpty() ? "no properties" : String.join(", ", names)) + ")", names));
                }
                return incident(feature, index, chosen[0], label);
            }, IncidentGeoJson.BATCH_SIZE, batches);
        } catch (GeoJsonFormatException e) {
            if (e.getCause() instanceof Unmapped unmapped) {
                throw new FieldMappingNeededException(label + ": " + Printable.strip(unmapped.getMessage()), unmapped.properties);
            }
            throw e;
        }
    }

    private static List<String> properties(JsonNode feature) {
        List<String> names = new ArrayList<>();
        feature.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Incident incident(JsonNode feature, int index, FieldMapping mapping, String file) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText(null))) {
            throw new IllegalArgumentException("is not a GeoJSON Feature (its \"type\" must be \"Feature\")");
        }
        double[] lonLat = IncidentGeoJson.point(feature);
        JsonNode p = feature.path("properties");
        if (!p.isObject()) {
            throw new IllegalArgumentException("has no \"properties\" object");
        }
        LocalDate date = day(text(p, mapping.date(), "date"), mapping.date());
        IncidentType type = type(text(p, mapping.type(), "type"), mapping.type());
        String placeName = mapping.place().map(field -> optional(p, field)).filter(s -> !s.isBlank())
                .orElse(FlatValues.decimal(lonLat[1]) + ", " + FlatValues.decimal(lonLat[0]));
        String notes = mapping.notes().map(field -> optional(p, field)).orElse("");
        String id = optional(p, "id");
        if (id.isBlank()) {
            id = file + "#" + index;
        }
        Place place = new Place(placeName.toLowerCase(Locale.ROOT) + "@" + FlatValues.decimal(lonLat[1]) + "," + FlatValues.decimal(lonLat[0]),
                placeName, List.of(), PlaceKind.CITY, lonLat[1], lonLat[0], "", "", 0);
        return new Incident(id, date, type, place, Precision.CITY, List.of(), List.of(), null, null, false,
                List.of(new Source(id, "", null, notes, 0, notes.length())));
    }

    private static String text(JsonNode properties, String field, String what) {
        JsonNode value = properties.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("lacks the property \"" + Printable.strip(field) + "\" (the " + what + ")");
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("has \"" + Printable.strip(field) + "\" " + IncidentGeoJson.shown(value) + ", which is not text");
        }
        return value.asText().strip();
    }

    private static String optional(JsonNode properties, String field) {
        JsonNode value = properties.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? "" : value.asText().strip();
    }

    /** A day as ISO writes it (a date, or a date and time whose day is taken as written) or as "14 May 2010". */
    private static LocalDate day(String text, String field) {
        Matcher m = DAY_AND_TIME.matcher(text);
        return FlatValues.date(m.matches() ? m.group(1) : text, "the date \"" + Printable.strip(field) + "\"", true);
    }

    /** Our codes, or ACLED's event types mapped as an ACLED CSV's are. */
    private static IncidentType type(String text, String field) {
        for (IncidentType t : IncidentType.values()) {
            if (t.code().equalsIgnoreCase(text)) {
                return t;
            }
        }
        try {
            return AcledCsv.typeOf(text, "").type();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has the type " + FlatValues.shown(text) + " in \"" + Printable.strip(field)
                    + "\", which is neither ours (seizure, clash, protest, attack) nor an ACLED event type (Battles, Riots,"
                    + " Violence against civilians, Explosions/Remote violence, Protests)", e);
        }
    }
}
