package org.incidentatlas.extract.text;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for patterns whose every match begins with {@code \b} and a letter or
 * digit, tried at word starts only. Nothing here is a list of words: which starts are tried is read
 * from the text, and the pattern alone decides what matches.
 */
public final class WordStarts {

    private WordStarts() {
    }

    /**
     * {@link Matcher#find()} from {@code from} for a pattern whose every match begins with {@code \b}
     * and a letter or digit: the pattern is tried only where a word starts. {@code m} must be a matcher
     * over {@code text} with transparent, non-anchoring bounds; on success it holds the match.
     */
    static boolean find(Matcher m, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            // Where the previous character is a letter or digit no \b can hold: the regex is not tried.
            if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
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
     * The first match of {@code p} in {@code text}, or null: {@link #find} from the start. The result
     * is a snapshot; the matcher behind it is kept by the thread for the pattern's next text.
     */
    public static MatchResult first(Pattern p, String text) {
        Matcher m = reusedMatcher(p, text);
        return find(m, text, 0) ? m.toMatchResult() : null;
    }

    /**
     * {@link #first} for a pattern of the form {@code \b(?:word|word...)\s*$} (or {@code \s+$}): one
     * word, then white space to the end. Such a word ends where the text's trailing white space
     * begins, so only the text's last word can start a match and only it is tried.
     */
    public static MatchResult lastWord(Pattern p, String text) {
        int end = text.length();
        while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        Matcher m = reusedMatcher(p, text);
        return find(m, text, start) ? m.toMatchResult() : null;
    }

    /** What {@code \s} matches (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
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
