package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.incidentatlas.extract.EventExtractor;
import org.incidentatlas.extract.Explainer;
import org.incidentatlas.extract.Extraction;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.gazetteer.PlaceFinder;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.IncidentFormat;
import org.incidentatlas.io.IncidentFormatException;
import org.incidentatlas.io.IncidentFormats;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.io.InputFiles;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Article;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Extracts incidents from articles and writes them as GeoJSON. Articles that cannot be read, or
 * have no publication date, are reported on stderr by file name; the others are still extracted.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts incidents of every type in the catalogue (seizures, clashes and the rest) from reports and writes them as GeoJSON, GeoJSON Lines, KML or ACLED CSV (by the extension of --out).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every article extracted", "1:some articles skipped (see stderr); the others written",
            "2:no article could be read, or the output could not be written"})
public final class ExtractCommand implements Callable<Integer> {

    static final int SOME_SKIPPED = ExitCode.PARTLY_DONE;
    static final int FAILED = ExitCode.NOTHING_DONE;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Article files (.txt with a header) or folders of them.")
    private List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the incidents here (atomically) instead of GeoJSON to stdout, in the format"
            + " the name ends in: .geojson, .geojsonl (one incident per line), .kml or .csv (ACLED's columns).")
    private Path out;

    @Option(names = "--explain", description = "Print, per incident, the trigger words, the rule, and how its place and date"
            + " were decided, then the event words left out and why (instead of GeoJSON on stdout; with --out both).")
    private boolean explain;

    @Mixin
    private StudyAreaOption studyArea;

    @Spec
    private CommandSpec spec;

    private final Supplier<PlaceFinder> places;
    /** Inputs that do not exist or cannot be listed. */

    /** Uses the bundled gazetteer. */
    public ExtractCommand() {
        this(() -> new Geocoder(Gazetteer.bundled()));
    }

    /** @param places the place finder to use (tests pass a small one) */
    public ExtractCommand(Supplier<PlaceFinder> places) {
        this.places = places;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IncidentFormat format = null;
        if (out != null) {
            try {
                format = IncidentFormats.forWriting(out);
            } catch (IncidentFormatException e) {
                err.println("extract: " + e.getMessage());
                err.flush();
                return FAILED;
            }
        }
        ArticleFiles.Read read = ArticleFiles.read(inputs, "extract", err);
        List<Article> articles = read.articles();
        Map<String, Path> ids = read.files();
        int skipped = read.refused();
        if (articles.isEmpty()) {
            err.println("extract: no article to extract");
            err.flush();
            return FAILED;
        }
        Extraction extraction = new EventExtractor(places.get(), studyArea.area).extract(articles);
        noteArticlesWithoutIncidents(articles, extraction, ids, err);
        IncidentGeoJson geoJson = new IncidentGeoJson();
        try {
            if (out != null) {
                format.write(extraction.incidents(), out);
            }
            if (explain) {
                stdout.print(new Explainer().explain(extraction));
            } else if (out == null) {
                stdout.print(geoJson.toJson(extraction.incidents()));
            }
        } catch (FileProblemException e) {
            err.println("extract: " + e.getMessage());
            err.flush();
            return FAILED;
        } catch (IOException e) {
            err.println("extract: " + Printable.strip(out.toString()) + ": cannot write (" + InputFiles.reason(e) + ")");
            err.flush();
            return FAILED;
        }
        stdout.flush();
        if (out != null) {
            err.println("extract: " + extraction.incidents().size() + " incidents from " + articles.size()
                    + " articles written to " + out);
        }
        err.flush();
        return skipped > 0 ? SOME_SKIPPED : 0;
    }

    /** An article that yields nothing is named, and one not in English is said to be out of the rules' reach. */
    private static void noteArticlesWithoutIncidents(List<Article> articles, Extraction extraction, Map<String, Path> files,
                                                     PrintWriter err) {
        java.util.Set<String> cited = new java.util.HashSet<>();
        extraction.incidents().forEach(i -> i.sources().forEach(s -> cited.add(s.article())));
        for (Article a : articles) {
            if (!cited.contains(a.id())) {
                err.println("extract: " + Printable.strip(files.get(a.id()).toString()) + ": no incident found"
                        + (mostlyLatin(a.body()) ? "" : " (the text is not in English; the rules read English reports only)"));
            }
        }
    }

    private static boolean mostlyLatin(String text) {
        int latin = 0, other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        return latin >= other;
    }

}
