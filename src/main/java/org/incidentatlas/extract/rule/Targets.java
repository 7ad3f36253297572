package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Buildings and facilities named in a phrase, as short normalised labels ("police station", "airport"). */
public final class Targets {

    private static final List<Category> CATEGORIES = List.of(
            new Category("administration building", "\\badministrations?\\b(?!\\s+(?:of|officials?)\\b)"),
            new Category("governor's office", "\\bgovernor(?:'s|’s|s)?\\s+(?:office|offices|residence|building|headquarters|compound)"),
            new Category("government building", "\\bgovernment\\s+(?:buildings?|offices?|headquarters|house|compound|complex|premises)|"
                            + "\\bseat\\s+of\\s+(?:power|government|the\\s+government)\\b|"
                            + "\\bpresiden(?:tial|t's|t’s)\\s+(?:palace|office|administration|residence)\\b"),
            new Category("police station", "\\bpolice(?:\\s+and\\s+[\\w-]+)?\\s+(?:stations?|headquarters|departments?|buildings?|offices?|precincts?)"),
            new Category("security service building", "\\b(?:security(?:\\s+service)?|intelligence|kgb|snb|gknb|national\\s+security)(?:\\s+and\\s+[\\w-]+(?:\\s+ministry)?)?"
                            + "\\s+(?:stations?|buildings?|headquarters|offices?|service|services|agency|committee)"),
            new Category("ministry building", "\\b(?:interior|defen[cs]e|foreign|justice|emergencies)\\s+ministry|\\bministry\\s+buildings?"),
            new Category("TV station", "\\b(?:tv|television)(?:\\s+and\\s+radio)?\\s+(?:stations?|centres?|centers?|studios?|channels?|towers?|"
                            + "buildings?|company)|\\bstate\\s+(?:broadcaster|television)"),
            new Category("radio station", "\\bradio\\s+(?:stations?|buildings?)"),
            new Category("airport", "\\b(?:airports?|airfields?|airstrips?)\\b"),
            // "stormed parliament": the building, not "parliament members" or "parliament elections".
            new Category("parliament building", "\\bparliament\\s+(?:buildings?|house)|\\bwhite\\s+house|\\bparliament\\b(?!\\s+"
                            + "(?:members?|speakers?|deput\\w*|elections?|votes?|seats?|sessions?|chairm[ae]n|passed|approved|voted|has|had|was|is))"),
            new Category("mayor's office", "\\b(?:city|town)\\s+hall|\\bmayor(?:'s|’s|s)?\\s+office"),
            new Category("prosecutor's office", "\\bprosecutor(?:'s|’s|s)?\\s+office"),
            new Category("prison", "\\b(?:prisons?|jails?|detention\\s+cent(?:re|er)s?)\\b"),
            new Category("military base", "\\b(?:barracks|military\\s+base|garrison)\\b"),
            new Category("checkpoint", "\\b(?:border\\s+(?:posts?|crossings?)|checkpoints?)\\b"),
            new Category("headquarters", "\\b(?:headquarters|hq)\\b"));
    /** A building named without saying which. */
    private static final Pattern GENERIC = Pattern.compile("(?i)\\b(?:buildings?|offices|premises|compound)\\b");

    private Targets() {
    }

    /** The facilities {@code phrase} names, most specific first; "building" only when nothing more specific is said. */
    public static List<String> find(String phrase) {
        List<String> found = new ArrayList<>();
        for (Category c : CATEGORIES) {
            if (c.pattern().matcher(phrase).find()) {
                found.add(c.label());
            }
        }
        if (found.remove("headquarters") && found.isEmpty()) {
            found.add("headquarters");
        }
        if (found.isEmpty() && GENERIC.matcher(phrase).find()) {
            found.add("building");
        }
        return found;
    }

    /** A category: its label and the pattern of the words that name it (case-insensitive, Unicode-aware). */
    private record Category(String label, Pattern pattern) {
        Category(String label, String regex) {
            this(label, Pattern.compile("(?iU)" + regex));
        }
    }
}
