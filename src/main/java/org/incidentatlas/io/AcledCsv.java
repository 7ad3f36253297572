package org.incidentatlas.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;

/**
 * Incidents as a CSV table in the columns of an ACLED export, read strictly and written atomically.
 *
 * <p>Required columns: {@code event_date} (2010-05-14, or 14 May 2010), {@code event_type},
 * {@code sub_event_type}, {@code actor1}, {@code location}, {@code latitude}, {@code longitude},
 * {@code source}, {@code notes}, {@code fatalities}. Optional: {@code event_id_cnty} (the id),
 * {@code actor2} (the targets), {@code admin1}, {@code geo_precision} (1 and 2 a town, 3 a region),
 * and the columns this class writes beyond ACLED's: {@code injured}, {@code crowd}, {@code place_id},
 * {@code place_kind}, {@code country_code}, {@code precision}, {@code articles}, {@code published}.
 * Other columns are ignored. Every row has as many fields as the header.
 *
 * <p>ACLED's event types become ours as {@link #typeOf} says (and the README lists); any other is
 * refused by name. Every error names the file, the line and the column.
 */
public final class AcledCsv {

    static final List<String> REQUIRED = List.of("event_date", "event_type", "sub_event_type", "actor1", "location",
            "latitude", "longitude", "source", "notes", "fatalities");

    /** The columns written, in order: ACLED's, then ours. */
    static final List<String> WRITTEN = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "actor1", "actor2", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
            "fatalities", "injured", "crowd", "place_id", "place_kind", "country_code", "precision", "articles", "published");

    private static final String OVERTAKES = "Non-state actor overtakes territory";
    private static final String REGAINS = "Government regains territory";

    private final CsvMapper mapper = new CsvMapper();

    /** An incident's type, and whether it retakes a building, from ACLED's event and sub-event types. */
    record Coded(IncidentType type, boolean retaken) {
    }

    /**
     * Battles in which territory changes hands are seizures ("Government regains territory" a
     * retaking); other Battles and Riots are clashes; Violence against civilians and
     * Explosions/Remote violence are attacks; Protests are protests.
     */
    static Coded typeOf(String eventType, String subEventType) {
        String event = FlatValues.required(eventType, "event_type").toLowerCase(Locale.ROOT);
        String sub = subEventType == null ? "" : subEventType.strip();
        return switch (event) {
            case "battles" -> sub.equalsIgnoreCase(OVERTAKES) ? new Coded(IncidentType.SEIZURE, false)
                    : sub.equalsIgnoreCase(REGAINS) ? new Coded(IncidentType.SEIZURE, true)
                    : new Coded(IncidentType.CLASH, false);
            case "riots" -> new Coded(IncidentType.CLASH, false);
            case "violence against civilians", "explosions/remote violence" -> new Coded(IncidentType.ATTACK, false);
            case "protests" -> new Coded(IncidentType.PROTEST, false);
            default -> throw new IllegalArgumentException("has the event type " + FlatValues.shown(eventType)
                    + ", which is not coded (known: Battles, Riots, Violence against civilians,"
                    + " Explosions/Remote violence, Protests)");
        };
    }

    private static String[] acledTypes(Incident incident) {
        return switch (incident.type()) {
            case SEIZURE -> new String[] {"Battles", incident.retaken() ? REGAINS : OVERTAKES};
            case CLASH -> new String[] {"Battles", "Armed clash"};
            case ATTACK -> new String[] {"Violence against civilians", "Attack"};
            case PROTEST -> new String[] {"Protests", "Peaceful protest"};
        };
    }

    // ---- writing

    /** Writes through {@link AtomicWriter}: a failed write leaves the old file whole. */
    public void write(List<Incident> incidents, Path file) throws FileProblemException {
        AtomicWriter.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(incidents, writer);
            writer.flush();
        });
    }

    public void write(List<Incident> incidents, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        WRITTEN.forEach(schema::addColumn);
        try (SequenceWriter rows = mapper.writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out)) {
            for (Incident incident : incidents) {
                rows.write(row(incident));
            }
        }
    }

    private static List<String> row(Incident incident) {
        Place place = incident.place();
        String[] types = acledTypes(incident);
        return List.of(incident.id(), incident.date().toString(), types[0], types[1],
                FlatValues.joined(incident.actors()), FlatValues.joined(incident.targets()), place.admin(), place.name(),
                FlatValues.decimal(place.lat()), FlatValues.decimal(place.lon()),
                incident.precision() == Precision.CITY ? "1" : "3",
                FlatValues.outlets(incident.sources()), FlatValues.excerpts(incident.sources()),
                number(incident.killed()), number(incident.injured()), number(incident.crowd()),
                place.id(), place.kind().code(), place.countryCode(), incident.precision().code(),
                FlatValues.articles(incident.sources()), FlatValues.published(incident.sources()));
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    // ---- reading

    /** Reads a file (checked first: regular, at most 200 MB, UTF-8 or UTF-16 with a byte order mark). */
    public List<Incident> read(Path file) throws FileProblemException, IncidentFormatException {
        try (Reader in = InputFiles.openText(file, InputFiles.Kind.INCIDENTS)) {
            return read(in, file.toString());
        } catch (FileProblemException e) {
            throw e;
        } catch (IOException e) {
            throw new FileProblemException(file, InputFiles.reason(e), e);
        }
    }

    /** Reads CSV text; every error names {@code label}, the line and (where it is one field) the column. */
    public List<Incident> read(Reader in, String label) throws IOException, IncidentFormatException {
        String name = Printable.strip(label);
        List<Incident> incidents = new ArrayList<>();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(in)) {
            if (!rows.hasNextValue()) {
                throw new IncidentFormatException(name + ": is empty (an ACLED CSV export starts with a header line)");
            }
            Map<String, Integer> columns = header(rows.nextValue(), name);
            while (rows.hasNextValue()) {
                // After hasNextValue the parser stands at the row's first line (its token location lags a row behind).
                JsonLocation at = rows.getParser().currentLocation();
                String[] fields = rows.nextValue();
                long line = at.getLineNr();
                if (fields.length != columns.size()) {
                    throw new IncidentFormatException(name + ": line " + line + ": has " + fields.length
                            + " fields where the header has " + columns.size());
                }
                incidents.add(incident(new Row(fields, columns, name, line)));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IncidentFormatException(name + ": not valid CSV" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + " (" + Printable.strip(e.getOriginalMessage()) + ")", e);
        }
        return incidents;
    }

    private static Map<String, Integer> header(String[] names, String file) throws IncidentFormatException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String column = names[i].strip().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(column, i) != null) {
                throw new IncidentFormatException(file + ": line 1, column " + (i + 1) + ": the column \""
                        + Printable.strip(column) + "\" appears twice");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IncidentFormatException(file + ": line 1: not an ACLED CSV export (no column " + String.join(", ", missing) + ")");
        }
        return columns;
    }

    /** One data row, which knows where each of its fields stands for messages. */
    private record Row(String[] fields, Map<String, Integer> columns, String file, long line) {

        String get(String column) {
            Integer i = columns.get(column);
            return i == null ? null : fields[i];
        }

        IncidentFormatException error(String column, IllegalArgumentException problem) {
            Integer i = columns.get(column);
            return new IncidentFormatException(file + ": line " + line
                    + (i == null ? "" : ", column " + (i + 1) + " (" + column + ")") + ": " + problem.getMessage(), problem);
        }

        <T> T value(String column, java.util.function.Function<String, T> check) throws IncidentFormatException {
            try {
                return check.apply(get(column));
            } catch (IllegalArgumentException e) {
                throw error(column, e);
            }
        }
    }

    private static Incident incident(Row row) throws IncidentFormatException {
        LocalDate date = row.value("event_date", v -> FlatValues.date(v, "the date", true));
        Coded coded;
        try {
            coded = typeOf(row.get("event_type"), row.get("sub_event_type"));
        } catch (IllegalArgumentException e) {
            throw row.error("event_type", e);
        }
        String location = row.value("location", v -> FlatValues.required(v, "location"));
        double lat = row.value("latitude", FlatValues::latitude);
        double lon = row.value("longitude", FlatValues::longitude);
        String id = row.get("event_id_cnty") == null || row.get("event_id_cnty").isBlank()
                ? row.file() + ":" + row.line() : row.get("event_id_cnty").strip();
        String placeId = blank(row.get("place_id")) ? location.toLowerCase(Locale.ROOT) + "@" + FlatValues.decimal(lat)
                + "," + FlatValues.decimal(lon) : row.get("place_id").strip();
        PlaceKind kind = blank(row.get("place_kind")) ? PlaceKind.CITY
                : row.value("place_kind", v -> FlatValues.code(v, PlaceKind.class, "place kind"));
        Precision precision = !blank(row.get("precision"))
                ? row.value("precision", v -> FlatValues.code(v, Precision.class, "precision"))
                : row.value("geo_precision", AcledCsv::geoPrecision);
        Place place = new Place(placeId, location, List.of(), kind, lat, lon,
                nonNull(row.get("admin1")), nonNull(row.get("country_code")), 0);
        return new Incident(id, date, coded.type(), place, precision,
                FlatValues.list(row.get("actor1")), FlatValues.list(row.get("actor2")),
                row.value("fatalities", v -> FlatValues.count(v, "fatalities")),
                row.value("injured", v -> FlatValues.count(v, "injured")),
                row.value("crowd", v -> FlatValues.count(v, "crowd")),
                coded.retaken(),
                row.value("source", v -> FlatValues.sources(id, v, row.get("articles"), row.get("published"), row.get("notes"))));
    }

    /** ACLED's geo_precision: 1 the town itself, 2 near it, 3 only the region; empty means the town. */
    private static Precision geoPrecision(String text) {
        if (blank(text)) {
            return Precision.CITY;
        }
        return switch (text.strip()) {
            case "1", "2" -> Precision.CITY;
            case "3" -> Precision.REGION;
            default -> throw new IllegalArgumentException("has geo_precision " + FlatValues.shown(text) + ", which is not 1, 2 or 3");
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value.strip();
    }
}
