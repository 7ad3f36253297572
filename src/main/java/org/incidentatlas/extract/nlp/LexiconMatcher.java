package org.incidentatlas.extract.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a {@link Lexicon}'s rules in analysed sentences. Its index, from every word a rule can
 * start with to the rules that start with it, is built from the rules themselves: a rule is tried
 * only at tokens whose form keys hold one of its first words. Thread-safe.
 */
public final class LexiconMatcher {

    private final Map<String, List<LexiconRule>> byFirstWord;
    private final List<LexiconRule> allRules;
    /** Per rule, the word sets of the elements a match needs: what {@link #mayMatch} checks. */
    private final List<List<Set<String>>> neededWords;
    private final Map<LexiconRule, Integer> ruleIndex;

    public LexiconMatcher(Lexicon lexicon) {
        allRules = lexicon.rules();
        neededWords = allRules.stream().map(LexiconMatcher::needed).toList();
        Map<LexiconRule, Integer> indexes = new java.util.IdentityHashMap<>();
        for (int r = 0; r < allRules.size(); r++) {
            indexes.put(allRules.get(r), r);
        }
        ruleIndex = indexes;
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
     * Could a rule match in this text? True when, for some rule, every element a match needs (each
     * required word, each {@code <} and {@code >} context) has one of its words among the
     * {@linkplain #formKeys form keys} of the text's words and of the parts of its hyphenated
     * words. It needs no tokenizer, tagger or lemmatizer, and it is exact, not a guess: matching
     * reads only form keys and tags, and every token is such a word or part, so a rule that fails
     * here cannot match. Tagging is the slow stage: a caller analyses only the sentences for which
     * this is true, and a test runs every corpus sentence both ways and requires the same matches.
     */
    public boolean mayMatch(CharSequence text) {
        return !candidates(text).isEmpty();
    }

    /**
     * The rules that may match in this text, by the same test as {@link #mayMatch}; matching only
     * these ({@link #find(NlpSentence, List)}) finds what matching all of them finds.
     */
    public List<LexiconRule> candidates(CharSequence text) {
        Set<String> present = wordKeys(text);
        // Only rules whose first word is present can pass; the index names them.
        boolean[] tried = new boolean[allRules.size()];
        for (String key : present) {
            List<LexiconRule> starting = byFirstWord.get(key);
            if (starting != null) {
                for (LexiconRule rule : starting) {
                    tried[ruleIndex.get(rule)] = true;
                }
            }
        }
        List<LexiconRule> candidates = new ArrayList<>();
        for (int r = 0; r < tried.length; r++) {
            if (tried[r] && allPresent(neededWords.get(r), present)) {
                candidates.add(allRules.get(r));
            }
        }
        return candidates;
    }

    /**
     * Whether matching these rules needs parts of speech: when none of them names one, tokens
     * alone decide, and the tagger (the slow stage) need not run.
     */
    public static boolean needTags(List<LexiconRule> rules) {
        for (LexiconRule rule : rules) {
            for (LexiconRule.Element e : rule.elements()) {
                if (!e.tags().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allPresent(List<Set<String>> needed, Set<String> present) {
        for (Set<String> words : needed) {
            if (Collections.disjoint(words, present)) {
                return false;
            }
        }
        return true;
    }

    /** For each element a match cannot do without, the words it accepts. */
    private static List<Set<String>> needed(LexiconRule rule) {
        List<Set<String>> needed = new ArrayList<>();
        for (LexiconRule.Element e : rule.elements()) {
            boolean required = switch (e.kind()) {
                case WORD -> !e.optional();
                case AHEAD, BEFORE -> true;
                case GAP, NOT -> false;
            };
            // A punctuation token ("-" in "take - over") is no word of the text's words: it is not looked for.
            if (required && e.words().stream().anyMatch(LexiconMatcher::hasLetter)) {
                needed.add(e.words());
            }
        }
        return List.copyOf(needed);
    }

    private static boolean hasLetter(String word) {
        return word.chars().anyMatch(Character::isLetter);
    }

    /** The form keys of every word of the text and of every part of a word joined by hyphens or apostrophes. */
    private static Set<String> wordKeys(CharSequence text) {
        Set<String> keys = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int partStart = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || isJoiner(text.charAt(i)))) {
                if (isJoiner(text.charAt(i))) {
                    addKeys(keys, text, partStart, i);
                    partStart = i + 1;
                }
                i++;
            }
            addKeys(keys, text, partStart, i);
            if (partStart > start) {
                addKeys(keys, text, start, i);
            }
        }
        return keys;
    }

    /** Hyphens and apostrophes join the parts of one written word ("take-over", "mayor's"). */
    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    private static void addKeys(Set<String> keys, CharSequence text, int start, int end) {
        if (end > start) {
            keys.addAll(formKeys(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT)));
        }
    }

    /** Every match of every rule, in text order (overlapping ones included). */
    public List<LexiconMatch> findAll(NlpSentence sentence) {
        return findAll(sentence, true);
    }

    /**
     * As {@link #findAll(NlpSentence)}, trying every rule at every token instead of only those the
     * first-word index names: slow, and there for tests that check the index changes nothing.
     */
    public List<LexiconMatch> findAllTryingEveryRule(NlpSentence sentence) {
        return findAll(sentence, false);
    }

    private List<LexiconMatch> findAll(NlpSentence sentence, boolean indexed) {
        return findAll(sentence, indexed, null);
    }

    /** {@code only}: match only these rules (null for all). */
    private List<LexiconMatch> findAll(NlpSentence sentence, boolean indexed, Set<LexiconRule> only) {
        List<Token> tokens = sentence.tokens();
        List<LexiconMatch> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Set<LexiconRule> candidates = new LinkedHashSet<>();
            if (indexed) {
                for (String key : formKeys(lower(tokens.get(i)))) {
                    List<LexiconRule> rules = byFirstWord.get(key);
                    if (rules != null) {
                        candidates.addAll(rules);
                    }
                }
            } else {
                candidates.addAll(allRules);
            }
            if (only != null) {
                candidates.retainAll(only);
            }
            for (LexiconRule rule : candidates) {
                int first = rule.firstWordIndex();
                if (!before(rule.elements(), first, tokens, i)) {
                    continue;
                }
                // The first word is read as every word is: by its form keys, which mayMatch reads too.
                int end = match(rule.elements(), first, tokens, i);
                if (end > i) {
                    found.add(new LexiconMatch(rule, tokens.get(i).start(), tokens.get(end - 1).end(), i, end));
                }
            }
        }
        // In text order, then in the order the rules are declared: whichever way the candidates were found.
        found.sort(Comparator.comparingInt(LexiconMatch::firstToken).thenComparingInt(m -> ruleIndex.get(m.rule())));
        return found;
    }

    /** The {@code <} elements before the first word: each names the token just before the match. */
    private static boolean before(List<LexiconRule.Element> elements, int first, List<Token> tokens, int i) {
        for (int e = 0; e < first; e++) {
            if (i == 0 || !accepts(elements.get(e).words(), tokens.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** The matches that do not overlap: of overlapping ones the longest (then the earliest, then the first declared). */
    public List<LexiconMatch> find(NlpSentence sentence) {
        return longest(findAll(sentence));
    }

    /** As {@link #find(NlpSentence)}, matching only the given rules ({@link #candidates} of the sentence). */
    public List<LexiconMatch> find(NlpSentence sentence, List<LexiconRule> rules) {
        return longest(findAll(sentence, true, new HashSet<>(rules)));
    }

    private static List<LexiconMatch> longest(List<LexiconMatch> all) {
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
            case AHEAD -> {
                if (t >= tokens.size() || !accepts(el.words(), tokens.get(t))) {
                    return -1;
                }
                return match(elements, e + 1, tokens, t);
            }
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

    /**
     * The words a token stands for: its {@linkplain #formKeys form keys}. Not the lemmatizer's
     * lemma: on the news of the corpora it adds no match the form keys miss (it errs on "overran",
     * "fled", "looted"), and reading only the form is what lets {@link #mayMatch} be exact.
     */
    private static Set<String> keys(Token token) {
        return formKeys(lower(token));
    }

    /**
     * The words a written form may stand for, from the form alone: itself, its regular bases
     * ({@link Inflections}) and, for an irregular verb form, its base ("took" -> "take").
     */
    static Set<String> formKeys(String lower) {
        Set<String> cached = FORM_KEYS.get(lower);
        if (cached != null) {
            return cached;
        }
        Set<String> keys = Inflections.bases(lower);
        String irregular = IrregularVerbs.base(lower);
        if (irregular != null) {
            keys.add(irregular);
        }
        String lemma = IrregularVerbs.lemma(lower);
        if (lemma != null) {
            keys.add(lemma);
        }
        keys = Set.copyOf(keys);
        if (FORM_KEYS.size() >= FORM_KEYS_MAX) {
            FORM_KEYS.clear(); // a bound on memory; news vocabulary refills it quickly
        }
        FORM_KEYS.put(lower, keys);
        return keys;
    }

    /** Form keys are a function of the form alone, asked for every word of every sentence: kept once computed. */
    private static final Map<String, Set<String>> FORM_KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FORM_KEYS_MAX = 200_000;

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
