package org.incidentatlas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.incidentatlas.article.ArticleFormatException;
import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.extract.EventExtractor;
import org.incidentatlas.extract.Extraction;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction throughput, the whole pipeline with the real geocoder: one invocation extracts and
 * merges a batch of {@value #BATCH} articles of 5 KB each (the five reports' bodies run together and
 * cut to 5 KB, each with its own publication date), so the score in ops/s is articles per second.
 * The batch is extracted on every core (articles in parallel), as {@code extract} does; the goal is
 * 100 articles per second on this project's 2-core machines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    static final int BATCH = 100;
    static final int ARTICLE_CHARS = 5 * 1024;
    private static final List<String> REPORTS = List.of("000_eeaf84d5f8c5e0cc", "001_0771a31819724d96",
            "002_216afce9912095f9", "003_c1c37557c788baf7", "004_0c0d1adcbb4a71ad");

    private EventExtractor extractor;
    private List<Article> batch;

    @Setup
    public void setUp() throws ArticleFormatException {
        extractor = new EventExtractor(new Geocoder(Gazetteer.bundled()));
        ArticleReader reader = new ArticleReader();
        List<Article> reports = new ArrayList<>();
        for (String id : REPORTS) {
            String resource = "/data/articles/" + id + ".txt";
            var in = ExtractionBenchmark.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            reports.add(reader.read(id, resource, in));
        }
        batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            Article first = reports.get(i % reports.size());
            StringBuilder body = new StringBuilder(ARTICLE_CHARS + 4096);
            for (int k = 0; body.length() < ARTICLE_CHARS; k++) {
                body.append(reports.get((i + k) % reports.size()).body()).append("\n\n");
            }
            int cut = body.lastIndexOf("\n", ARTICLE_CHARS);
            body.setLength(cut > 0 ? cut : ARTICLE_CHARS);
            batch.add(new Article("bench_" + i, first.title(), first.outlet(), first.published(), first.dateline(),
                    "", body.toString()));
        }
    }

    /** Score = articles per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Extraction extractBatch() {
        return extractor.extract(batch);
    }
}
