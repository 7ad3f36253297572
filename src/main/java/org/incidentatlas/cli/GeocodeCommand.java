package org.incidentatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.gazetteer.PlaceMention;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.InputFiles;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Place;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Looks a place name up in the bundled gazetteer, or lists every place a text file names. */
@Command(name = "geocode", mixinStandardHelpOptions = true,
        description = {"Prints the place a name stands for as one JSON object,",
                "or, with --text, every place mention in a text file as JSON lines with character offsets."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the place was found, or the text was scanned (even if it names no place)",
            "2:no place has the name, or the text file cannot be read (see stderr)"})
public final class GeocodeCommand implements Callable<Integer> {

    /** A name that no place has: nothing could be printed. */
    static final int NOT_FOUND = ExitCode.NOTHING_DONE;
    static final int UNREADABLE = ExitCode.NOTHING_DONE;

    @ArgGroup(multiplicity = "1")
    private Input input;

    static final class Input {
        @Parameters(paramLabel = "NAME", description = "A place name in any common spelling, e.g. Jalalabad, \"Osh oblast\", Фрунзе.")
        private String name;

        @Option(names = "--text", paramLabel = "FILE", description = "A UTF-8 text file to scan for place mentions.")
        private Path text;
    }

    @Spec
    private CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws JsonProcessingException {
        Geocoder geocoder = new Geocoder(Gazetteer.bundled());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (input.text != null) {
            return scan(geocoder, input.text, out, err);
        }
        Optional<Place> place = geocoder.geocode(input.name);
        if (place.isEmpty()) {
            err.println("geocode: no place named '" + Printable.strip(input.name) + "' in the gazetteer");
            err.flush();
            return NOT_FOUND;
        }
        out.println(json.writeValueAsString(describe(place.get())));
        out.flush();
        return ExitCode.DONE;
    }

    private int scan(Geocoder geocoder, Path file, PrintWriter out, PrintWriter err) throws JsonProcessingException {
        String text;
        try {
            // Checked first: a FIFO, device or huge file is refused, never read.
            text = InputFiles.readText(file, InputFiles.Kind.TEXT);
        } catch (FileProblemException e) {
            err.println("geocode: " + e.getMessage());
            err.flush();
            return UNREADABLE;
        }
        for (PlaceMention mention : geocoder.find(text)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("start", mention.start());
            line.put("end", mention.end());
            line.put("surface", mention.surface());
            line.putAll(describe(mention.place()));
            line.put("matchedName", mention.matchedName());
            line.put("inMapArea", mention.inMapArea());
            out.println(json.writeValueAsString(line));
        }
        out.flush();
        return ExitCode.DONE;
    }

    private static Map<String, Object> describe(Place place) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", place.id());
        fields.put("name", place.name());
        fields.put("kind", place.kind().code());
        fields.put("lat", place.lat());
        fields.put("lon", place.lon());
        fields.put("country", place.countryCode());
        fields.put("admin", place.admin());
        return fields;
    }
}
