package org.incidentatlas.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.incidentatlas.extract.number.Casualties;
import org.incidentatlas.extract.number.NumberFinder;
import org.incidentatlas.extract.number.PeopleCount;

/**
 * The size of the acting crowd a sentence states for its event: the count of people nearest
 * before the trigger word that is the group doing it, never the killed or injured.
 * <ul>
 *   <li>A count before a word for a crowd: "10,000 opposition supporters stormed", "about 1,000
 *       protesters, armed with clubs, took control", "Around 200 Bakiyev supporters ... had seized".</li>
 *   <li>A count just before the trigger: "grew in number to about 2,000 and overran".</li>
 *   <li>"a crowd of 5,000 ... stormed".</li>
 *   <li>A vague count ("thousands", "dozens", "several hundred") gives no number: null, never an
 *       earlier number of the sentence instead.</li>
 *   <li>Counts after the trigger are objects ("forced about 100 troops to flee"), a count before a
 *       passive trigger is whom it happened to ("50 officers were attacked") and counts told as killed
 *       or injured are casualties: none is a crowd.</li>
 * </ul>
 */
final class CrowdSize {

    /** One to three words of a crowd after its count: "opposition supporters", "armed men", "-strong crowd". */
    private static final Pattern CROWD_AFTER = Pattern.compile("(?i)^(?:-strong)?\\s+(?:[\\p{L}'’-]+\\s+){0,2}?"
            + "(?:people|persons|protesters|protestors|demonstrators|activists|supporters|backers|loyalists|followers|"
            + "partisans|opponents|men|youths?|residents|villagers|locals|rioters|looters|students|women|"
            + "mourners|marchers|crowds?|mobs?|others)\\b");
    /** "a crowd of", "a group of", "a mob of" right before the count. */
    private static final Pattern CROWD_OF = Pattern.compile("(?i)\\b(?:crowd|group|mob|throng|column)\\s+of\\s+$");
    /** Only "and" or "then" between the count and the trigger: "to about 2,000 and overran". */
    private static final Pattern JUST_BEFORE = Pattern.compile("(?i)^\\s*,?\\s*(?:(?:and|then)\\s+)*$");
    /** A clause that makes the count another event's: "5 people were detained after protesters stormed". */
    private static final Pattern OTHER_CLAUSE = Pattern.compile("(?i)\\b(?:after|before|when|while|because|since|but|"
            + "said|says|detained|arrested|killed|injured|wounded|died|dead)\\b|[.;:]\\s");

    /** A passive trigger ("were attacked"): the count before it is whom it happened to, not who did it. */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|been|being|got)\\s+$");

    private final NumberFinder numbers;

    CrowdSize(NumberFinder numbers) {
        this.numbers = numbers;
    }

    /**
     * The crowd {@code sentence} states for the event whose first trigger word starts at offset
     * {@code trigger} (-1: the claim has none); null when it gives none or only a vague one.
     * {@code casualties}: the sentence's killed and injured, as the extractor already read them.
     */
    Integer of(String sentence, int trigger, Casualties casualties) {
        if (trigger < 0 || PASSIVE.matcher(sentence.substring(0, trigger)).find()) {
            return null;
        }
        // Only a count that ends before the trigger can be the acting crowd, so only that part is scanned.
        List<PeopleCount> counts = numbers.counts(sentence.substring(0, trigger));
        if (counts.isEmpty()) {
            return null;
        }
        for (int i = counts.size() - 1; i >= 0; i--) {
            PeopleCount c = counts.get(i);
            if (c.end() > trigger || casualty(sentence, c, casualties)) {
                continue;
            }
            String between = sentence.substring(c.end(), trigger);
            boolean crowd = CROWD_AFTER.matcher(between).lookingAt()
                    || CROWD_OF.matcher(sentence.substring(0, c.start())).find()
                    || JUST_BEFORE.matcher(between).matches();
            if (crowd && !OTHER_CLAUSE.matcher(between).find()) {
                return c.value(); // null for "thousands": the nearest crowd is vague, no number invented
            }
        }
        return null;
    }

    /** The count is (part of) the killed or injured the sentence states. */
    private static boolean casualty(String sentence, PeopleCount c, Casualties casualties) {
        for (PeopleCount written : new PeopleCount[] {casualties.killedWritten(), casualties.injuredWritten()}) {
            if (written != null && written.start() <= c.start() && c.end() <= written.end()) {
                return true;
            }
        }
        return false;
    }
}
