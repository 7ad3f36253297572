package org.incidentatlas.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.incidentatlas.model.Article;
import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.Precision;

/**
 * One sentence's claim that an event happened: what, where, when, and why the extractor thinks
 * so. Incidents are merged from claims; every incident can be traced back to its claims.
 *
 * @param start      offset of the sentence in the article's original body
 * @param end        offset just past the sentence in the original body
 * @param sentence   index of the sentence in the cleaned article (consecutive claims form one excerpt)
 * @param words      the trigger words as written, e.g. ["overran"]
 * @param rules      the rules that matched, e.g. ["seizure: overran"]
 * @param placeHow   how the place was decided
 * @param dateHow    how the date was decided
 * @param crowd      the acting crowd the sentence states for the event ({@link CrowdSize}); null when none or vague
 * @param weak       true for a heading or photo caption: corroborates, never creates an incident
 * @param highlights place, trigger, date and number spans (original body offsets)
 * @param precision  how exactly {@code place} locates the event: {@link Precision#NEAR} when the
 *                   report names a place the gazetteer lacks and ties it to {@code place}
 * @param unknownPlace that name as written ("Teyit"), empty when there is none
 */
public record EventClaim(Article article, IncidentType type, boolean retaken, Place place, LocalDate date,
                         int start, int end, int sentence, String text, List<String> words, List<String> rules,
                         String placeHow, String dateHow, List<String> actors, List<String> targets,
                         Integer killed, Integer injured, Integer crowd, boolean weak, List<Highlight> highlights,
                         Precision precision, String unknownPlace) implements Serializable {

    public EventClaim {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        words = List.copyOf(words);
        rules = List.copyOf(rules);
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        highlights = List.copyOf(highlights);
        precision = Objects.requireNonNullElse(precision, Precision.of(place.kind()));
        unknownPlace = Objects.requireNonNullElse(unknownPlace, "");
    }

    /** The merge key: one incident per day, type and place (at a place, or near it). */
    public String key() {
        return date + "|" + type.code() + "|" + place.id() + "|" + precision.code();
    }
}
