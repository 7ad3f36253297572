package org.incidentatlas.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
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
 * with), instead of at every character. Patterns should begin with {@code \b}. Safe for use by
 * several threads (each keeps its own matchers); not re-entrant from within {@code found}.
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

    /** A head of the entry with index {@code entry}, as characters: it is compared at every word start. */
    private record Head(char[] prefix, int entry) {
    }

    private static final int ASCII = 128;

    private final List<Entry<T>> entries;
    /** A thread's working arrays: matchers are costly to create, so each thread keeps one per pattern. */
    private static final class Scratch {
        final Matcher[] matchers;
        final boolean[] reset;
        final int[] triedAt;
        /** The text's characters: reading them from an array is cheaper than String.charAt in this loop. */
        char[] chars = new char[256];

        Scratch(int entries) {
            matchers = new Matcher[entries];
            reset = new boolean[entries];
            triedAt = new int[entries];
        }
    }

    private final ThreadLocal<Scratch> scratch;
    /** Heads by their first character (heads are ASCII). */
    private final List<List<Head>> byFirstChar = new ArrayList<>(ASCII);
    /**
     * Heads by their first two characters (index {@code first * ASCII + second}), each list in the
     * order of {@link #byFirstChar}: most word starts then compare against few heads or none. Heads of
     * one character, or whose second is not ASCII, are in every list of their first character.
     */
    private final Head[][] byFirstTwo = new Head[ASCII * ASCII][];
    /**
     * For a list of {@link #byFirstTwo} with many heads ("re": regain, restor, retak, reclaim...), its
     * heads by the third character, so that the many words starting so ("region", "reported")
     * compare against few; null for short lists. Heads of two characters, or whose third is not
     * ASCII, are in every list.
     */
    private final Head[][][] byThird = new Head[ASCII * ASCII][][];
    private static final int MANY_HEADS = 3;
    /** {@link #byFirstChar} as arrays. */
    private final Head[][] anySecond = new Head[ASCII][];
    private static final Head[] NONE = new Head[0];

    public WordStarts(List<Entry<T>> entries) {
        this.entries = List.copyOf(entries);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(this.entries.size()));
        for (int c = 0; c < ASCII; c++) {
            byFirstChar.add(new ArrayList<>());
        }
        for (int i = 0; i < this.entries.size(); i++) {
            for (String h : this.entries.get(i).heads()) {
                if (h.charAt(0) >= ASCII) {
                    throw new IllegalArgumentException("a head must start with an ASCII character: \"" + h + "\"");
                }
                byFirstChar.get(h.charAt(0)).add(new Head(h.toCharArray(), i));
            }
        }
        for (int first = 0; first < ASCII; first++) {
            anySecond[first] = byFirstChar.get(first).toArray(NONE);
            for (int second = 0; second < ASCII; second++) {
                Head[] fit = fitting(anySecond[first], 1, (char) second);
                byFirstTwo[first * ASCII + second] = fit;
                if (fit.length > MANY_HEADS) {
                    Head[][] sub = new Head[ASCII][];
                    for (int third = 0; third < ASCII; third++) {
                        sub[third] = fitting(fit, 2, (char) third);
                    }
                    byThird[first * ASCII + second] = sub;
                }
            }
        }
    }

    /** The heads that may fit a word whose character at {@code index} is {@code c}, in their order. */
    private static Head[] fitting(Head[] heads, int index, char c) {
        List<Head> fit = new ArrayList<>();
        for (Head h : heads) {
            char[] p = h.prefix();
            if (p.length <= index || p[index] >= ASCII || p[index] == c) {
                fit.add(h);
            }
        }
        return fit.isEmpty() ? NONE : fit.toArray(NONE);
    }

    /**
     * Calls {@code found} for every match that starts at a word start, in text order; a pattern
     * matching at one start is reported once even if several of its heads fit.
     */
    public void matches(String text, BiConsumer<T, MatchResult> found) {
        // Heads are compared with ASCII capitals read as lower case, as the (?i) patterns do; the
        // text is not lower-cased as a whole, which cost as much as the comparing.
        Scratch scratch = this.scratch.get();
        Matcher[] reusable = scratch.matchers;
        boolean[] reset = scratch.reset;
        int[] triedAt = scratch.triedAt;
        Arrays.fill(reset, false);
        Arrays.fill(triedAt, -1);
        int n = text.length();
        if (scratch.chars.length < n) {
            scratch.chars = new char[Math.max(n, scratch.chars.length * 2)];
        }
        char[] chars = scratch.chars;
        text.getChars(0, n, chars, 0);
        boolean previousAlnum = false;
        for (int i = 0; i < n; i++) {
            char raw = chars[i];
            boolean alnum = isLetterOrDigit(raw);
            boolean wordStart = alnum && !previousAlnum;
            previousAlnum = alnum;
            char c = lowerAscii(raw);
            if (!wordStart || c >= ASCII) {
                continue;
            }
            char next = i + 1 < n ? lowerAscii(chars[i + 1]) : 0;
            int bucket = c * ASCII + (next < ASCII ? next : 0);
            Head[] heads = byFirstTwo[bucket];
            if (next >= ASCII) {
                heads = anySecond[c]; // a non-ASCII second letter: any head of the first may fit
            } else if (byThird[bucket] != null) {
                char third = i + 2 < n ? lowerAscii(chars[i + 2]) : 0;
                if (third < ASCII) {
                    heads = byThird[bucket][third]; // a non-ASCII third letter: the whole list may fit
                }
            }
            for (Head h : heads) {
                int e = h.entry();
                if (triedAt[e] == i || !startsWith(chars, n, i, h.prefix())) {
                    continue;
                }
                triedAt[e] = i;
                Matcher m = reusable[e];
                if (m == null) {
                    m = entries.get(e).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    reusable[e] = m;
                    reset[e] = true;
                } else if (!reset[e]) {
                    m.reset(text); // keeps transparent, non-anchoring bounds
                    reset[e] = true;
                }
                m.region(i, n);
                if (m.lookingAt()) {
                    found.accept(entries.get(e).value(), m.toMatchResult());
                }
            }
        }
    }

    /** Whether {@code text[0, n)} has {@code prefix} (lower case) at {@code at}, ASCII capitals read as lower case. */
    private static boolean startsWith(char[] text, int n, int at, char[] prefix) {
        if (at + prefix.length > n) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (lowerAscii(text[at + k]) != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** ASCII capitals to lower case, every other character as it is (as {@code toLowerCase(ROOT)} does for ASCII). */
    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * {@link Matcher#find()} for a pattern whose every match begins with {@code \b} and an ASCII
     * letter or digit: the same matches, but the pattern is tried only where a word starts instead of
     * at every character, which is most of the cost of searching a sentence. {@code m} must be a
     * matcher over {@code text} with transparent, non-anchoring bounds; the search starts at
     * {@code from} (after a match, its end), and on success {@code m} holds the match.
     */
    public static boolean find(Matcher m, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean asciiAlnum = c < ASCII && isLetterOrDigit(c);
            // Where the previous character is a letter or digit no \b can hold: the regex is not tried.
            if (!asciiAlnum || i > 0 && isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #find(Matcher, String, int)} for a pattern whose every match begins with a digit or with
     * a whole ASCII word of {@code firstWords} (the pattern is case-insensitive for ASCII only): the
     * regex is not tried at other words, since there it cannot match.
     */
    public static boolean find(Matcher m, String text, int from, WordSet firstWords) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            boolean letter = asciiLetter(c);
            if (!letter && (c < '0' || c > '9') || i > 0 && isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            if (letter) {
                int e = i + 1;
                while (e < n && asciiLetter(text.charAt(e))) {
                    e++;
                }
                if (!firstWords.contains(text, i, e)) {
                    i = e - 1; // the rest of the word is no word start
                    continue;
                }
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without a table look-up for ASCII, the common case. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The first match of {@code p} in {@code text}, or null: {@link #find} from the start, for a
     * pattern whose every match begins with {@code \b} and an ASCII letter or digit. The result is a
     * snapshot; the matcher behind it is kept by the thread for the pattern's next text, since
     * creating one for every sentence cost more than the matching.
     */
    public static MatchResult first(Pattern p, String text) {
        Matcher m = reusedMatcher(p, text);
        return find(m, text, 0) ? m.toMatchResult() : null;
    }

    /**
     * {@link #first} for a pattern whose every match begins with a digit or with a whole ASCII word of
     * {@code firstWords}: the pattern is tried at those words only.
     */
    public static MatchResult first(Pattern p, String text, WordSet firstWords) {
        Matcher m = reusedMatcher(p, text);
        return find(m, text, 0, firstWords) ? m.toMatchResult() : null;
    }

    /**
     * {@link #first} for a pattern of the form {@code \b(?:word|word...)\s*$} (or {@code \s+$}): one
     * word of ASCII letters, then white space to the end. Such a word ends where the text's trailing
     * white space begins, so only the text's last word can start a match and only it is tried.
     */
    public static MatchResult lastWord(Pattern p, String text) {
        int end = endBeforeSpace(text);
        int start = end;
        while (start > 0 && isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        Matcher m = reusedMatcher(p, text);
        return find(m, text, start) ? m.toMatchResult() : null;
    }

    /** Where the text's trailing white space ({@code \s}) begins: its length when it has none. */
    static int endBeforeSpace(CharSequence text) {
        int end = text.length();
        while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** What {@code \s} matches (without UNICODE_CHARACTER_CLASS). */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The thread's matcher for {@code p}, reset to {@code text}, with transparent, non-anchoring bounds. */
    private static Matcher reusedMatcher(Pattern p, String text) {
        Map<Pattern, Matcher> mine = FIRST_MATCHERS.get();
        Matcher m = mine.get(p);
        if (m == null) {
            m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            mine.put(p, m);
        } else {
            m.reset(text); // keeps the bounds
        }
        return m;
    }

    private static final ThreadLocal<Map<Pattern, Matcher>> FIRST_MATCHERS = ThreadLocal.withInitial(IdentityHashMap::new);
}
