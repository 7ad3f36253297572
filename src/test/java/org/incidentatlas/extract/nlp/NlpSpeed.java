package org.incidentatlas.extract.nlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A rough speed measure of the NLP stages on one thread (not a test, never asserted): sentence
 * detection, then tokenizing, tagging and lemmatizing every sentence, over the report bodies in
 * {@code ../shared/corpus/articles} (or the folder given as the first argument), read at run time.
 * Prints tokens per second and articles of 5 KB per second for each depth, by wall time and by
 * this thread's CPU time (the second is what one free core would do). The lemma cache is warm
 * after the first pass, as in a long run.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.incidentatlas.extract.nlp.NlpSpeed [DIR] [SECONDS]
 * </pre>
 */
public final class NlpSpeed {

    private static final double ARTICLE_CHARS = 5 * 1024;
    /** CPU time of this thread: the machine is shared, so wall time alone says little. */
    private static LexiconMatcher MATCHER;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private NlpSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/articles");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 8;
        if (!Files.isDirectory(dir)) {
            System.out.println("no corpus at " + dir.toAbsolutePath() + ": skipped");
            return;
        }
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                bodies.add(body(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        long chars = bodies.stream().mapToLong(String::length).sum();
        long t0 = System.nanoTime();
        EnglishNlp nlp = EnglishNlp.load();
        System.out.printf(Locale.ROOT, "models loaded in %.2f s; %d reports, %d chars (%.1f articles of 5 KB)%n",
                (System.nanoTime() - t0) / 1e9, bodies.size(), chars, chars / ARTICLE_CHARS);
        Analyzer analyzer = nlp.analyzer();
        long cold = System.nanoTime();
        long coldCpu = CPU.getCurrentThreadCpuTime();
        for (String b : bodies) {
            analyzer.sentences(b);
        }
        System.out.printf(Locale.ROOT, "first pass, lemma cache empty, JIT cold: %.2f s wall, %.2f s CPU%n",
                (System.nanoTime() - cold) / 1e9, (CPU.getCurrentThreadCpuTime() - coldCpu) / 1e9);
        List<List<int[]>> spans = new ArrayList<>();
        for (String b : bodies) {
            spans.add(analyzer.sentenceSpans(b));
        }
        long tokens = 0;
        int sentences = 0;
        for (int i = 0; i < bodies.size(); i++) {
            for (int[] s : spans.get(i)) {
                tokens += analyzer.analyse(bodies.get(i), s[0], s[1], Analyzer.Depth.TOKENS).size();
                sentences++;
            }
        }
        System.out.printf(Locale.ROOT, "%d sentences, %d tokens%n", sentences, tokens);
        // Warm up every stage, then measure.
        LexiconMatcher matcher = new LexiconMatcher(Lexicon.english());
        int candidates = 0;
        for (int i = 0; i < bodies.size(); i++) {
            for (int[] s : spans.get(i)) {
                if (matcher.mayMatch(bodies.get(i).substring(s[0], s[1]))) {
                    candidates++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d of %d sentences may hold a lexicon trigger (gate on the text)%n",
                candidates, sentences);
        MATCHER = matcher;
        for (String stage : List.of("sentences", "TOKENS", "TAGS", "LEMMAS", "PREFILTERED")) {
            run(analyzer, bodies, spans, stage, Math.min(seconds, 4));
        }
        for (String stage : List.of("sentences", "TOKENS", "TAGS", "LEMMAS", "PREFILTERED")) {
            double[] passesPerSecond = run(analyzer, bodies, spans, stage, seconds);
            System.out.printf(Locale.ROOT, "%-28s wall: %9.0f tokens/s %8.1f articles/s   CPU: %9.0f tokens/s %8.1f articles/s%n",
                    stage.equals("sentences") ? "sentence detection" : "sentences + " + stage.toLowerCase(Locale.ROOT),
                    passesPerSecond[0] * tokens, passesPerSecond[0] * chars / ARTICLE_CHARS,
                    passesPerSecond[1] * tokens, passesPerSecond[1] * chars / ARTICLE_CHARS);
        }
    }

    /** Passes over the whole corpus per second of wall time and per second of this thread's CPU time. */
    private static double[] run(Analyzer analyzer, List<String> bodies, List<List<int[]>> spans, String stage, double seconds) {
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        long until = start + (long) (seconds * 1e9);
        int passes = 0;
        long sink = 0;
        do {
            for (int i = 0; i < bodies.size(); i++) {
                String body = bodies.get(i);
                List<int[]> found = analyzer.sentenceSpans(body);
                sink += found.size();
                if (stage.equals("PREFILTERED")) {
                    // Analyse and match only the sentences the gate lets through.
                    for (int[] s : spans.get(i)) {
                        if (MATCHER.mayMatch(body.substring(s[0], s[1]))) {
                            sink += MATCHER.find(analyzer.analyse(body, s[0], s[1])).size();
                        }
                    }
                } else if (!stage.equals("sentences")) {
                    Analyzer.Depth depth = Analyzer.Depth.valueOf(stage);
                    for (int[] s : spans.get(i)) {
                        sink += analyzer.analyse(body, s[0], s[1], depth).size();
                    }
                }
            }
            passes++;
        } while (System.nanoTime() < until);
        if (sink == 42) {
            System.out.println();
        }
        return new double[] {passes / ((System.nanoTime() - start) / 1e9),
            passes / ((CPU.getCurrentThreadCpuTime() - cpu) / 1e9)};
    }

    /** The text after the front matter (a block between two "---" lines at the top). */
    static String body(String file) {
        if (file.startsWith("---")) {
            int end = file.indexOf("\n---", 3);
            if (end > 0) {
                int next = file.indexOf('\n', end + 4);
                return next < 0 ? "" : file.substring(next + 1);
            }
        }
        return file;
    }
}
