package org.incidentatlas.evaluate;

import java.util.Objects;

import org.incidentatlas.model.IncidentType;

/**
 * One coded event of one article: what happened, where and on which day (or days).
 *
 * @param place the place's name as the gold writes it ("Jalal-Abad")
 * @param point the place's coordinates; null when the gold gives none and the gazetteer knows no such
 *              name (the item is then matched by name only)
 * @param why   the coder's reason, quoting the text; empty when the gold gives none
 */
public record GoldItem(DateRange dates, String place, IncidentType type, Coordinates point, String why) {

    public GoldItem {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(type, "type");
        why = Objects.requireNonNullElse(why, "");
    }

    /** {@code 2005-03-04 Jalal-Abad seizure}. */
    public String label() {
        return dates + " " + place + " " + type.code();
    }
}
