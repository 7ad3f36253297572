package org.incidentatlas.extract.nlp;

import java.util.Map;

/**
 * Irregular verb forms that the UD-EWT lemmatizer does not know, because the treebank (web text:
 * reviews, e-mails, blogs) never has them, while news of seizures and clashes does: the model
 * answers "overran" for "overran" and often tags it ADP. Each form here is only ever a verb, so
 * its lemma is certain whatever the tagger said, and a tag that is no verb tag is corrected to VERB.
 */
public final class IrregularVerbs {

    private static final Map<String, String> LEMMAS = Map.ofEntries(
            // Checked against the model: each of these came back unlemmatized (and "overran",
            // "outran" tagged ADP or ADJ). Forms the model gets right ("retaken", "overtook",
            // "withdrew", "stormed") are not listed.
            Map.entry("overran", "overrun"),
            Map.entry("retook", "retake"),
            Map.entry("overthrew", "overthrow"),
            Map.entry("undertook", "undertake"),
            Map.entry("outran", "outrun"));

    /**
     * Common irregular past forms and their bases, for a guess before any tagging (a sentence
     * that holds "took" or "fought" may hold a trigger). Not used as lemmas: "left" or "found"
     * may be no verbs at all.
     */
    private static final Map<String, String> PAST_FORMS = Map.ofEntries(
            Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("fought", "fight"),
            Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("drove", "drive"),
            Map.entry("driven", "drive"), Map.entry("overran", "overrun"), Map.entry("overrun", "overrun"), Map.entry("retook", "retake"),
            Map.entry("retaken", "retake"), Map.entry("held", "hold"), Map.entry("burnt", "burn"),
            Map.entry("shot", "shoot"), Map.entry("threw", "throw"), Map.entry("thrown", "throw"),
            Map.entry("beat", "beat"), Map.entry("beaten", "beat"), Map.entry("struck", "strike"),
            Map.entry("began", "begin"), Map.entry("rose", "rise"),
            Map.entry("fled", "flee"), Map.entry("hit", "hit"), Map.entry("set", "set"),
            Map.entry("burst", "burst"), Map.entry("overthrew", "overthrow"), Map.entry("overthrown", "overthrow"));

    private IrregularVerbs() {
    }

    /** The lemma of a lower-case form listed here, or null. */
    static String lemma(String lowerForm) {
        return LEMMAS.get(lowerForm);
    }

    /** The base of a common irregular past form, or null. */
    static String base(String lowerForm) {
        return PAST_FORMS.get(lowerForm);
    }

    /** The base of a common irregular past form ("took" -> "take"), or null. */
    public static String baseOf(String lowerForm) {
        return PAST_FORMS.get(lowerForm);
    }

    /** Whether a lower-case word is one of the common irregular past forms ("took", "fought", "shot"). */
    public static boolean isPastForm(String lowerForm) {
        return PAST_FORMS.containsKey(lowerForm);
    }

    /** The tag to keep for a listed form: the tagger's when it is a verb tag, else VERB. */
    static String tag(String taggerTag) {
        return "VERB".equals(taggerTag) || "AUX".equals(taggerTag) ? taggerTag : "VERB";
    }
}
