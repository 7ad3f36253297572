package org.incidentatlas.extract.nlp;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Possible base forms of an English word by the regular inflection rules (-s, -es, -ies, -ed,
 * -d, -ied, -ing, with a doubled consonant or a dropped e). A lexicon word matches a token whose
 * lemma is that word, or whose form is a regular inflection of it: the UD-EWT lemmatizer misses
 * regular forms now and then ("fled" -> "fle", "looted" -> "loote", "declare" -> "declar"), and
 * the lexicon should not miss "looted" because of it. Irregular forms ("took", "fought") are
 * left to the lemmatizer.
 */
final class Inflections {

    private Inflections() {
    }

    /** The lower-case form itself and every base it could regularly come from. */
    static Set<String> bases(String lower) {
        Set<String> bases = new LinkedHashSet<>(6);
        bases.add(lower);
        int n = lower.length();
        if (n > 4 && lower.endsWith("ies")) {
            bases.add(lower.substring(0, n - 3) + "y");
        }
        if (n > 3 && lower.endsWith("es")) {
            bases.add(lower.substring(0, n - 2));
        }
        if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
            bases.add(lower.substring(0, n - 1));
        }
        if (n > 4 && lower.endsWith("ied")) {
            bases.add(lower.substring(0, n - 3) + "y");
        }
        if (n > 3 && lower.endsWith("ed")) {
            stem(bases, lower.substring(0, n - 2));
        }
        if (n > 4 && lower.endsWith("ing")) {
            stem(bases, lower.substring(0, n - 3));
        }
        return bases;
    }

    /** A stem left by -ed or -ing: itself, with an e back, or with a doubled consonant undone. */
    private static void stem(Set<String> bases, String stem) {
        bases.add(stem);
        bases.add(stem + "e");
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            bases.add(stem.substring(0, n - 1));
        }
    }
}
