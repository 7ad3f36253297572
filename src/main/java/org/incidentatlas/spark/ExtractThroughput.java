package org.incidentatlas.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.spark.sql.SparkSession;
import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.cli.ExtractCommand;
import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.GeoJsonFormatException;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.model.Article;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's throughput in local mode against {@code extract}, on the same generated corpus: the
 * repository's five reports copied to {@code --reports} reports, each copy with its towns swapped for
 * others of the gazetteer and its publication moved by whole weeks (so that weekdays resolve to other
 * days and the copies make incidents of their own, not one heap). Generated at run time, never committed.
 * Run it as the job is run:
 * {@code spark-submit --master local[2] --class org.incidentatlas.spark.ExtractThroughput incident-atlas.jar}.
 */
@Command(name = "ExtractThroughput", mixinStandardHelpOptions = true,
        description = "Measures ExtractJob in local mode against extract on a generated corpus.")
public final class ExtractThroughput implements Callable<Integer> {

    @Option(names = "--reports", paramLabel = "N", defaultValue = "10000", description = "Reports to generate (default: ${DEFAULT-VALUE}).")
    private int reports;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the corpus and outputs go (default: a new temporary folder).")
    private Path work;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "data/articles",
            description = "The reports the corpus is made of (default: ${DEFAULT-VALUE}).")
    private Path seeds;

    /** Towns of the gazetteer that stand in for the seeds' own. */
    private static final List<String> TOWNS = List.of("Osh", "Jalal-Abad", "Batken", "Uzgen", "Naryn", "Talas", "Karakol",
            "Tokmok", "Kara-Balta", "Nookat", "Aravan", "Kara-Suu", "Kyzyl-Kiya", "Balykchy", "Kant", "Isfana", "Toktogul");
    private static final Pattern SEED_TOWNS = Pattern.compile("\\b(Osh|Jalal-Abad|Batken)\\b");

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractThroughput()).execute(args));
    }

    /** One timed run. */
    record Measure(String what, int cores, long reports, long incidents, double wallSeconds, double cpuSeconds) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %.1f | %.1f | %.0f | %.0f |", what, cores, reports, incidents,
                    wallSeconds, cpuSeconds, reports / wallSeconds, reports / wallSeconds / cores);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new CommandLine(this).getOut();
        Path dir = work != null ? work : Files.createTempDirectory("extract-throughput");
        List<Article> originals = new ArticleReader().readAll(List.of(seeds)).articles();
        if (originals.isEmpty()) {
            new CommandLine(this).getErr().println("ExtractThroughput: " + seeds + ": no reports to copy");
            return 2;
        }
        Path folder = dir.resolve("reports");
        Path warmFolder = dir.resolve("warm-up");
        Files.createDirectories(folder);
        Files.createDirectories(warmFolder);
        StringBuilder jsonLines = new StringBuilder();
        ObjectMapper mapper = new ObjectMapper();
        boolean generated = Files.exists(dir.resolve("reports.jsonl")) && reportCount(folder) == reports;
        for (int k = 0; k < reports && !generated; k++) {
            Article copy = copy(originals.get(k % originals.size()), k / originals.size());
            AtomicWriter.writeString(folder.resolve(copy.id() + ".txt"), reportFile(copy));
            if (k < 500) {
                AtomicWriter.writeString(warmFolder.resolve(copy.id() + ".txt"), reportFile(copy));
            }
            ObjectNode o = mapper.createObjectNode().put("id", copy.id()).put("outlet", copy.outlet())
                    .put("published", copy.published().toString()).put("title", copy.title()).put("url", copy.url())
                    .put("dateline", copy.dateline()).put("body", copy.body());
            jsonLines.append(mapper.writeValueAsString(o)).append('\n');
        }
        Path jsonl = dir.resolve("reports.jsonl");
        if (!generated) {
            AtomicWriter.writeString(jsonl, jsonLines.toString());
        }
        out.printf(Locale.ROOT, "%d reports (%.1f MB as JSON Lines) in %s%n", reports, Files.size(jsonl) / 1e6, dir);
        out.flush();

        int cores = Runtime.getRuntime().availableProcessors();
        List<Measure> measures = new ArrayList<>();
        // Warm-up: the JIT compiles the extractor on a first pass; both sides get one.
        extract(warmFolder, dir.resolve("warm-extract.geojsonl"), cores);
        measures.add(extract(folder, dir.resolve("extract.geojsonl"), cores));
        SparkSession spark = SparkSession.builder().config(ExtractJob.configuration()).getOrCreate();
        try {
            int sparkCores = spark.sparkContext().defaultParallelism();
            job(spark, warmFolder.toString(), dir.resolve("warm-job.geojsonl"), "warm-up", sparkCores);
            measures.add(job(spark, folder.toString(), dir.resolve("job-files.geojsonl"), "ExtractJob, report files", sparkCores));
            measures.add(job(spark, jsonl.toString(), dir.resolve("job-jsonl.geojsonl"), "ExtractJob, JSON Lines", sparkCores));
        } finally {
            spark.stop();
        }
        boolean same = Files.readAllLines(dir.resolve("extract.geojsonl")).equals(Files.readAllLines(dir.resolve("job-jsonl.geojsonl")));
        out.println("| run | cores | reports | incidents | wall s | CPU s | reports/s | reports/s per core |");
        out.println("|---|---|---|---|---|---|---|---|");
        measures.forEach(m -> out.println(m.row()));
        out.println("job output equals extract's: " + same);
        out.flush();
        return same ? 0 : 1;
    }

    /** The reports a folder of an earlier run holds: they are measured again rather than written again. */
    private static long reportCount(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).count();
        }
    }

    private Measure extract(Path folder, Path result, int cores) throws IOException, GeoJsonFormatException {
        return timed("extract", cores, () -> {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new ExtractCommand());
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute(folder.toString(), "--out", result.toString());
            if (exit > 1) {
                throw new IllegalStateException("extract failed: " + err);
            }
        }, result);
    }

    private Measure job(SparkSession spark, String input, Path result, String what, int cores)
            throws IOException, GeoJsonFormatException {
        return timed(what, cores, () -> {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new ExtractJob(spark));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute("--reports", input, "--out", result.toString());
            if (exit > 1) {
                throw new IllegalStateException("ExtractJob failed: " + err);
            }
        }, result);
    }

    private Measure timed(String what, int cores, Runnable run, Path result) throws IOException, GeoJsonFormatException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        run.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        long incidents = new IncidentGeoJson().read(result).size();
        long count = what.equals("warm-up") ? 500 : reports;
        return new Measure(what, cores, count, incidents, wall, cpu);
    }

    /** The report as copy {@code round} of it: other towns, published {@code round % 26} weeks later. */
    static Article copy(Article a, int round) {
        return new Article(String.format(Locale.ROOT, "%s-%05d", a.id(), round), a.title(), a.outlet(),
                a.published().plusWeeks(round % 26), moveTowns(a.dateline(), round), a.url(), moveTowns(a.body(), round));
    }

    private static String moveTowns(String text, int round) {
        Matcher m = SEED_TOWNS.matcher(text);
        StringBuilder moved = new StringBuilder();
        while (m.find()) {
            int seedIndex = TOWNS.indexOf(m.group(1));
            m.appendReplacement(moved, Matcher.quoteReplacement(TOWNS.get((seedIndex + round) % TOWNS.size())));
        }
        m.appendTail(moved);
        return moved.toString();
    }

    private static String reportFile(Article a) {
        return "---\ntitle: " + a.title() + "\noutlet: " + a.outlet() + "\npublished: " + a.published()
                + "\ndateline: " + a.dateline() + "\nurl: " + a.url() + "\n---\n" + a.body();
    }
}
