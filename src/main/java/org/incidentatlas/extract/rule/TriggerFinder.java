package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.extract.nlp.Analyzer;
import org.incidentatlas.extract.nlp.EnglishNlp;
import org.incidentatlas.extract.nlp.IrregularVerbs;
import org.incidentatlas.extract.nlp.Lexicon;
import org.incidentatlas.extract.nlp.LexiconMatch;
import org.incidentatlas.extract.nlp.LexiconMatcher;
import org.incidentatlas.extract.nlp.LexiconRule;
import org.incidentatlas.extract.nlp.NlpSentence;
import org.incidentatlas.extract.nlp.Token;
import org.incidentatlas.extract.text.TextCleaner;
import org.incidentatlas.model.IncidentType;

/**
 * Finds the words that report seizures, retakings, clashes, attacks and protests (the rules of the
 * English lexicon, matched over OpenNLP's tokens and parts of speech), and rejects
 * those that do not report a real event: intents and plans ("moved to regain control",
 * "planning protests"), negations ("avoid clashes"), and seizures of something that is not a
 * building or facility ("seized control of the drugs trade").
 */
public final class TriggerFinder {

    /** The trigger rules, declared once in the English lexicon; the matcher's index and gate derive from them. */
    private static final LexiconMatcher RULES = new LexiconMatcher(Lexicon.english());

    private final EnglishNlp nlp;
    /** False only in tests that check the gate changes nothing: then every sentence is analysed. */
    private final boolean gated;

    /** Words just before a trigger (up to four words back) that make it an intent, a plan, a fear or a denial. */
    private static final Set<String> IRREALIS = Set.of(
            "plan", "plans", "planned", "planning", "threaten", "threatens", "threatened", "threatening", "vow", "vows",
            "vowed", "vowing", "promise", "promises", "promised", "promising", "intend", "intends", "intended",
            "intending", "want", "wants", "wanted", "try", "tries", "tried", "trying", "attempt", "attempts", "attempted",
            "attempting", "seek", "seeks", "seeking", "sought", "aim", "aims", "aimed", "aiming", "prepare", "prepares",
            "prepared", "preparing", "ready", "expected", "avoid", "avoids", "avoided", "avoiding", "prevent", "prevents",
            "prevented", "preventing", "averted", "fear", "fears", "feared", "fearing", "urge", "urges", "urged", "urging",
            "warn", "warns", "warned", "warning", "without", "denied", "denies", "deny", "denying", "fail", "fails",
            "failed", "refuse", "refuses", "refused", "anticipate", "anticipated", "anticipating", "if", "unless", "whether");
    /**
     * Modals and negations ("would storm", "did not seize", "may clash"): read from the part of speech, since
     * each form is also something else ("the will of the people", "May 13", "a can of petrol", "no. 5").
     * A cue when tagged as an auxiliary, particle, adverb or determiner; never as a noun, proper noun or verb.
     */
    private static final Set<String> MODAL_OR_NEGATION = Set.of(
            "will", "would", "could", "might", "should", "must", "may", "can", "cannot", "can't", "shall", "won't",
            "wouldn't", "couldn't", "shouldn't", "mustn't", "not", "never", "no", "didn't", "don't", "doesn't",
            "wasn't", "weren't", "hasn't", "haven't", "hadn't");
    private static final Set<String> NOT_A_CUE_TAG = Set.of("NOUN", "PROPN", "VERB", "NUM", "X");
    /** The forms that are also another word: only these need the tagger ("would", "not", "won't" are never else). */
    private static final Set<String> ALSO_ANOTHER_WORD = Set.of("will", "may", "can", "must", "no");
    private static final Pattern FOLLOWED_BY_NUMBER = Pattern.compile("\\s+\\d");
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

    /** A finder over the shared English models. */
    public TriggerFinder() {
        this(EnglishNlp.shared(), true);
    }

    /**
     * A finder that, with {@code gated} false, tags and matches every sentence instead of only those
     * the lexicon's gate lets through: slower, and there for the test that checks the gate.
     */
    TriggerFinder(EnglishNlp nlp, boolean gated) {
        this.nlp = nlp;
        this.gated = gated;
    }

    /** Every trigger in the sentence, accepted or with the reason it was rejected, in text order. */
    public List<Trigger> find(String sentence) {
        String plain = TextCleaner.normaliseChars(sentence);
        return find(plain, Clauses.of(plain));
    }

    /** As {@link #find(String)}, with the sentence's clauses already cut. */
    public List<Trigger> find(String sentence, List<int[]> clauses) {
        // Any white space is a space and any quote a plain one, char for char: offsets hold, and no
        // rule below needs to spell out a tab or a no-break space (a cleaned article has none left).
        sentence = TextCleaner.normaliseChars(sentence);
        List<Trigger> kept = new ArrayList<>();
        // Tagging is the slow stage: a sentence in which no rule can match is not analysed, and one in
        // which only rules without a part of speech can match is only tokenized.
        List<LexiconMatch> matches = List.of();
        NlpSentence analysed = null;
        boolean tagsRead = false;
        if (gated) {
            List<LexiconRule> candidates = RULES.candidates(sentence);
            if (!candidates.isEmpty()) {
                tagsRead = LexiconMatcher.needTags(candidates);
                analysed = nlp.analyzer().analyse(sentence, 0, sentence.length(),
                        tagsRead ? Analyzer.Depth.TAGS : Analyzer.Depth.TOKENS);
                matches = RULES.find(analysed, candidates);
            }
        } else {
            analysed = nlp.analyzer().analyse(sentence, 0, sentence.length(), Analyzer.Depth.TAGS);
            tagsRead = true;
            matches = RULES.find(analysed);
        }
        // Parts of speech for the modality test, tagged only when a modal or negation word is there to be judged.
        Tagged tagged = new Tagged(sentence, analysed, tagsRead);
        {
            for (LexiconMatch m : matches) {
                LexiconRule rule = m.rule();
                kept.add(new Trigger(m.start(), m.end(), m.text(sentence), rule.type(), rule.retaken(), rule.name(),
                        List.of(), null));
            }
        }
        List<Trigger> result = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Trigger t = kept.get(i);
            int[] clause = clauses.get(Clauses.indexOf(clauses, t.start()));
            String reason = irrealis(sentence, clause[0], t, tagged);
            if (reason != null) {
                result.add(t.reject(reason));
                continue;
            }
            if (t.type().has(IncidentType.Policy.NAMES_TARGETS)) {
                int next = i + 1 < kept.size() ? kept.get(i + 1).start() : sentence.length();
                int previous = i > 0 ? kept.get(i - 1).end() : 0;
                t = withTargets(sentence, clause, previous, next, t);
            }
            result.add(t);
        }
        return result;
    }

    /** The sentence's tokens with parts of speech, tagged on first need when the gate only tokenized it. */
    private final class Tagged {
        private final String sentence;
        private NlpSentence analysed;
        private boolean hasTags;

        Tagged(String sentence, NlpSentence analysed, boolean hasTags) {
            this.sentence = sentence;
            this.analysed = analysed;
            this.hasTags = hasTags;
        }

        /** The part of speech of the token starting at {@code offset}, or "" when no token starts there. */
        String tagAt(int offset) {
            if (!hasTags) {
                analysed = nlp.analyzer().analyse(sentence, 0, sentence.length(), Analyzer.Depth.TAGS);
                hasTags = true;
            }
            return analysed.tokens().stream().filter(tok -> tok.start() == offset).map(Token::tag).findFirst().orElse("");
        }
    }

    private static String irrealis(String sentence, int clauseStart, Trigger t, Tagged tagged) {
        int beforeStart = Math.max(clauseStart, t.start() - 60);
        String before = sentence.substring(beforeStart, t.start());
        // Only the last CUE_WORDS words, and one more for a two-word cue, are read.
        List<int[]> spans = lastWordSpans(before, CUE_WORDS + 1);
        List<String> words = spans.stream().map(w -> before.substring(w[0], w[1])).toList();
        int from = Math.max(0, words.size() - CUE_WORDS);
        for (int i = from; i < words.size(); i++) {
            int[] w = spans.get(i);
            String lower = words.get(i).toLowerCase(Locale.ROOT).replace('’', '\'');
            // Only a form that is also another word asks the tagger ("won't" is a negation however "won" is tagged);
            // a modal takes a verb, so one followed by a number is a month ("MAY 13"), even where capitals fool the tagger.
            boolean cue = MODAL_OR_NEGATION.contains(lower) && (!ALSO_ANOTHER_WORD.contains(lower)
                    || !FOLLOWED_BY_NUMBER.matcher(before.substring(w[1])).lookingAt()
                    && !NOT_A_CUE_TAG.contains(tagged.tagAt(beforeStart + w[0])));
            if (cue) {
                String said = before.substring(w[0]).strip();
                return "not a reported event: \"" + said + " " + t.text() + "\" (" + lower
                        + " is a modal or a negation here)";
            }
        }
        for (int i = Math.max(0, from - 1); i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT).replace('’', '\'');
            String pair = i + 1 < words.size() ? lower + " " + words.get(i + 1).toLowerCase(Locale.ROOT) : "";
            boolean single = i >= from && IRREALIS.contains(lower);
            if (single || IRREALIS_PAIRS.contains(pair)) {
                String cue = String.join(" ", words.subList(i, words.size()));
                return "not a reported event: \"" + cue + " " + t.text() + "\" (intent, plan, fear or denial)";
            }
        }
        // INFINITIVE is one word and white space to the end: only the last word is tried. SUCCEEDED starts
        // with \b and a letter: tried at word starts only.
        if (INFINITIVE.matcher(before).find() && !SUCCEEDED.matcher(before).find() && bareForm(t.text())) {
            return "not a reported event: \"to " + t.text() + "\" is a purpose, not something that happened";
        }
        return null;
    }

    /**
     * Whether the trigger's first word is a verb's bare form ("seize", "storm", "retake"), which after
     * "to" is an infinitive: no inflection ending, and no irregular past form but one that is its own
     * base ("hit", "set").
     */
    static boolean bareForm(String trigger) {
        String w = trigger.strip().split("[\\s-]+", 2)[0].toLowerCase(Locale.ROOT);
        String irregularBase = IrregularVerbs.isPastForm(w) ? IrregularVerbs.baseOf(w) : null;
        if (irregularBase != null) {
            return irregularBase.equals(w);
        }
        return !(w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s") && !w.endsWith("ss"));
    }

    /** Spans {start, end} in {@code text} of its last {@code count} words (runs of letters and apostrophes), in order. */
    private static List<int[]> lastWordSpans(String text, int count) {
        List<int[]> spans = new ArrayList<>(count);
        int end = text.length();
        while (spans.size() < count) {
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
            spans.add(new int[] {start, end});
            end = start;
        }
        Collections.reverse(spans);
        return spans;
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
}
