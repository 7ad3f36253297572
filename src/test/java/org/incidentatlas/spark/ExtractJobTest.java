package org.incidentatlas.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.spark.sql.SparkSession;
import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.cli.ExtractCommand;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The Spark job in local mode ({@code local[2]}) gives what {@code extract} gives on the same reports,
 * field by field and line by line, whether the reports come as files, JSON Lines or Parquet.
 */
class ExtractJobTest {

    private static final Path SEEDS = Path.of("data/articles");
    private static final Path CORPUS = Path.of("../shared/corpus/articles");

    private static SparkSession spark;

    @TempDir
    Path dir;

    /** What a run printed on stderr and its exit code. */
    record Run(int exit, String err) {
    }

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("ExtractJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "3")
                // Java lets a JVM set its URL handler factory once: left to Spark (Hadoop's, for ADD JAR from HDFS,
                // which the job never does), NoNetworkTest's guard could not be installed when this class ran first.
                .config("spark.sql.defaultUrlStreamHandlerFactory.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Run run(Object command, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int exit = cli.execute(args);
        return new Run(exit, err.toString());
    }

    private Run job(String reports, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("--reports", reports, "--out", out.toString(), "--partitions", "3"));
        args.addAll(List.of(more));
        return run(new ExtractJob(spark), args.toArray(String[]::new));
    }

    /** {@code extract}'s GeoJSON Lines for the seed reports, made once for the class (the seeds do not change). */
    private static List<String> seedLines;

    private List<String> seedLines() throws Exception {
        if (seedLines == null) {
            seedLines = extractLines(SEEDS);
        }
        return seedLines;
    }

    /** {@code extract}'s GeoJSON Lines for the same reports. */
    private List<String> extractLines(Path reports) throws Exception {
        Path out = dir.resolve("extract.geojsonl");
        Run cli = run(new ExtractCommand(), reports.toString(), "--out", out.toString());
        assertEquals(0, cli.exit(), cli.err());
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static void assertSameIncidents(List<String> expectedLines, Path jobOut) throws Exception {
        List<String> lines = Files.readAllLines(jobOut, StandardCharsets.UTF_8);
        IncidentGeoJson geoJson = new IncidentGeoJson();
        List<Incident> expected = new ArrayList<>();
        for (String l : expectedLines) {
            expected.addAll(geoJson.read(new java.io.ByteArrayInputStream((l + "\n" + l).getBytes(StandardCharsets.UTF_8)),
                    "x.geojsonl", id -> java.util.Optional.empty()).subList(0, 1));
        }
        List<Incident> actual = geoJson.read(jobOut);
        assertFalse(expected.isEmpty());
        // Field by field first, for a readable difference; then the very bytes of every line.
        for (int k = 0; k < Math.min(expected.size(), actual.size()); k++) {
            assertEquals(expected.get(k), actual.get(k), "incident " + k);
        }
        assertEquals(expected.size(), actual.size());
        assertEquals(expectedLines, lines);
    }

    @Test
    void aFolderOfTheSeedReportsGivesExtractsIncidents() throws Exception {
        Path out = dir.resolve("job.geojsonl");
        Run job = job(SEEDS.toString(), out);
        assertEquals(0, job.exit(), job.err());
        assertSameIncidents(seedLines(), out);
        assertTrue(job.err().contains(" incidents from 5 reports written to "), job.err());
    }

    @Test
    void theDevelopmentCorpusGivesExtractsIncidents() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "no development corpus at " + CORPUS);
        Path out = dir.resolve("corpus.geojsonl");
        Run job = job(CORPUS.toString(), out);
        assertEquals(0, job.exit(), job.err());
        assertSameIncidents(extractLines(CORPUS), out);
    }

    @Test
    void jsonLinesAndParquetOfTheSeedsGiveTheSameIncidents() throws Exception {
        Path jsonl = writeJsonLines(dir.resolve("seeds.jsonl"), new ArticleReader().readAll(List.of(SEEDS)).articles(), "");
        List<String> expected = seedLines();

        Path fromJson = dir.resolve("from-json.geojsonl");
        Run job = job(jsonl.toString(), fromJson);
        assertEquals(0, job.exit(), job.err());
        assertSameIncidents(expected, fromJson);

        Path table = dir.resolve("seeds.parquet");
        spark.read().json(jsonl.toString()).repartition(2).write().parquet(table.toString());
        Path fromParquet = dir.resolve("from-parquet.geojsonl");
        job = job(table.toString(), fromParquet);
        assertEquals(0, job.exit(), job.err());
        assertSameIncidents(expected, fromParquet);
    }

    @Test
    void badRecordsAreNamedAndTheOthersStillExtracted() throws Exception {
        List<Article> seeds = new ArticleReader().readAll(List.of(SEEDS)).articles();
        Article undated = new Article("undated", "", "Wire", null, "", "", seeds.get(0).body());
        Path jsonl = writeJsonLines(dir.resolve("mixed.jsonl"), List.of(seeds.get(0), undated), "{\"id\": \"broken\",\n");
        Files.writeString(jsonl, Files.readString(jsonl) + "{\"id\":\"bad-date\",\"published\":\"21 March 2005\",\"body\":\"x\"}\n");
        Path out = dir.resolve("mixed.geojsonl");
        Run job = job(jsonl.toString(), out);
        assertEquals(1, job.exit(), job.err());
        assertTrue(job.err().contains("mixed.jsonl: a line is not a JSON object ({\"id\": \"broken\",)"), job.err());
        assertTrue(job.err().contains("mixed.jsonl: report \"undated\": has no 'published' date"), job.err());
        assertTrue(job.err().contains("mixed.jsonl: report \"bad-date\": published date \"21 March 2005\" is not an ISO date"),
                job.err());
        assertTrue(job.err().contains("from 1 reports written to"), job.err());
        assertFalse(new IncidentGeoJson().read(out).isEmpty());
    }

    @Test
    void whenEveryReportIsRefusedAnEarlierOutputStaysWhole() throws Exception {
        Article undated = new Article("undated", "", "Wire", null, "", "", "Protesters stormed the police station in Osh.");
        Path jsonl = writeJsonLines(dir.resolve("undated.jsonl"), List.of(undated), "");
        Path out = dir.resolve("earlier.geojsonl");
        Files.writeString(out, "an earlier run's output\n");
        Run job = job(jsonl.toString(), out);
        assertEquals(2, job.exit(), job.err());
        assertTrue(job.err().contains("report \"undated\": has no 'published' date"), job.err());
        assertTrue(job.err().contains("no report to extract; " + out + " was not written"), job.err());
        assertEquals("an earlier run's output\n", Files.readString(out));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void reportsSharingAnIdAreRefusedAndNothingIsWritten() throws Exception {
        Article seed = new ArticleReader().readAll(List.of(SEEDS)).articles().get(0);
        Path jsonl = writeJsonLines(dir.resolve("twice.jsonl"), List.of(seed, seed), "");
        Path out = dir.resolve("twice.geojsonl");
        Run job = job(jsonl.toString(), out);
        assertEquals(2, job.exit(), job.err());
        assertTrue(job.err().contains("the id \"" + seed.id() + "\" is given to 2 reports"), job.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingInputOrATableWithoutReportColumnsIsOneClearLine() throws Exception {
        Path out = dir.resolve("none.geojsonl");
        Run missing = job(dir.resolve("nowhere").toString(), out);
        assertEquals(2, missing.exit());
        assertEquals("ExtractJob: " + dir.resolve("nowhere") + ": does not exist", missing.err().strip());

        Path table = dir.resolve("other.parquet");
        spark.range(3).toDF("id").write().parquet(table.toString());
        Run noColumns = job(table.toString(), out);
        assertEquals(2, noColumns.exit());
        assertTrue(noColumns.err().strip().endsWith("other.parquet: the table lacks the columns body, published"
                + " (a report table has id, title, outlet, published, dateline, url, body)"), noColumns.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputThatIsNotNamedAsGeoJsonLinesIsRefusedBeforeSparkRuns() {
        Run job = job(SEEDS.toString(), dir.resolve("events.geojson"));
        assertEquals(2, job.exit());
        assertTrue(job.err().contains("events.geojson: the output is GeoJSON Lines; name it .geojsonl"), job.err());
    }

    /** Reports as JSON Lines, as an archive export gives them; {@code extra} is written first, as it is. */
    private static Path writeJsonLines(Path file, List<Article> articles, String extra) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder sb = new StringBuilder(extra);
        for (Article a : articles) {
            ObjectNode o = mapper.createObjectNode();
            o.put("id", a.id());
            o.put("outlet", a.outlet());
            if (a.published() != null) {
                o.put("published", a.published().toString());
            }
            o.put("title", a.title());
            o.put("url", a.url());
            o.put("dateline", a.dateline());
            o.put("body", a.body());
            sb.append(mapper.writeValueAsString(o)).append('\n');
        }
        Files.writeString(file, sb.toString());
        return file;
    }
}
