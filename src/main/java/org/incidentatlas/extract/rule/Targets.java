package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.incidentatlas.extract.text.WordSet;
import org.incidentatlas.extract.text.WordStarts;

/** Buildings and facilities named in a phrase, as short normalised labels ("police station", "airport"). */
public final class Targets {

    private static final List<Category> CATEGORIES = List.of(
            new Category("administration building", new String[] {"administ"},
                    "\\badministrations?\\b(?!\\s+(?:of|officials?)\\b)"),
            new Category("governor's office", new String[] {"governor"},
                    "\\bgovernor(?:'s|’s|s)?\\s+(?:office|offices|residence|building|headquarters|compound)"),
            new Category("government building", new String[] {"government", "seat", "presiden"},
                    "\\bgovernment\\s+(?:buildings?|offices?|headquarters|house|compound|complex|premises)|"
                            + "\\bseat\\s+of\\s+(?:power|government|the\\s+government)\\b|"
                            + "\\bpresiden(?:tial|t's|t’s)\\s+(?:palace|office|administration|residence)\\b"),
            new Category("police station", new String[] {"police"},
                    "\\bpolice(?:\\s+and\\s+[\\w-]+)?\\s+(?:stations?|headquarters|departments?|buildings?|offices?|precincts?)"),
            new Category("security service building", new String[] {"security", "intelligence", "kgb", "snb", "national"},
                    "\\b(?:security(?:\\s+service)?|intelligence|kgb|snb|national\\s+security)(?:\\s+and\\s+[\\w-]+(?:\\s+ministry)?)?"
                            + "\\s+(?:stations?|buildings?|headquarters|offices?|service|services|agency|committee)"),
            new Category("ministry building",
                    new String[] {"ministry", "interior", "defen", "foreign", "justice", "emergencies"},
                    "\\b(?:interior|defen[cs]e|foreign|justice|emergencies)\\s+ministry|\\bministry\\s+buildings?"),
            new Category("TV station", new String[] {"tv", "television", "state"},
                    "\\b(?:tv|television)(?:\\s+and\\s+radio)?\\s+(?:stations?|centres?|centers?|studios?|channels?|towers?|"
                            + "buildings?|company)|\\bstate\\s+broadcaster"),
            new Category("radio station", new String[] {"radio"}, "\\bradio\\s+(?:stations?|buildings?)"),
            new Category("airport", new String[] {"air"}, "\\b(?:airports?|airfields?|airstrips?)\\b"),
            new Category("parliament building", new String[] {"parliament", "white"}, "\\bparliament\\s+(?:buildings?|house)|\\bwhite\\s+house"),
            new Category("mayor's office", new String[] {"city", "town", "mayor"}, "\\b(?:city|town)\\s+hall|\\bmayor(?:'s|’s|s)?\\s+office"),
            new Category("prosecutor's office", new String[] {"prosecutor"}, "\\bprosecutor(?:'s|’s|s)?\\s+office"),
            new Category("prison", new String[] {"prison", "jail", "detention"}, "\\b(?:prisons?|jails?|detention\\s+cent(?:re|er)s?)\\b"),
            new Category("military base", new String[] {"barracks", "military", "garrison"}, "\\b(?:barracks|military\\s+base|garrison)\\b"),
            new Category("checkpoint", new String[] {"border", "checkpoint"}, "\\b(?:border\\s+(?:posts?|crossings?)|checkpoints?)\\b"),
            new Category("headquarters", new String[] {"headquarters", "hq"}, "\\b(?:headquarters|hq)\\b"));
    /** Each category's pattern, tried only at the words its matches can start with. */
    private static final WordStarts<Category> MATCHER = new WordStarts<>(CATEGORIES.stream()
            .map(c -> new WordStarts.Entry<>(c, c.pattern(), List.of(c.heads()))).toList());
    /** A building named without saying which. */
    private static final Pattern GENERIC = Pattern.compile("(?i)\\b(?:buildings?|offices|premises|compound)\\b");
    private static final WordSet GENERIC_WORDS = WordSet.of("building", "buildings", "offices", "premises", "compound");

    private Targets() {
    }

    /** The facilities {@code phrase} names, most specific first; "building" only when nothing more specific is said. */
    public static List<String> find(String phrase) {
        boolean[] named = new boolean[CATEGORIES.size()];
        MATCHER.matches(phrase, (c, m) -> named[CATEGORIES.indexOf(c)] = true);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < named.length; i++) {
            if (named[i]) {
                found.add(CATEGORIES.get(i).label());
            }
        }
        if (found.remove("headquarters") && found.isEmpty()) {
            found.add("headquarters");
        }
        // GENERIC starts with \b and a letter: tried at word starts only, and only if one of its words is there.
        if (found.isEmpty() && GENERIC_WORDS.anyWordIn(phrase) && WordStarts.first(GENERIC, phrase) != null) {
            found.add("building");
        }
        return found;
    }

    /**
     * A category; its pattern is tried only at words that begin with one of its heads (the lower-case
     * beginnings of the words its matches can start with: keep them in step with the pattern).
     */
    private record Category(String label, String[] heads, Pattern pattern) {
        Category(String label, String[] heads, String regex) {
            this(label, heads, Pattern.compile("(?i)" + regex));
        }
    }
}
