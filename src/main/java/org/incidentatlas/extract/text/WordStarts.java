package org.incidentatlas.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs many named patterns over a text quickly: each pattern is tried only at the starts of words
 * that begin with one of its heads (the lower-case beginnings of the words a match can start
 * with), instead of at every character. Patterns should begin with {@code \b}.
 *
 * @param <T> what a pattern stands for (a rule, a label)
 */
public final class WordStarts<T> {

    /** A pattern, what it stands for, and the heads its matches start with. */
    public record Entry<T>(T value, Pattern pattern, List<String> heads) {

        public Entry {
            heads = List.copyOf(heads);
            for (String h : heads) {
                if (h.isEmpty() || !h.equals(h.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("a head must be non-empty lower case: \"" + h + "\"");
                }
            }
        }
    }

    private record Head<T>(String prefix, Entry<T> entry) {
    }

    private final Map<Character, List<Head<T>>> byFirstChar = new HashMap<>();

    public WordStarts(List<Entry<T>> entries) {
        for (Entry<T> e : entries) {
            for (String h : e.heads()) {
                byFirstChar.computeIfAbsent(h.charAt(0), k -> new ArrayList<>()).add(new Head<>(h, e));
            }
        }
    }

    /**
     * Calls {@code found} for every match that starts at a word start, in text order; a pattern
     * matching at one start is reported once even if several of its heads fit.
     */
    public void matches(String text, BiConsumer<T, MatchResult> found) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = text; // a letter changed length when lower-cased ("İ"): compare as written
        }
        Map<Pattern, Matcher> matchers = new HashMap<>();
        List<Entry<T>> tried = new ArrayList<>();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!Character.isLetterOrDigit(c) || i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
                continue;
            }
            List<Head<T>> heads = byFirstChar.get(c);
            if (heads == null) {
                continue;
            }
            tried.clear();
            for (Head<T> h : heads) {
                Entry<T> e = h.entry();
                if (!lower.startsWith(h.prefix(), i) || tried.contains(e)) {
                    continue;
                }
                tried.add(e);
                Matcher m = matchers.computeIfAbsent(e.pattern(),
                        p -> p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
                m.region(i, text.length());
                if (m.lookingAt()) {
                    found.accept(e.value(), m.toMatchResult());
                }
            }
        }
    }
}
