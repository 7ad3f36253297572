package org.incidentatlas.extract.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.incidentatlas.extract.text.SentenceSplitter;

/**
 * Compares the project's {@link SentenceSplitter} with OpenNLP's sentence detector on the report
 * bodies in {@code ../shared/corpus/articles} (or the folder given), paragraph by paragraph, and
 * prints every sentence end that only one of them makes, with a little context. A main, not a
 * test: the corpus is read at run time and is not part of the repository.
 */
public final class SentenceSplitComparison {

    private static final int CONTEXT = 30;

    private SentenceSplitComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/articles");
        if (!Files.isDirectory(dir)) {
            System.out.println("no corpus at " + dir.toAbsolutePath() + ": skipped");
            return;
        }
        Analyzer analyzer = EnglishNlp.load().newAnalyzer();
        SentenceSplitter splitter = new SentenceSplitter();
        int ours = 0;
        int theirs = 0;
        int same = 0;
        List<String> onlyOurs = new ArrayList<>();
        List<String> onlyTheirs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String body = NlpSpeed.body(Files.readString(file, StandardCharsets.UTF_8));
            for (String paragraph : body.split("\\n\\s*\\n")) {
                Set<Integer> a = ends(splitter.split(paragraph));
                Set<Integer> b = ends(analyzer.sentenceSpans(paragraph));
                ours += a.size();
                theirs += b.size();
                for (int end : a) {
                    if (b.contains(end)) {
                        same++;
                    } else {
                        onlyOurs.add(file.getFileName() + ": " + around(paragraph, end));
                    }
                }
                for (int end : b) {
                    if (!a.contains(end)) {
                        onlyTheirs.add(file.getFileName() + ": " + around(paragraph, end));
                    }
                }
            }
        }
        System.out.printf("SentenceSplitter: %d sentences; OpenNLP: %d; same ends: %d%n", ours, theirs, same);
        System.out.println("\n== ends only SentenceSplitter makes (" + onlyOurs.size() + ")");
        onlyOurs.forEach(System.out::println);
        System.out.println("\n== ends only OpenNLP makes (" + onlyTheirs.size() + ")");
        onlyTheirs.forEach(System.out::println);
    }

    private static Set<Integer> ends(List<int[]> spans) {
        Set<Integer> ends = new TreeSet<>();
        for (int[] s : spans) {
            ends.add(s[1]);
        }
        return ends;
    }

    private static String around(String text, int end) {
        String before = text.substring(Math.max(0, end - CONTEXT), end);
        String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
        return (before + " ‖ " + after).replace('\n', ' ');
    }
}
