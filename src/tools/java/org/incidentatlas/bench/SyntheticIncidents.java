package org.incidentatlas.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;

/**
 * Seeded synthetic incidents for the scale benchmarks and tests: spread over three years
 * (2008-2010, one long episode) at {@link #PLACES} places across Kyrgyzstan's bounding box, with
 * one source each from one of eight outlets. The same seed and count give the same incidents;
 * {@link #write} streams them as a compact file in our GeoJSON format, so a million never sit
 * in memory as a tree.
 */
public final class SyntheticIncidents {

    /** Places the incidents are spread over (ACLED's Kyrgyz export names about as many). */
    public static final int PLACES = 2_000;
    public static final LocalDate FIRST_DAY = LocalDate.of(2008, 1, 1);
    public static final int DAYS = 3 * 365;
    public static final int OUTLETS = 8;

    private static final double SOUTH = 39.3, NORTH = 43.2, WEST = 69.3, EAST = 80.2;
    /** Clashes and seizures dominate, as in the coded reports. */
    private static final IncidentType[] TYPES = {IncidentType.CLASH, IncidentType.CLASH, IncidentType.SEIZURE,
            IncidentType.SEIZURE, IncidentType.PROTEST, IncidentType.ATTACK};

    private final long seed;
    private final List<Place> places;

    public SyntheticIncidents(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        List<Place> made = new ArrayList<>(PLACES);
        for (int i = 0; i < PLACES; i++) {
            made.add(new Place("synthetic:" + i, "Place " + i, List.of(), PlaceKind.TOWN,
                    round(SOUTH + random.nextDouble() * (NORTH - SOUTH)), round(WEST + random.nextDouble() * (EAST - WEST)),
                    "", "KG", 0));
        }
        this.places = List.copyOf(made);
    }

    /** The first {@code count} incidents of this seed, in memory. */
    public List<Incident> incidents(int count) {
        List<Incident> incidents = new ArrayList<>(count);
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (int i = 0; i < count; i++) {
            incidents.add(next(i, random));
        }
        return incidents;
    }

    /** Writes the first {@code count} incidents of this seed to {@code file}, atomically, one feature at a time. */
    public void write(int count, Path file) throws IOException {
        AtomicWriter.write(file, out -> {
            // The writer flushes and syncs the stream itself after this returns: the generator must not close it.
            try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .createGenerator(out, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeArrayFieldStart("features");
                SplittableRandom random = new SplittableRandom(seed + 1);
                for (int i = 0; i < count; i++) {
                    feature(json, next(i, random));
                    json.writeRaw('\n');
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        });
    }

    private Incident next(int i, SplittableRandom random) {
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        IncidentType type = TYPES[random.nextInt(TYPES.length)];
        Place place = places.get(random.nextInt(PLACES));
        Integer killed = random.nextInt(5) == 0 ? random.nextInt(30) : null;
        Integer injured = random.nextInt(4) == 0 ? random.nextInt(100) : null;
        Integer crowd = random.nextInt(3) == 0 ? 50 + random.nextInt(5_000) : null;
        int outlet = random.nextInt(OUTLETS);
        Source source = new Source("synthetic-" + (i / 4), "Outlet " + outlet, day.plusDays(1),
                type.code() + " in " + place.name(), 0, 12, killed, injured, crowd, List.of());
        return new Incident("s" + i, day, type, place, Precision.CITY, List.of(), List.of(),
                killed, injured, crowd, type == IncidentType.SEIZURE && random.nextInt(10) == 0, List.of(source));
    }

    private static void feature(JsonGenerator json, Incident incident) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(incident.place().lon());
        json.writeNumber(incident.place().lat());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("id", incident.id());
        json.writeStringField("date", incident.date().toString());
        json.writeStringField("type", incident.type().code());
        json.writeStringField("place", incident.place().name());
        json.writeStringField("placeId", incident.place().id());
        json.writeStringField("placeKind", incident.place().kind().code());
        json.writeStringField("country", incident.place().countryCode());
        json.writeStringField("precision", incident.precision().code());
        nullable(json, "killed", incident.killed());
        nullable(json, "injured", incident.injured());
        nullable(json, "crowd", incident.crowd());
        json.writeBooleanField("retaken", incident.retaken());
        json.writeArrayFieldStart("sources");
        for (Source s : incident.sources()) {
            json.writeStartObject();
            json.writeStringField("article", s.article());
            json.writeStringField("outlet", s.outlet());
            json.writeStringField("published", s.published().toString());
            json.writeStringField("excerpt", s.excerpt());
            json.writeNumberField("start", s.start());
            json.writeNumberField("end", s.end());
            nullable(json, "killed", s.killed());
            nullable(json, "injured", s.injured());
            nullable(json, "crowd", s.crowd());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void nullable(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    /** Five decimals (about a metre), as a coded file would give. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    /** {@code java -cp ... SyntheticIncidents COUNT FILE [SEED]}: writes a file for manual runs of the app and {@code render}. */
    public static void main(String[] args) throws IOException {
        new SyntheticIncidents(args.length > 2 ? Long.parseLong(args[2]) : 42).write(Integer.parseInt(args[0]), Path.of(args[1]));
    }
}
