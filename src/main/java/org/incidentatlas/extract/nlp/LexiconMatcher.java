package org.incidentatlas.extract.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a {@link Lexicon}'s rules in analysed sentences. Its index, from every word a rule can
 * start with to the rules that start with it, is built from the rules themselves: a rule is tried
 * only at tokens whose lemma, form or regular base is one of its first words. Thread-safe.
 */
public final class LexiconMatcher {

    private final Map<String, List<LexiconRule>> byFirstWord;

    public LexiconMatcher(Lexicon lexicon) {
        Map<String, List<LexiconRule>> index = new HashMap<>();
        for (LexiconRule rule : lexicon.rules()) {
            for (String word : rule.firstWords()) {
                index.computeIfAbsent(word, w -> new ArrayList<>()).add(rule);
            }
        }
        index.replaceAll((w, rules) -> List.copyOf(rules));
        byFirstWord = Map.copyOf(index);
    }

    /**
     * A guess made on tokens alone, before tagging: could a rule start in this sentence? True when
     * a token's form, a regular base of it, or the base of an irregular past form ("took") is a
     * word some rule starts with. Tagging is the slow stage: a caller may tokenize every sentence
     * ({@link Analyzer.Depth#TOKENS}) and tag and lemmatize only those for which this is true.
     */
    public boolean mayMatch(NlpSentence sentence) {
        for (Token token : sentence.tokens()) {
            String lower = token.text().toLowerCase(java.util.Locale.ROOT);
            String irregular = IrregularVerbs.base(lower);
            if (irregular != null && byFirstWord.containsKey(irregular)) {
                return true;
            }
            for (String key : keys(token)) {
                if (byFirstWord.containsKey(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every match of every rule, in text order (overlapping ones included). */
    public List<LexiconMatch> findAll(NlpSentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<LexiconMatch> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Set<LexiconRule> candidates = new LinkedHashSet<>();
            for (String key : keys(tokens.get(i))) {
                List<LexiconRule> rules = byFirstWord.get(key);
                if (rules != null) {
                    candidates.addAll(rules);
                }
            }
            for (LexiconRule rule : candidates) {
                int end = match(rule.elements(), 0, tokens, i);
                if (end > i) {
                    found.add(new LexiconMatch(rule, tokens.get(i).start(), tokens.get(end - 1).end(), i, end));
                }
            }
        }
        return found;
    }

    /** The matches that do not overlap: of overlapping ones the longest (then the earliest, then the first declared). */
    public List<LexiconMatch> find(NlpSentence sentence) {
        List<LexiconMatch> all = findAll(sentence);
        if (all.size() < 2) {
            return all;
        }
        List<LexiconMatch> byLength = new ArrayList<>(all);
        byLength.sort(Comparator.comparingInt((LexiconMatch m) -> m.endToken() - m.firstToken()).reversed()
                .thenComparingInt(LexiconMatch::firstToken));
        List<LexiconMatch> kept = new ArrayList<>();
        for (LexiconMatch m : byLength) {
            if (kept.stream().noneMatch(k -> k.firstToken() < m.endToken() && m.firstToken() < k.endToken())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(LexiconMatch::firstToken));
        return kept;
    }

    /**
     * Matches elements from {@code e} on at token {@code t}; returns the token index just past the
     * match, or -1. Optional elements are tried present first; gaps are tried shortest first.
     */
    private static int match(List<LexiconRule.Element> elements, int e, List<Token> tokens, int t) {
        if (e == elements.size()) {
            return t;
        }
        LexiconRule.Element el = elements.get(e);
        switch (el.kind()) {
            case NOT -> {
                if (t < tokens.size() && accepts(el.words(), tokens.get(t))) {
                    return -1;
                }
                return match(elements, e + 1, tokens, t);
            }
            case GAP -> {
                for (int skip = 0; skip <= el.max() && t + skip <= tokens.size(); skip++) {
                    int end = match(elements, e + 1, tokens, t + skip);
                    if (end >= 0) {
                        return end;
                    }
                }
                return -1;
            }
            default -> {
                if (t < tokens.size() && el.acceptsTag(tokens.get(t).tag()) && accepts(el.words(), tokens.get(t))) {
                    int end = match(elements, e + 1, tokens, t + 1);
                    if (end >= 0) {
                        return end;
                    }
                }
                return el.optional() ? match(elements, e + 1, tokens, t) : -1;
            }
        }
    }

    private static boolean accepts(Set<String> words, Token token) {
        for (String key : keys(token)) {
            if (words.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The words a token stands for: its lemma, its lower-cased form and the form's regular bases. */
    private static Set<String> keys(Token token) {
        Set<String> keys = Inflections.bases(token.text().toLowerCase(java.util.Locale.ROOT));
        keys.add(token.lemma());
        return keys;
    }
}
