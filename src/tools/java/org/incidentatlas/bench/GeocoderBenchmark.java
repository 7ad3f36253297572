package org.incidentatlas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.gazetteer.PlaceMention;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Geocoder throughput on news text: one operation scans one megabyte (2^20 characters) of the
 * corpus' reports repeated, so the score in ops/s is megabytes per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GeocoderBenchmark {

    static final int MEGABYTE = 1 << 20;
    private static final List<String> ARTICLES = List.of("000_eeaf84d5f8c5e0cc", "001_0771a31819724d96",
            "002_216afce9912095f9", "003_c1c37557c788baf7", "004_0c0d1adcbb4a71ad");

    private Geocoder geocoder;
    private String megabyte;

    @Setup
    public void setUp() {
        geocoder = new Geocoder(Gazetteer.bundled());
        StringBuilder corpus = new StringBuilder();
        for (String article : ARTICLES) {
            corpus.append(read("/data/articles/" + article + ".txt")).append("\n\n");
        }
        StringBuilder text = new StringBuilder(MEGABYTE);
        while (text.length() < MEGABYTE) {
            text.append(corpus);
        }
        text.setLength(MEGABYTE);
        megabyte = text.toString();
    }

    private static String read(String resource) {
        try (InputStream in = GeocoderBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Score = MB/s. */
    @Benchmark
    public List<PlaceMention> scanOneMegabyte() {
        return geocoder.find(megabyte);
    }
}
