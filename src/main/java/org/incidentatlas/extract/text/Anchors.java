package org.incidentatlas.extract.text;

/**
 * Cheap gates before regular expressions: a rule runs only when its text holds one of the
 * rule's anchors (lower-case substrings every match contains). Most sentences match few rules,
 * so most patterns never run; this is much of what keeps extraction above a thousand articles per second.
 */
public final class Anchors {

    private Anchors() {
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
