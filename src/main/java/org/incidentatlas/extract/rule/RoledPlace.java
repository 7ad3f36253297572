package org.incidentatlas.extract.rule;

import org.incidentatlas.gazetteer.PlaceMention;

/**
 * A place mention with its role in the sentence and the words that decided it.
 *
 * @param start offset of the mention in the sentence
 * @param end   offset just past it in the sentence
 */
public record RoledPlace(PlaceMention mention, int start, int end, PlaceRole role, String why) {
}
