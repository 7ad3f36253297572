package org.incidentatlas.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;

/**
 * One line of the incident table: what an analyst sorts and filters by. The viewer's table and its
 * "Copy as CSV" read the same columns, so what is copied is what the table shows.
 *
 * @param outlets the outlets of the incident's sources, in source order, each once
 * @param sources how many sources (excerpts) report it
 */
public record IncidentRow(Incident incident, LocalDate date, String type, String place, String precision,
                          Integer killed, Integer injured, Integer crowd, String outlets, int sources) {

    /** The column names, in table order. */
    public static final List<String> COLUMNS = List.of(
            "date", "type", "place", "precision", "killed", "injured", "crowd", "outlets", "sources");

    private static final CsvMapper CSV = new CsvMapper();

    public IncidentRow {
        Objects.requireNonNull(incident, "incident");
    }

    public static IncidentRow of(Incident incident) {
        Set<String> outlets = new LinkedHashSet<>();
        for (Source source : incident.sources()) {
            if (!source.outlet().isBlank()) {
                outlets.add(source.outlet());
            }
        }
        String type = incident.type().code() + (incident.retaken() ? " (retaken)" : "");
        return new IncidentRow(incident, incident.date(), type, incident.place().name(), incident.precision().code(),
                incident.killed(), incident.injured(), incident.crowd(), String.join("; ", outlets),
                incident.sources().size());
    }

    /** The cells in {@link #COLUMNS} order, as text (empty for numbers no source gives). */
    public List<String> cells() {
        return List.of(date.toString(), type, place, precision, text(killed), text(injured), text(crowd), outlets,
                String.valueOf(sources));
    }

    /** The rows as CSV (RFC 4180 quoting) with a header line, ready for a spreadsheet or the clipboard. */
    public static String csv(List<IncidentRow> rows) {
        CsvSchema schema = CsvSchema.emptySchema();
        try {
            java.io.StringWriter out = new java.io.StringWriter();
            try (SequenceWriter writer = CSV.writer(schema).writeValues(out)) {
                writer.write(COLUMNS);
                for (IncidentRow row : rows) {
                    writer.write(new ArrayList<>(row.cells()));
                }
            }
            return out.toString();
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }
}
