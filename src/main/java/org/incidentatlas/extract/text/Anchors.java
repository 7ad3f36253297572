package org.incidentatlas.extract.text;

/**
 * Cheap gates before regular expressions: a rule runs only when its text holds one of the
 * rule's anchors (lower-case substrings every match contains). Most sentences match few rules,
 * so most patterns never run; this is much of what keeps extraction above a thousand articles per second.
 */
public final class Anchors {

    private Anchors() {
    }

    /** True if the text holds an ASCII digit: most sentences do not, and skip every number pattern. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** True if {@code lower} (already lower-cased) contains any of the anchors. */
    public static boolean any(String lower, String... anchors) {
        for (String a : anchors) {
            if (lower.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
