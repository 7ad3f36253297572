package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.gazetteer.PlaceMention;
import org.incidentatlas.model.PlaceKind;

/**
 * Decides, from the words around it, whether a place named in a sentence is where the
 * sentence's events happened, or only a distance reference, a reporter's or speaker's
 * location, a refuge, an origin, a comparison, or a country too vague to plot.
 */
public final class PlaceRoles {

    private static final String CAPITAL = "(?:the\\s+)?(?:(?:kyrgyz\\s+|southern\\s+|northern\\s+)?(?:capital|city|town|village)"
            + "(?:\\s+of)?,?\\s+)?";
    private static final Pattern DISTANCE = Pattern.compile("(?i)(?:\\b(?:\\d[\\d,.]*|a\\s+few|several|some|about|around|"
            + "\\p{L}+)\\s*-?\\s*(?:miles?|mi|kilomet(?:re|er)s?|kms?)\\.?,?\\s+(?:\\([^)]{0,25}\\)\\s+)?"
            // "400 kilometers, or 250 miles, west of": the same distance in other units.
            + "(?:or\\s+[\\d,.]+\\s*(?:miles?|mi|kilomet(?:re|er)s?|kms?),?\\s+)?"
            + "(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\\s+)?(?:of|from)|\\baway\\s+from|\\bdrive\\s+from)\\s+"
            + CAPITAL + "$");
    private static final Pattern REPORTER = Pattern.compile("(?iU)\\b(?:reporter|correspondent|journalist|reporting|spoke|"
            + "speaking|bureau|producer|editor|writing|filing|news\\s+conference|press\\s+conference|briefing|statement|"
            + "interview|told(?:\\s+[\\w'’-]+){0,3}?|said|says|announced)\\s+(?:from|in)\\s+" + CAPITAL + "$");
    /** "Officials in Bishkek said ...": where the people speaking are, when they speak before any event word. */
    private static final Pattern OFFICIALS_IN = Pattern.compile("(?i)\\b(?:officials?|authorities|government|sources|"
            + "spokes(?:man|woman|person)|ministry|leaders?|diplomats?|politicians?|prosecutors?)\\s+(?:in|from)\\s+"
            + CAPITAL + "$");
    private static final Pattern REFUGE = Pattern.compile("(?iU)(?:\\b(?:refuge|asylum|exile|shelter|sanctuary|hiding)\\s+in|"
            + "\\b(?:fled|flee|fleeing|flees|flown|flew|escaped|evacuated|deported|extradited|exiled)(?:\\s+[\\w'’-]+){0,2}?"
            + "(?:\\s+(?:to|into|for))?)\\s+(?:neighbou?ring\\s+)?" + CAPITAL + "$");
    private static final Pattern ORIGIN = Pattern.compile("(?i)\\bfrom\\s+(?:neighbou?ring\\s+)?" + CAPITAL + "$");
    private static final Pattern COMPARISON_BEFORE = Pattern.compile("(?iU)\\b(?:like|unlike|similar\\s+to|as\\s+in|"
            + "as\\s+happened\\s+in|copy|copying|emulate|emulating|repeat\\s+of|reminiscent\\s+of|compared\\s+(?:to|with)|"
            + "modell?ed\\s+on)\\s+(?:(?:the|that\\s+in|those\\s+in|events\\s+in)\\s+)?(?:[\\w'’-]+\\s+){0,3}?$");
    private static final Pattern COMPARISON_AFTER = Pattern.compile("(?iU)^(?:'s|’s)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:revolution|uprising|example|scenario|model|experience|spring)\\b");
    private static final Pattern POSSESSOR_AFTER = Pattern.compile("(?i)^(?:'s|’s)\\s");
    private static final Pattern SPEAKER_AFTER = Pattern.compile("(?i)^(?:'s|’s)?\\s+(?:has\\s+|have\\s+|had\\s+)?"
            + "(?:said|says|announced|urged|warned|denied|accused|pledged|insisted|called|condemned|demanded|welcomed)\\b");
    /** "In Bishkek, the government said ...": a scene-setting phrase for a statement, not for an event. */
    private static final Pattern FRAME_BEFORE = Pattern.compile("(?i)^\\s*(?:in|from|at)\\s+" + CAPITAL + "$");
    private static final Pattern FRAME_AFTER = Pattern.compile("^(?:'s|’s)?\\s*,\\s+");
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:said|says|told|tells|announced|stated|declared|"
            + "claimed|urged|warned|insisted|denied|wrote|written|quoted|accused|appealed|demanded|confirmed|vowed|"
            + "pledged|promised|reported|reports)\\b");
    private static final Pattern COORDINATED = Pattern.compile("(?i)^\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+|&\\s+)"
            + CAPITAL + "$");
    private static final int FRAME_WORDS = 140;
    /**
     * Roles of the places of one sentence.
     *
     * @param sentence       the sentence text
     * @param sentenceStart  offset of the sentence in the text the mentions were found in
     * @param mentions       the mentions inside the sentence, in order
     * @param firstTrigger   offset in the sentence of its first event word (or its length)
     * @param datelineEnd    mentions ending at or before this sentence offset are the dateline (-1: none)
     */
    public List<RoledPlace> roles(String sentence, int sentenceStart, List<PlaceMention> mentions, int firstTrigger,
                                  int datelineEnd) {
        List<RoledPlace> roles = new ArrayList<>();
        for (PlaceMention m : mentions) {
            int start = m.start() - sentenceStart;
            int end = m.end() - sentenceStart;
            String before = sentence.substring(Math.max(0, start - 120), start);
            String after = sentence.substring(end, Math.min(sentence.length(), end + 60));
            RoledPlace r = role(sentence, m, start, end, before, after, firstTrigger, datelineEnd);
            if (r.role().scene() && !roles.isEmpty()) {
                RoledPlace previous = roles.get(roles.size() - 1);
                // "refuge in Belarus and Russia": a list shares the role of its first member.
                if (!previous.role().scene() && previous.role() != PlaceRole.OUTSIDE_MAP
                        && previous.role() != PlaceRole.AREA && previous.role() != PlaceRole.MODIFIER
                        && COORDINATED.matcher(sentence.substring(previous.end(), start)).matches()) {
                    r = new RoledPlace(m, start, end, previous.role(), "listed with \"" + previous.mention().surface()
                            + "\": " + previous.why());
                }
            }
            roles.add(r);
        }
        return roles;
    }

    /** The first match of a pattern over the words before a place, or null. */
    private static MatchResult first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m : null;
    }

    /**
     * The match of a pattern over the words right after a place, or null. The patterns start with
     * {@code ^}: lookingAt() gives find()'s answer without trying every later position in vain.
     */
    private static MatchResult atStart(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.lookingAt() ? m : null;
    }

    private static RoledPlace role(String sentence, PlaceMention m, int start, int end, String before, String after,
                                   int firstTrigger, int datelineEnd) {
        if (datelineEnd >= 0 && end <= datelineEnd) {
            return new RoledPlace(m, start, end, PlaceRole.DATELINE, "the dateline says where the report was filed");
        }
        if (!m.inMapArea()) {
            return new RoledPlace(m, start, end, PlaceRole.OUTSIDE_MAP, "outside the map's area");
        }
        MatchResult x;
        if ((x = first(DISTANCE, before)) != null) {
            return new RoledPlace(m, start, end, PlaceRole.DISTANCE, "distance reference \"" + x.group().strip() + "\"");
        }
        if ((x = first(REPORTER, before)) != null) {
            return new RoledPlace(m, start, end, PlaceRole.SPEAKER, "where a reporter or speaker is: \"" + x.group().strip() + "\"");
        }
        if ((x = first(OFFICIALS_IN, before)) != null) {
            Matcher speech = SPEECH.matcher(sentence.substring(end, Math.max(end, firstTrigger)));
            if (speech.find()) {
                return new RoledPlace(m, start, end, PlaceRole.SPEAKER, "where the people speaking are: \""
                        + x.group().strip() + " ... " + speech.group() + "\"");
            }
        }
        if (FRAME_BEFORE.matcher(before).lookingAt() && start < FRAME_WORDS && FRAME_AFTER.matcher(after).lookingAt()) {
            String rest = sentence.substring(end, Math.max(end, Math.min(firstTrigger, end + FRAME_WORDS)));
            Matcher speech = SPEECH.matcher(rest);
            if (speech.find()) {
                return new RoledPlace(m, start, end, PlaceRole.SPEAKER,
                        "sets the scene for a statement (\"" + speech.group() + "\"), not for an event");
            }
        }
        if ((x = atStart(SPEAKER_AFTER, after)) != null) {
            return new RoledPlace(m, start, end, PlaceRole.SPEAKER, "stands for its government: \"" + m.surface() + x.group() + "\"");
        }
        if ((x = first(REFUGE, before)) != null) {
            return new RoledPlace(m, start, end, PlaceRole.REFUGE, "where someone fled: \"" + x.group().strip() + "\"");
        }
        if ((x = first(ORIGIN, before)) != null) {
            return new RoledPlace(m, start, end, PlaceRole.ORIGIN, "where people came from: \"" + x.group().strip() + "\"");
        }
        if ((x = first(COMPARISON_BEFORE, before)) != null || (x = atStart(COMPARISON_AFTER, after)) != null) {
            return new RoledPlace(m, start, end, PlaceRole.COMPARISON, "a comparison: \"" + x.group().strip() + "\"");
        }
        if (m.place().kind() == PlaceKind.COUNTRY) {
            if (POSSESSOR_AFTER.matcher(after).lookingAt()) {
                return new RoledPlace(m, start, end, PlaceRole.MODIFIER, "a country owning something (\""
                        + m.surface() + "'s\"), not a scene");
            }
            return new RoledPlace(m, start, end, PlaceRole.AREA, "a whole country: too vague for a point");
        }
        return new RoledPlace(m, start, end, PlaceRole.LOCATION, "named in the sentence");
    }
}
