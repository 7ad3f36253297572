package org.incidentatlas.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.incidentatlas.cli.StudyAreaOption;
import org.incidentatlas.cli.UnexpectedErrorHandler;
import org.incidentatlas.extract.CodedIncident;
import org.incidentatlas.extract.EventExtractor;
import org.incidentatlas.extract.IncidentMerger;
import org.incidentatlas.extract.StudyArea;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.io.InputFiles;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scala.Tuple2;

/**
 * {@code extract} as an Apache Spark job, for archives one machine does not get through:
 * {@code spark-submit --class org.incidentatlas.spark.ExtractJob incident-atlas.jar --reports IN --out OUT.geojsonl}.
 * <ul>
 *   <li>map: per partition, the extractor the command line uses turns reports into claims keyed by
 *       (day, type, place);</li>
 *   <li>reduce: {@link IncidentMerger#mergeKey} per key, then {@link IncidentMerger#withUniqueIds} per place-name
 *       slug: the steps of the command line's merge, so incidents, sources and disagreements are the same;</li>
 *   <li>output: GeoJSON Lines in {@link IncidentMerger#ORDER}, written by the driver through {@link AtomicWriter}.</li>
 * </ul>
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true,
        description = "Extracts incidents from an archive of reports on Apache Spark; writes GeoJSON Lines.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every report extracted", "1:some reports refused (see stderr); the others written",
            "2:the input could not be read, no report could be, or the output could not be written"})
public final class ExtractJob implements Callable<Integer> {

    /** How many refused reports are named on stderr; the rest are counted. */
    static final int NAMED_PROBLEMS = 20;

    @Option(names = "--reports", required = true, paramLabel = "IN",
            description = "A folder of report files (.txt with a header), JSON Lines (one report per line: id, outlet,"
                    + " published, title, url, body), or a Parquet table with those columns; any Hadoop path (hdfs:, s3a:).")
    private String reports;

    @Option(names = "--out", required = true, paramLabel = "FILE.geojsonl",
            description = "The GeoJSON Lines file to write (atomically, by the driver): one incident per line.")
    private Path out;

    @Option(names = "--format", paramLabel = "files|jsonl|parquet", converter = FormatConverter.class,
            description = "How the reports are stored (default: told by the name, or by the folder's files).")
    private ReportInput.Format format;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the reports and of the merge (default: the cluster's parallelism times 4).")
    private Integer partitions;

    @Mixin
    private StudyAreaOption studyArea;

    @Spec
    private CommandSpec spec;

    /** The session to run in; null: the one spark-submit configures, stopped at the end. */
    private final SparkSession session;

    /** For spark-submit: the session comes from its configuration. */
    public ExtractJob() {
        this(null);
    }

    /** @param session a running session (tests, the benchmark); it is left running */
    public ExtractJob(SparkSession session) {
        this.session = session;
    }

    public static void main(String[] args) {
        System.exit(UnexpectedErrorHandler.execute(new CommandLine(new ExtractJob()), args));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!IncidentGeoJson.isLinesName(out.getFileName().toString())) {
            err.println("ExtractJob: " + Printable.strip(out.toString())
                    + ": the output is GeoJSON Lines; name it .geojsonl (or .geojsons, .jsonl) so that readers know");
            err.flush();
            return 2;
        }
        SparkSession spark = session != null ? session : SparkSession.builder().config(configuration()).getOrCreate();
        try {
            return run(spark, err);
        } finally {
            if (session == null) {
                spark.stop();
            }
        }
    }

    /** spark-submit's configuration; run with plain {@code java}, all local cores. */
    static SparkConf configuration() {
        SparkConf conf = new SparkConf().setAppName("incident-atlas extract");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return conf;
    }

    private int run(SparkSession spark, PrintWriter err) {
        int parts = partitions != null ? partitions : spark.sparkContext().defaultParallelism() * 4;
        ReportInput.Reports input;
        try {
            input = ReportInput.read(spark, reports, format != null ? format : ReportInput.detect(spark, reports), parts);
        } catch (ReportInput.InputProblem e) {
            err.println("ExtractJob: " + e.getMessage());
            err.flush();
            return 2;
        }
        // Sources cite their article by id: two reports of one id would read as one article.
        List<Tuple2<String, Long>> repeated = input.ids().mapToPair(id -> new Tuple2<>(id, 1L)).reduceByKey(Long::sum)
                .filter(n -> n._2() > 1).take(NAMED_PROBLEMS);
        if (!repeated.isEmpty()) {
            repeated.forEach(r -> err.println("ExtractJob: " + Printable.strip(reports) + ": the id \"" + Printable.strip(r._1())
                    + "\" is given to " + r._2() + " reports"));
            err.println("ExtractJob: report ids must be unique (incidents cite their reports by id); nothing was extracted");
            err.flush();
            return 2;
        }
        JavaRDD<Article> articles = input.articles();
        org.apache.spark.util.LongAccumulator extracted = spark.sparkContext().longAccumulator("reports extracted");
        JavaRDD<Incident> incidents = incidents(articles.map(a -> {
            extracted.add(1);
            return a;
        }), studyArea.area(), parts);
        long written;
        try {
            written = write(incidents, out, () -> extracted.value() > 0);
        } catch (NothingExtracted e) {
            input.reasons().value().stream().sorted().limit(NAMED_PROBLEMS).forEach(r -> err.println("ExtractJob: " + r));
            err.println("ExtractJob: no report to extract; " + Printable.strip(out.toString()) + " was not written");
            err.flush();
            return 2;
        } catch (FileProblemException e) {
            err.println("ExtractJob: " + e.getMessage());
            err.flush();
            return 2;
        } catch (IOException e) {
            err.println("ExtractJob: " + Printable.strip(out.toString()) + ": cannot write (" + InputFiles.reason(e) + ")");
            err.flush();
            return 2;
        }
        List<String> reasons = input.reasons().value();
        reasons.stream().sorted().limit(NAMED_PROBLEMS).forEach(r -> err.println("ExtractJob: " + r));
        long refused = input.refused().value();
        if (refused > NAMED_PROBLEMS) {
            err.println("ExtractJob: ... and " + (refused - NAMED_PROBLEMS) + " more reports refused");
        }
        err.println("ExtractJob: " + written + " incidents from " + extracted.value() + " reports written to " + out);
        err.flush();
        return refused > 0 ? 1 : 0;
    }

    /**
     * The incidents of the reports, in {@link IncidentMerger#ORDER}: the command line's extraction and merge,
     * distributed.
     */
    static JavaRDD<Incident> incidents(JavaRDD<Article> articles, StudyArea area, int partitions) {
        return articles
                .mapPartitionsToPair(batch -> {
                    EventExtractor extractor = Extractors.forArea(area);
                    return stream(batch).flatMap(a -> extractor.extract(a).claims().stream())
                            .map(claim -> new Tuple2<>(claim.key(), claim)).iterator();
                })
                .groupByKey(partitions)
                .flatMap(key -> IncidentMerger.mergeKey(list(key._2())).incident().map(CodedIncident::incident)
                        .stream().iterator())
                // Ids depend on the other incidents of a place name's slug only: each slug is named on its own.
                .groupBy(IncidentMerger::slugOf, partitions)
                .flatMap(slug -> IncidentMerger.withUniqueIds(list(slug._2())).iterator())
                .keyBy(incident -> incident)
                .sortByKey(ORDER, true, partitions)
                .keys();
    }

    /** {@link IncidentMerger#ORDER}, serialisable: Spark ships the comparator with the sort. */
    private static final Comparator<Incident> ORDER =
            (Comparator<Incident> & Serializable) (a, b) -> IncidentMerger.ORDER.compare(a, b);

    /**
     * Writes the incidents as GeoJSON Lines; the lines are made on the executors and come to the driver
     * one partition at a time, so it never holds them all.
     *
     * @param anyReport whether any report was extracted, asked once all are: when none was, the file is not
     *                  replaced (an earlier output stays whole) and {@link NothingExtracted} is thrown
     * @return how many incidents were written
     */
    static long write(JavaRDD<Incident> incidents, Path out, BooleanSupplier anyReport) throws IOException {
        JavaRDD<String> lines = incidents.mapPartitions(batch -> {
            IncidentGeoJson geoJson = new IncidentGeoJson();
            return stream(batch).map(geoJson::toLine).iterator();
        });
        AtomicLong count = new AtomicLong();
        AtomicWriter.write(out, stream -> {
            Iterator<String> it = lines.toLocalIterator();
            while (it.hasNext()) {
                stream.write(it.next().getBytes(StandardCharsets.UTF_8));
                count.incrementAndGet();
            }
            if (!anyReport.getAsBoolean()) {
                throw new NothingExtracted();
            }
        });
        return count.get();
    }

    /** Every report was refused: nothing is written. */
    private static final class NothingExtracted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }

    private static <T> java.util.stream.Stream<T> stream(Iterator<T> batch) {
        Iterable<T> once = () -> batch;
        return StreamSupport.stream(once.spliterator(), false);
    }

    /**
     * One extractor per executor and study area: the gazetteer and the rules load once per JVM and serve every
     * partition and core (the extractor keeps no state between reports). Each executor reads them from the jar
     * it already has, which is cheaper than broadcasting them from the driver.
     */
    static final class Extractors {
        private static final ConcurrentHashMap<StudyArea, EventExtractor> BY_AREA = new ConcurrentHashMap<>();

        private Extractors() {
        }

        static EventExtractor forArea(StudyArea area) {
            return BY_AREA.computeIfAbsent(area, a -> new EventExtractor(new Geocoder(Gazetteer.bundled()), a));
        }
    }

    /** "jsonl" to a format; a bad name becomes picocli's one-line usage error. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportInput.Format> {
        @Override
        public ReportInput.Format convert(String value) {
            return ReportInput.Format.parse(value);
        }
    }
}
