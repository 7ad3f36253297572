package org.incidentatlas.extract.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A fixed set of lower-case ASCII words that is asked about a span of text in any case without
 * building a string: {@link WordStarts#find(java.util.regex.Matcher, String, int, WordSet)} asks
 * it at every word of every sentence, where a substring, its lower-casing and a hash-set probe
 * were a tenth of extraction time.
 */
public final class WordSet {

    /** Open addressing, linear probing; at most half full, so a miss ends at an empty slot soon. */
    private final String[] slots;
    private final int mask;
    private final int size;

    private WordSet(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        slots = new String[capacity];
        mask = capacity - 1;
        int count = 0;
        for (String w : words) {
            if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || !w.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("a word of a WordSet must be non-empty lower-case ASCII: \"" + w + "\"");
            }
            int slot = hash(w, 0, w.length()) & mask;
            while (slots[slot] != null && !slots[slot].equals(w)) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == null) {
                slots[slot] = w;
                count++;
            }
        }
        size = count;
    }

    public static WordSet of(String... words) {
        return new WordSet(Arrays.asList(words));
    }

    public static WordSet of(Collection<String> words) {
        return new WordSet(List.copyOf(words));
    }

    public int size() {
        return size;
    }

    /** Whether {@code text[start, end)}, with ASCII capitals read as lower case, is one of the words. */
    public boolean contains(CharSequence text, int start, int end) {
        int length = end - start;
        for (int slot = hash(text, start, end) & mask; ; slot = (slot + 1) & mask) {
            String w = slots[slot];
            if (w == null) {
                return false;
            }
            if (w.length() == length && sameLowerCase(w, text, start)) {
                return true;
            }
        }
    }

    /**
     * Whether some word of {@code text} (a run of ASCII letters not next to another) is one of the
     * words: a cheap test before running a pattern every match of which holds such a word.
     */
    public boolean anyWordIn(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!WordStarts.asciiLetter(text.charAt(i))) {
                continue;
            }
            int e = i + 1;
            while (e < n && WordStarts.asciiLetter(text.charAt(e))) {
                e++;
            }
            if (contains(text, i, e)) {
                return true;
            }
            i = e;
        }
        return false;
    }

    /**
     * Whether the text ends with one of the words, then perhaps a comma, then white space to the end:
     * a cheap test before a pattern that ends so ("... from the city of ").
     */
    public boolean endsWithWordIn(CharSequence text) {
        int end = WordStarts.endBeforeSpace(text);
        if (end == text.length()) {
            return false;
        }
        if (end > 0 && text.charAt(end - 1) == ',') {
            end--;
        }
        int start = end;
        while (start > 0 && WordStarts.asciiLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && contains(text, start, end);
    }


    private static boolean sameLowerCase(String word, CharSequence text, int start) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != WordStarts.lowerAscii(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + WordStarts.lowerAscii(text.charAt(i));
        }
        return h ^ (h >>> 16); // short words differ mostly in their low bits; spread the high ones down too
    }
}
