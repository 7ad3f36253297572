package org.incidentatlas.extract.rule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place the gazetteer lacks, which the text ties to one it knows: "Teyit, a village near
 * Jalal-Abad", "the village of Ak-Tash in Osh Region", "the neighbourhood of Nariman on the
 * outskirts of Osh". The event is then placed at the known place, the smallest area the text ties
 * the unknown one to, and says so ({@link Tie#near()}).
 */
public final class UnknownPlaces {

    /** A name: one to three capitalised words, joined by spaces or hyphens ("Zhany-Aryk", "Kara Darya"). */
    private static final String NAME = "(\\p{Lu}[\\p{L}'’]*(?:[- ]\\p{Lu}[\\p{L}'’]*){0,2})";
    private static final String KIND = "(?:village|town|settlement|hamlet|community|suburb|district|neighbou?rhood|"
            + "quarter|mahalla)";
    /** How the unknown place is tied to the known one that follows. */
    private static final String TIE = "(near|outside|in|close\\s+to|not\\s+far\\s+from|on\\s+the\\s+outskirts\\s+of|"
            + "(?:(?:\\d+|a\\s+few|several)\\s+(?:km|kilometres|kilometers|miles)\\s+)?"
            + "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\\s+of)";
    private static final String TAIL = ",?\\s+" + TIE + "\\s+(?:the\\s+(?:city|town)\\s+of\\s+|the\\s+)?$";
    /** Each ends where the known place's name begins. */
    private static final Pattern[] FORMS = {
        // "the village of Teyit near", "the Uzbek neighbourhood of Nariman on the outskirts of"
        Pattern.compile("(?U)\\b(?:the\\s+)?(?:[\\p{L}-]+\\s+)?" + KIND + "\\s+of\\s+" + NAME + TAIL),
        // "Teyit, a village near", "Teyit, a small mountain village 20 km south of"
        Pattern.compile("(?U)\\b" + NAME + ",\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + KIND + TAIL),
        // "Teyit village near"
        Pattern.compile("(?U)\\b" + NAME + "\\s+" + KIND + TAIL),
    };
    /** How far before the known name the unknown one may stand. */
    private static final int WINDOW = 90;

    private UnknownPlaces() {
    }

    /**
     * How the words just before a known place's mention tie an unknown name to it.
     *
     * @param name  the unknown name as written
     * @param start offset of the unknown name in the text
     * @param end   offset just past it
     * @param how   the tie as written: "near", "in", "on the outskirts of", "20 km south of"
     */
    public record Tie(String name, int start, int end, String how) {

        /** True when the unknown place lies near the known one, not inside it. */
        public boolean near() {
            return !how.equals("in");
        }
    }

    /**
     * The unknown place the text ties to the known place mentioned at {@code knownStart}, or null.
     * The caller checks that the name is not a place it knows.
     */
    public static Tie before(String text, int knownStart) {
        int from = Math.max(0, knownStart - WINDOW);
        String before = text.substring(from, knownStart);
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(before);
            if (m.find()) {
                return new Tie(m.group(1), from + m.start(1), from + m.end(1),
                        m.group(2).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
            }
        }
        return null;
    }
}
