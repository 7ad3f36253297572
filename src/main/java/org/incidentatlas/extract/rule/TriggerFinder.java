package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.extract.text.WordStarts;
import org.incidentatlas.model.IncidentType;

/**
 * Finds the words that report seizures, retakings, clashes, attacks and protests, and rejects
 * those that do not report a real event: intents and plans ("moved to regain control",
 * "planning protests"), negations ("avoid clashes"), and seizures of something that is not a
 * building or facility ("seized control of the drugs trade").
 */
public final class TriggerFinder {

    private static final String FORCES = "(?:the\\s+)?(?:security\\s+forces|police(?:men)?|riot\\s+police|troops|soldiers|"
            + "special\\s+forces|army|government\\s+forces|interior\\s+ministry\\s+forces|authorities|"
            + "(?:supporters|backers|loyalists)\\s+of\\s+the\\s+(?:interim\\s+)?government)";
    private static final String FACILITY_NOUN = "(?:buildings?|offices?|headquarters|station|compound|airport|premises)";

    /** The rules, most specific first (overlapping matches keep the longer one). */
    private static final List<Rule> RULES = List.of(
            // Retakings: a building taken back from its occupiers.
            new Rule("retaking: regained control", new String[] {"regain", "restor", "reasserted", "re-establ"},
                    IncidentType.SEIZURE, true,
                    "\\b(?:regained|regain|regaining|regains|restored|restore|restoring|reasserted|re-established)\\s+"
                            + "(?:full\\s+|complete\\s+)?control\\s+(?:of|over)\\b"),
            new Rule("retaking: retook", new String[] {"retak", "retook", "recaptur", "reclaim", "reoccup"},
                    IncidentType.SEIZURE, true,
                    "\\b(?:retook|retake|retakes|retaken|retaking|recaptured|recapture|recapturing|reclaimed|reoccupied)\\b"
                            + "(?:\\s+(?:full\\s+)?control\\s+(?:of|over)\\b)?"),
            new Rule("retaking: took back", new String[] {"took", "tak"},
                    IncidentType.SEIZURE, true,
                    "\\b(?:took|take|taken|taking|takes)\\s+back\\b(?:\\s+control\\s+(?:of|over)\\b)?"),
            new Rule("retaking: drove them out", new String[] {"drov", "driv"},
                    IncidentType.SEIZURE, true,
                    "\\b(?:drove|driven|drive|driving)\\s+(?:[\\w'-]+\\s+){0,6}?out\\b(?!\\s+(?:to|for)\\b)"),
            new Rule("retaking: forced them to leave", new String[] {"forced", "forcing"}, IncidentType.SEIZURE, true,
                    "\\b(?:forced|forcing)\\s+(?:the\\s+|all\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:protesters|protestors|demonstrators|"
                            + "occupiers|activists|supporters|loyalists|them|gunmen|crowds?)\\s+(?:to\\s+(?:leave|withdraw|flee|"
                            + "abandon)|out)\\b"),
            new Rule("retaking: ousted by security forces",
                    new String[] {"ousted", "removed", "forced", "pushed", "dislodged", "expelled", "evicted", "ejected", "cleared"},
                    IncidentType.SEIZURE, true,
                    "\\b(?:ousted|removed|forced\\s+out|pushed\\s+out|dislodged|expelled|evicted|ejected|cleared)\\s+"
                            + "(?:from\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,4}?" + FACILITY_NOUN + "\\s+)?by\\s+" + FORCES + "\\b"),
            // The auxiliary is looked behind, so that the rule is tried at "ejected", not at every "was".
            new Rule("retaking: ejected from",
                    new String[] {"ousted", "driven", "forced", "evicted", "ejected", "expelled", "removed"},
                    IncidentType.SEIZURE, true,
                    "(?<=\\b(?:were|was|been|being)\\s{1,3})(?:ousted|driven\\s+out|forced\\s+out|evicted|ejected|expelled|"
                            + "removed)\\s+(?:from|out\\s+of)\\b"),
            new Rule("retaking: ejected the occupiers",
                    new String[] {"ousted", "evict", "eject", "expel", "removed", "cleared", "flushed"},
                    IncidentType.SEIZURE, true,
                    "\\b(?:ousted|evicted|evict|ejected|eject|expelled|expel|removed|cleared|flushed)\\s+(?:the\\s+|all\\s+)?"
                            + "(?:[\\w'’-]+\\s+){0,3}?(?:protesters|protestors|demonstrators|occupiers|activists|supporters|"
                            + "them|crowds?|gunmen|mob)\\b(?:\\s+(?:from|out\\s+of)\\b)?"),
            // Seizures.
            new Rule("seizure: took control of", new String[] {"took", "tak", "seiz", "gain", "grabbed", "wrested"},
                    IncidentType.SEIZURE, false,
                    "\\b(?:took|taken|take|taking|takes|seized|seize|seizing|gained|gain|grabbed|wrested)\\s+"
                            + "(?:full\\s+|complete\\s+)?control\\s+(?:of|over)\\b"),
            new Rule("seizure: took over", new String[] {"took", "tak"},
                    IncidentType.SEIZURE, false,
                    "\\b(?:took|taken|take|taking|takes)\\s+over\\b"),
            new Rule("seizure: was taken by", new String[] {"taken"}, IncidentType.SEIZURE, false,
                    "(?<=\\b(?:was|were|been|being)\\s{1,3})taken\\s+by\\b"),
            new Rule("seizure: stormed", new String[] {"storm"},
                    IncidentType.SEIZURE, false,
                    "\\b(?:stormed|storming|storms|storm)\\b(?!\\s+(?:of|clouds?|troopers?)\\b)(?:\\s+into\\b)?"),
            new Rule("seizure: seized", new String[] {"seiz"},
                    IncidentType.SEIZURE, false,
                    "\\b(?:seized|seizing|seizes|seize|seizure\\s+of)\\b"),
            new Rule("seizure: occupied", new String[] {"occup"},
                    IncidentType.SEIZURE, false,
                    "\\b(?:occupied|occupying|occupies|occupy|occupation\\s+of)\\b"),
            new Rule("seizure: overran", new String[] {"overr"},
                    IncidentType.SEIZURE, false,
                    "\\b(?:overran|overrun|overrunning|overruns)\\b"),
            new Rule("seizure: broke into", new String[] {"brok", "break", "burst"},
                    IncidentType.SEIZURE, false,
                    "\\b(?:broke|broken|break|breaking|burst|bursting)\\s+into\\b"),
            new Rule("seizure: barged into", new String[] {"barg", "forced"},
                    IncidentType.SEIZURE, false,
                    "\\b(?:barged|barging|barge|forced\\s+(?:their|its|his|a)\\s+way)\\s+into\\b"),
            new Rule("seizure: captured", new String[] {"captur"},
                    IncidentType.SEIZURE, false,
                    "\\b(?:captured|capturing|captures|capture)\\b"),
            new Rule("seizure: takeover", new String[] {"take"},
                    IncidentType.SEIZURE, false,
                    "\\btake-?overs?\\s+of\\b"),
            // Clashes.
            new Rule("clash: clashes", new String[] {"clash"},
                    IncidentType.CLASH, false,
                    "\\b(?:clash|clashes|clashed|clashing)\\b"),
            // Gunfire: one rule per form, so that each is tried only where its first word stands.
            new Rule("clash: gunfire", new String[] {"gun", "shoot"}, IncidentType.CLASH, false,
                    "\\b(?:gunfire|gun\\s*fights?|shoot-?outs?|shooting|gunshots?(?:\\s+wounds?)?)\\b"),
            new Rule("clash: gunfire", new String[] {"shot", "gunshot"}, IncidentType.CLASH, false,
                    "\\b(?:shots?|gunshots?)\\s+(?:were\\s+|was\\s+)?(?:fired|rang\\s+out|heard)\\b"),
            new Rule("clash: gunfire", new String[] {"open", "return", "exchang"}, IncidentType.CLASH, false,
                    "\\b(?:opened|returned|exchanged|open|return|exchange)\\s+fire\\b"),
            new Rule("clash: gunfire", new String[] {"fire", "firing"}, IncidentType.CLASH, false,
                    "\\b(?:fired|firing)\\s+(?:on|at|into|(?:warning\\s+)?shots)\\b"),
            new Rule("clash: gunfire", new String[] {"warning", "tear", "stun", "rubber", "water"}, IncidentType.CLASH, false,
                    "\\b(?:warning\\s+shots|tear\\s*gas|stun\\s+grenades|rubber\\s+bullets|water\\s+cannons?)\\b"),
            new Rule("clash: fought",
                    new String[] {"fought", "battl", "scuffl", "brawl", "skirmish", "fight", "heavy", "street", "pitched", "melee", "hand"},
                    IncidentType.CLASH, false,
                    "\\b(?:fought|battled|battling|scuffled|brawled|skirmished|"
                            + "fight(?:ing)?\\s+(?:broke\\s+out|erupted|raged)|heavy\\s+fighting|street\\s+fighting|"
                            + "(?:street|pitched)\\s+battles?|battles?\\s+(?:with|between)|skirmish(?:es)?|scuffles?|brawls?|"
                            + "melee|hand-to-hand)\\b"),
            new Rule("clash: riot", new String[] {"riot", "rampag"},
                    IncidentType.CLASH, false,
                    // "riot-hit regions", "riot police": the word describes something else, it reports no riot.
                    "\\b(?:riot|riots|rioting|rioted|rioters|rampage|rampaged|rampaging)\\b"
                            + "(?!\\s+(?:police|gear|shields?|squads?|troops|control)\\b)(?![-‐][a-z])"),
            new Rule("clash: stones and sticks",
                    new String[] {"threw", "throw", "hurl", "pelt", "stick", "stone", "hit", "beat", "struck", "strik", "attacked", "fought"},
                    IncidentType.CLASH, false,
                    "\\b(?:(?:threw|throwing|hurled|hurling|pelted|pelting)\\s+(?:[\\w-]+\\s+)?(?:stones|rocks|bricks|"
                            + "molotov\\s+cocktails|petrol\\s+bombs)|sticks\\s+and\\s+stones|stones\\s+and\\s+sticks|"
                            + "(?:hit|beat|beating|struck|attacked)\\s+(?:each\\s+other|one\\s+another)"
                            + "(?:\\s+with\\s+(?:sticks|clubs|batons|iron\\s+bars|rods|stones))?|"
                            + "(?:fought|hit|beat|beating|struck|striking)\\s+(?:[\\w-]+\\s+){0,2}?with\\s+(?:sticks|clubs|batons|truncheons|"
                            + "iron\\s+bars|rods))\\b"),
            new Rule("clash: beaten to death", new String[] {"beat"},
                    IncidentType.CLASH, false,
                    "\\b(?:beaten\\s+to\\s+death|beat\\s+(?:[\\w-]+\\s+){1,3}to\\s+death)\\b"),
            new Rule("clash: turned violent", new String[] {"turned", "violen", "confront"},
                    IncidentType.CLASH, false,
                    "\\b(?:turned\\s+violent|violence\\s+(?:broke\\s+out|erupted|flared)|violent\\s+confrontations?|"
                            + "confrontations?\\s+(?:between|with))\\b"),
            // Attacks on people's property.
            new Rule("attack: set alight",
                    new String[] {"set", "torch", "burn", "firebomb", "arson", "loot", "ransack"},
                    IncidentType.ATTACK, false,
                    "\\b(?:set\\s+(?:alight|ablaze|on\\s+fire)|set\\s+fire\\s+to|torched|(?:burned|burnt)\\s+down|"
                            + "firebombed|arson|looted|ransacked)\\b"),
            new Rule("attack: attacked", new String[] {"attack", "raid"},
                    IncidentType.ATTACK, false,
                    "\\b(?:attacked|attacks?\\s+on|raided)\\b"),
            // Protests.
            // Protests: one rule per form, as for gunfire.
            new Rule("protest: protested", new String[] {"protested", "rallied", "marched", "demonstrated", "picketed"},
                    IncidentType.PROTEST, false, "\\b(?:protested|rallied|marched|demonstrated|picketed)\\b"),
            new Rule("protest: protested", new String[] {"took"}, IncidentType.PROTEST, false,
                    "\\btook\\s+to\\s+the\\s+streets\\b"),
            new Rule("protest: protested", new String[] {"staged", "held", "organi", "launch"}, IncidentType.PROTEST, false,
                    "\\b(?:staged|held|organi[sz]ed|launched)\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?"
                            + "(?:protests?|rall(?:y|ies)|demonstrations?|sit-ins?|pickets?|marches)\\b"),
            new Rule("protest: protested", new String[] {"protest", "rally", "rallies", "demonstration"},
                    IncidentType.PROTEST, false,
                    "\\b(?:protests?|rall(?:y|ies)|demonstrations?)\\s+(?:(?:were|was)\\s+(?:also\\s+)?(?:held|reported|staged)|"
                            + "(?:also\\s+)?(?:took\\s+place|broke\\s+out))\\b"),
            new Rule("protest: protested", new String[] {"gather", "massed", "assembled"}, IncidentType.PROTEST, false,
                    "\\b(?:gathered|gathering|massed|assembled)\\s+(?:on|in|at|outside|near|around|before)\\b"),
            new Rule("protest: protested", new String[] {"block"}, IncidentType.PROTEST, false,
                    "\\bblock(?:ed|ing)\\s+(?:a\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:roads?|highways?|streets?|bridges?)\\b"));

    private static final WordStarts<Rule> MATCHER = matcher();

    /** Words just before a trigger (up to four words back) that make it an intent, a plan, a fear or a denial. */
    private static final Set<String> IRREALIS = Set.of(
            "plan", "plans", "planned", "planning", "threaten", "threatens", "threatened", "threatening", "vow", "vows",
            "vowed", "vowing", "promise", "promises", "promised", "promising", "intend", "intends", "intended",
            "intending", "want", "wants", "wanted", "try", "tries", "tried", "trying", "attempt", "attempts", "attempted",
            "attempting", "seek", "seeks", "seeking", "sought", "aim", "aims", "aimed", "aiming", "prepare", "prepares",
            "prepared", "preparing", "ready", "expected", "would", "will", "could", "might", "should", "must", "cannot",
            "can't", "avoid", "avoids", "avoided", "avoiding", "prevent", "prevents", "prevented", "preventing", "averted",
            "fear", "fears", "feared", "fearing", "urge", "urges", "urged", "urging", "warn", "warns", "warned", "warning",
            "no", "not", "never", "without", "didn't", "denied", "denies", "deny", "denying", "fail", "fails", "failed",
            "refuse", "refuses", "refused", "anticipate", "anticipated", "anticipating", "if", "unless", "whether");
    /** Two-word cues: "moved to", "called for", "threat of". */
    private static final Set<String> IRREALIS_PAIRS = Set.of(
            "move to", "moves to", "moved to", "moving to", "about to", "going to", "call for", "calls for", "called for",
            "calling for", "risk of", "risks of", "threat of", "possibility of", "rumours of", "rumors of", "rumour of",
            "rumor of");
    private static final int CUE_WORDS = 4;
    /** A bare infinitive ("came to seize") is a purpose, unless something says it succeeded. */
    private static final Pattern INFINITIVE = Pattern.compile("(?i)\\bto\\s+$");
    private static final Pattern SUCCEEDED = Pattern.compile(
            "(?i)\\b(?:managed|succeeded|began|started|continued|went\\s+on|able|used|came\\s+close)\\s+to\\s+$");
    /** Base forms that, after "to", are an infinitive. */
    private static final Pattern BASE_FORM = Pattern.compile(
            "(?i)^(?:storm|seize|occupy|take|retake|regain|capture|overrun|break|barge|evict|eject|expel|drive|restore|"
                    + "recapture|reclaim|clash|fight|protest|rally|march|attack|riot|gain|grab)\\b");
    /** What follows event words that take no object: "by ...", a preposition, a time, the end of the clause. */
    private static final Pattern NO_OBJECT = Pattern.compile("(?i)^\\s*(?:$|[,.;:!?)]|(?:by|on|in|at|from|since|after|before|"
            + "during|until|and|but|while|when|as|last|earlier|later|yesterday|today|overnight|late|early|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|the\\s+(?:previous|day|night|evening|next|following)\\b)");
    /** The start of a clause that has no subject of its own: "were also stormed", "had been seized". */
    private static final Pattern SUBJECTLESS = Pattern.compile(
            "(?i)\\s*(?:(?:were|was|had|have|has|been|being|also|then|later|soon|all|both)\\s+)+");
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)^\\s*(?:it|them)\\b");
    private static final Pattern CONTROL_OF = Pattern.compile("(?i)^\\s*(?:full\\s+|complete\\s+)?control\\s+(?:of|over)\\s+");
    private static final int OBJECT_CHARS = 120;
    private static final int CONTROL_OBJECT_CHARS = 60;

    /** Every trigger in the sentence, accepted or with the reason it was rejected, in text order. */
    public List<Trigger> find(String sentence) {
        return find(sentence, Clauses.of(sentence));
    }

    /** As {@link #find(String)}, with the sentence's clauses already cut. */
    public List<Trigger> find(String sentence, List<int[]> clauses) {
        List<Trigger> found = new ArrayList<>();
        MATCHER.matches(sentence, (rule, m) -> found.add(new Trigger(m.start(), m.end(), m.group(), rule.type(),
                rule.retaken(), rule.name(), List.of(), null)));
        List<Trigger> kept = longest(found);
        List<Trigger> result = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Trigger t = kept.get(i);
            int[] clause = clauses.get(Clauses.indexOf(clauses, t.start()));
            String reason = irrealis(sentence, clause[0], t);
            if (reason != null) {
                result.add(t.reject(reason));
                continue;
            }
            if (t.type() == IncidentType.SEIZURE) {
                int next = i + 1 < kept.size() ? kept.get(i + 1).start() : sentence.length();
                int previous = i > 0 ? kept.get(i - 1).end() : 0;
                t = withTargets(sentence, clause, previous, next, t);
            }
            result.add(t);
        }
        return result;
    }

    private static String irrealis(String sentence, int clauseStart, Trigger t) {
        String before = sentence.substring(Math.max(clauseStart, t.start() - 60), t.start());
        // Only the last CUE_WORDS words, and one more for a two-word cue, are read.
        List<String> words = lastWords(before, CUE_WORDS + 1);
        int from = Math.max(0, words.size() - CUE_WORDS);
        for (int i = Math.max(0, from - 1); i < words.size(); i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            String pair = i + 1 < words.size() ? lower + " " + words.get(i + 1).toLowerCase(Locale.ROOT) : "";
            // "may" the modal, not "May" the month.
            boolean single = i >= from && (IRREALIS.contains(lower) || word.equals("may"));
            if (single || IRREALIS_PAIRS.contains(pair)) {
                String cue = String.join(" ", words.subList(i, words.size()));
                return "not a reported event: \"" + cue + " " + t.text() + "\" (intent, plan, fear or denial)";
            }
        }
        // INFINITIVE is one word and white space to the end: only the last word is tried. SUCCEEDED starts
        // with \b and a letter: tried at word starts only.
        if (WordStarts.lastWord(INFINITIVE, before) != null && WordStarts.first(SUCCEEDED, before) == null
                && BASE_FORM.matcher(t.text()).lookingAt()) {
            return "not a reported event: \"to " + t.text() + "\" is a purpose, not something that happened";
        }
        return null;
    }

    /** The last {@code count} words (runs of letters and apostrophes) of a text, in order. */
    private static List<String> lastWords(String text, int count) {
        List<String> words = new ArrayList<>(count);
        int end = text.length();
        while (words.size() < count) {
            while (end > 0 && !isWordChar(text.charAt(end - 1))) {
                end--;
            }
            if (end == 0) {
                break;
            }
            int start = end;
            while (start > 0 && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            words.add(text.substring(start, end));
            end = start;
        }
        Collections.reverse(words);
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }

    /**
     * A seizure needs a building or facility: first in the object after the words, then (passive:
     * "buildings seized by", "a building they had seized") before them in the clause; a retaking
     * may take its building from anywhere in the sentence ("stormed the building ... but were ousted").
     */
    private static Trigger withTargets(String sentence, int[] clause, int previousEnd, int nextStart, Trigger t) {
        String after = sentence.substring(t.end(), Math.min(Math.min(nextStart, clause[1]), t.end() + OBJECT_CHARS));
        after = after.substring(0, Clauses.phraseEnd(after, 0, after.length()));
        boolean control = t.rule().endsWith("control of") || t.text().toLowerCase(Locale.ROOT).contains("control");
        // CONTROL_OF, NO_OBJECT and PRONOUN_OBJECT start with ^: lookingAt() answers as find() would,
        // without trying every later position in vain.
        Matcher controlOf = CONTROL_OF.matcher(after);
        if (controlOf.lookingAt()) {
            after = after.substring(controlOf.end());
            control = true;
        }
        if (control) {
            // "took control of the building" names what was controlled in the next few words; "the drugs trade" is no building.
            List<String> targets = Targets.find(after.substring(0, Math.min(after.length(), CONTROL_OBJECT_CHARS)));
            return targets.isEmpty() ? t.reject("no building or facility: control of \""
                    + after.strip() + "\"") : t.withTargets(targets);
        }
        List<String> targets = Targets.find(after);
        // Only a passive or a participle ("buildings seized by", "a building they had seized the previous
        // evening") names its building before the words; "attacked a police station and seized weapons" does not.
        boolean passive = t.text().toLowerCase(Locale.ROOT).endsWith(" by") || NO_OBJECT.matcher(after).lookingAt();
        if (targets.isEmpty() && passive) {
            // "Government buildings in Batken -- were also stormed by ...": a clause that starts with its verb
            // has its subject in the clause before.
            int clauseStart = SUBJECTLESS.matcher(sentence.substring(clause[0], t.start())).matches() ? 0 : clause[0];
            int from = Math.max(Math.max(clauseStart, previousEnd), t.start() - OBJECT_CHARS);
            targets = Targets.find(sentence.substring(Math.min(from, t.start()), t.start()));
        }
        if (targets.isEmpty() && (t.retaken() || PRONOUN_OBJECT.matcher(after).lookingAt())) {
            // "stormed the building Friday, but were ousted ...", "a day after they seized it": the building
            // is named elsewhere in the sentence.
            targets = Targets.find(sentence);
        }
        return targets.isEmpty() ? t.reject("no building or facility named as taken") : t.withTargets(targets);
    }

    private static final Comparator<Trigger> LONGEST_FIRST = Comparator
            .comparingInt((Trigger t) -> t.end() - t.start()).reversed().thenComparingInt(Trigger::start);
    private static final Comparator<Trigger> IN_TEXT_ORDER = Comparator.comparingInt(Trigger::start);

    /** Of overlapping matches keep the longest (then the earliest). */
    private static List<Trigger> longest(List<Trigger> found) {
        if (found.size() < 2) {
            return found; // most sentences: nothing to choose between
        }
        found.sort(LONGEST_FIRST);
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : found) {
            if (kept.stream().noneMatch(k -> k.start() < t.end() && t.start() < k.end())) {
                kept.add(t);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        return kept;
    }

    /**
     * A rule: its pattern is tried only at the starts of words that begin with one of its heads
     * (the lower-case beginnings of the words a match can start with), which keeps extraction fast.
     */
    private record Rule(String name, String[] heads, IncidentType type, boolean retaken, Pattern pattern) {
        Rule(String name, String[] heads, IncidentType type, boolean retaken, String regex) {
            this(name, heads, type, retaken, Pattern.compile("(?i)" + regex));
        }
    }

    private static WordStarts<Rule> matcher() {
        List<WordStarts.Entry<Rule>> entries = new ArrayList<>();
        for (Rule r : RULES) {
            entries.add(new WordStarts.Entry<>(r, r.pattern(), List.of(r.heads())));
        }
        return new WordStarts<>(entries);
    }
}
