package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.incidentatlas.io.FieldMapping;
import org.incidentatlas.io.FieldMappingNeededException;
import org.incidentatlas.io.IncidentFormat;
import org.incidentatlas.io.IncidentFormatException;
import org.incidentatlas.io.IncidentFormats;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Incident;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts an incident file from any format the app reads to the one the output's name asks for. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts incidents between formats: reads GeoJSON, GeoJSON Lines, any GeoJSON of points with a date,"
                + " ACLED CSV and KML (recognised by content); writes the format OUT's name ends in"
                + " (.geojson, .geojsonl, .kml, .csv), atomically."})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The incident file to read.")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (.geojson, .geojsonl, .kml or .csv).")
    private Path out;

    @Option(names = "--date-field", paramLabel = "NAME",
            description = "In someone else's GeoJSON: the property holding the day (default: a common name such as date or event_date).")
    private String dateField;

    @Option(names = "--type-field", paramLabel = "NAME",
            description = "In someone else's GeoJSON: the property holding the type, ours or ACLED's (default: type, event_type, ...).")
    private String typeField;

    @Option(names = "--place-field", paramLabel = "NAME", description = "In someone else's GeoJSON: the property holding the place name.")
    private String placeField;

    @Option(names = "--notes-field", paramLabel = "NAME", description = "In someone else's GeoJSON: the property whose text is the excerpt.")
    private String notesField;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((dateField == null) != (typeField == null)) {
            err.println("convert: --date-field and --type-field go together (both name properties of the input)");
            err.flush();
            return ExitCode.NOTHING_DONE;
        }
        Optional<FieldMapping> mapping = dateField == null ? Optional.empty()
                : Optional.of(new FieldMapping(dateField, typeField, Optional.ofNullable(placeField), Optional.ofNullable(notesField)));
        try {
            IncidentFormat writer = IncidentFormats.forWriting(out);
            IncidentFormat reader = IncidentFormats.forReading(in, mapping);
            List<Incident> incidents = reader.read(in);
            writer.write(incidents, out);
            err.println("convert: " + incidents.size() + " incidents from " + Printable.strip(in.toString()) + " (" + reader.name()
                    + ") written to " + Printable.strip(out.toString()) + " (" + writer.name() + ")");
            err.flush();
            return ExitCode.DONE;
        } catch (FieldMappingNeededException e) {
            err.println("convert: " + e.getMessage() + "; use --date-field and --type-field");
        } catch (IncidentFormatException | IOException e) {
            // A file that cannot be read or written is named with the reason, and OUT is left as it was.
            err.println("convert: " + e.getMessage());
        }
        err.flush();
        return ExitCode.NOTHING_DONE;
    }
}
