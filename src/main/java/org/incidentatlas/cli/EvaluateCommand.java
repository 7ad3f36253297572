package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.incidentatlas.evaluate.ArticleScore;
import org.incidentatlas.evaluate.GoldFormatException;
import org.incidentatlas.evaluate.GoldItem;
import org.incidentatlas.evaluate.GoldStandard;
import org.incidentatlas.evaluate.Score;
import org.incidentatlas.evaluate.ScoreReport;
import org.incidentatlas.evaluate.Scorer;
import org.incidentatlas.evaluate.Totals;
import org.incidentatlas.extract.EventExtractor;
import org.incidentatlas.extract.Extraction;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Extracts incidents from articles exactly as {@code extract} does and scores them against hand-coded
 * truth (see {@link Scorer}); prints the misses, the false positives and the totals for an analyst.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Extracts seizures and clashes from articles (as 'extract' does) and scores them against hand-coded truth.",
            "",
            "Per article: a must item is found when an incident of its type from that article, placed at a town or"
                + " village, is on its day (inside its A..B range) at its place: the same name (case, accents, hyphens,"
                + " spaces and the words region/oblast/province/city/town set aside) or within 25 km. A seizure or clash"
                + " from an article is a false positive when it is placed outside Kyrgyzstan or matches neither a must"
                + " nor a may item of that article; one placed only at region precision is allowed when a coded event of"
                + " its type and day lies within 150 km, and finds nothing. Protests and attacks are not scored.",
            "",
            "recall = found must items / must items; precision = scored incidents that are no false positive"
                + " (found a must item, matched a may item, or allowed at region precision) / scored incidents, where an"
                + " incident is scored once for every article it is attributed to; F1 = 2PR / (P + R).",
            "",
            "The gold is either the corpus format ({\"places\", \"articles\": {id: {must, may, why}}}) or the seeds"
                + " format ({\"incidents\": [{date, type, place, evidence: [{article}]}]}: each incident is a must item of"
                + " every article of its evidence). Article ids are file names without .txt."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:scored, and every threshold given is met",
            "1:--min-recall or --max-false not met (one line on stderr says which)",
            "2:bad input: the gold or an article cannot be read, a threshold is out of range"})
public final class EvaluateCommand implements Callable<Integer> {

    static final int BELOW_THRESHOLD = ExitCode.PARTLY_DONE;
    static final int BAD_INPUT = ExitCode.NOTHING_DONE;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The hand-coded truth (corpus or seeds format).")
    private Path gold;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Article files (.txt with a header) or folders of them.")
    private List<Path> inputs;

    @Option(names = "--min-recall", paramLabel = "R", description = "Exit 1 when recall (seizures and clashes) is below R (0..1).")
    private Double minRecall;

    @Option(names = "--max-false", paramLabel = "N", description = "Exit 1 when there are more than N false positives.")
    private Integer maxFalse;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write a machine-readable summary here.")
    private Path json;

    @Mixin
    private StudyAreaOption studyArea;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        if (minRecall != null && !(minRecall >= 0 && minRecall <= 1)) {
            err.println("evaluate: --min-recall must lie between 0 and 1, not " + minRecall);
            return BAD_INPUT;
        }
        if (maxFalse != null && maxFalse < 0) {
            err.println("evaluate: --max-false must be 0 or more, not " + maxFalse);
            return BAD_INPUT;
        }
        Geocoder geocoder = new Geocoder(Gazetteer.bundled());
        GoldStandard goldStandard;
        try {
            goldStandard = GoldStandard.read(gold, geocoder::geocode);
        } catch (GoldFormatException e) {
            err.println("evaluate: " + e.getMessage());
            return BAD_INPUT;
        }
        List<String> unplaced = goldStandard.articles().values().stream()
                .flatMap(a -> java.util.stream.Stream.concat(a.must().stream(), a.may().stream()))
                .filter(g -> g.point() == null && Scorer.SCORED.contains(g.type())).map(GoldItem::place).distinct().toList();
        if (!unplaced.isEmpty()) {
            err.println("evaluate: warning: no coordinates for gold places " + String.join(", ", unplaced)
                    + " (matched by name only)");
        }

        ArticleFiles.Read read = ArticleFiles.read(inputs, "evaluate", err);
        List<Article> articles = read.articles();
        int bad = read.refused();
        if (bad > 0 || articles.isEmpty()) {
            err.println("evaluate: " + (articles.isEmpty() ? "no article to score" : bad + " input(s) could not be read")
                    + "; nothing was scored");
            return BAD_INPUT;
        }

        Extraction extraction = new EventExtractor(geocoder, studyArea.area).extract(articles);
        Score score = new Scorer().score(goldStandard, articles.stream().map(Article::id).toList(), extraction.coded());
        if (!score.goldOnly().isEmpty()) {
            err.println("evaluate: warning: gold articles not among the inputs (not scored): " + String.join(", ", score.goldOnly()));
        }
        if (!score.inputOnly().isEmpty()) {
            err.println("evaluate: warning: input articles not in the gold (not scored): " + String.join(", ", score.inputOnly()));
        }
        out.println("Scoring " + score.articles().size() + " articles against " + gold + " (" + goldStandard.format() + " format)");
        out.println();
        out.print(new ScoreReport().report(score));
        out.flush();

        if (json != null) {
            try {
                writeJson(score, goldStandard);
            } catch (IOException e) {
                err.println("evaluate: " + Printable.strip(e.getMessage()));
                return BAD_INPUT;
            }
        }
        return thresholds(score.all(), err);
    }

    private int thresholds(Totals all, PrintWriter err) {
        List<String> failed = new ArrayList<>();
        if (minRecall != null && (Double.isNaN(all.recall()) || all.recall() < minRecall - 1e-9)) {
            failed.add("recall " + ScoreReport.ratio(all.recall()) + " is below --min-recall "
                    + String.format(Locale.ROOT, "%.3f", minRecall));
        }
        if (maxFalse != null && all.falsePositives() > maxFalse) {
            failed.add("false positives " + all.falsePositives() + ", more than --max-false " + maxFalse);
        }
        if (failed.isEmpty()) {
            return ExitCode.DONE;
        }
        err.println("evaluate: FAILED: " + String.join("; ", failed));
        return BELOW_THRESHOLD;
    }

    private void writeJson(Score score, GoldStandard goldStandard) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("gold", gold.toString());
        root.put("format", goldStandard.format());
        ObjectNode totals = root.putObject("totals");
        for (IncidentType type : Scorer.SCORED) {
            totals(totals.putObject(type.code()), score.totals(type));
        }
        totals(totals.putObject("all"), score.all());
        ArrayNode arts = root.putArray("articles");
        for (ArticleScore a : score.articles()) {
            ObjectNode node = arts.addObject();
            node.put("article", a.article());
            ArrayNode misses = node.putArray("misses");
            a.misses().forEach(m -> misses.add(m.item().label()));
            ArrayNode fps = node.putArray("falsePositives");
            for (ArticleScore.FalsePositive f : a.falsePositives()) {
                Incident i = f.incident().incident();
                fps.addObject().put("incident", i.id()).put("reason", f.reason());
            }
        }
        root.putPOJO("goldOnly", score.goldOnly());
        root.putPOJO("inputOnly", score.inputOnly());
        // Through the one atomic writer: an existing report keeps its permissions (a temp file's are 0600).
        AtomicWriter.write(json, out -> mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root));
    }

    private static void totals(ObjectNode node, Totals t) {
        node.put("must", t.must()).put("found", t.found()).put("scored", t.scored()).put("falsePositives", t.falsePositives());
        number(node, "recall", t.recall());
        number(node, "precision", t.precision());
        number(node, "f1", t.f1());
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, Math.round(value * 1000) / 1000.0);
        }
    }
}
