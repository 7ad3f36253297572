package org.incidentatlas.extract.nlp;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The lemmatizer's answers by (word, tag), shared by every thread of one {@link EnglishNlp}. A
 * lemma is a function of the word and its tag ({@link Analyzer} asks word by word), so a cached
 * answer is the answer any thread would get. Bounded: past {@value #MAX_ENTRIES} entries nothing
 * more is kept (news vocabulary repeats; the common words are in by then).
 */
final class LemmaCache {

    static final int MAX_ENTRIES = 200_000;

    private final ConcurrentHashMap<String, String> lemmas = new ConcurrentHashMap<>();

    String get(String word, String tag) {
        return lemmas.get(key(word, tag));
    }

    void put(String word, String tag, String lemma) {
        if (lemmas.size() < MAX_ENTRIES) {
            lemmas.putIfAbsent(key(word, tag), lemma);
        }
    }

    private static String key(String word, String tag) {
        return tag + '\t' + word;
    }
}
