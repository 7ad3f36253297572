package org.incidentatlas.io;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which properties of someone else's GeoJSON hold an incident's day, type, place name and notes.
 *
 * @param date  the property with the day (required)
 * @param type  the property with the type: ours (seizure, clash, protest, attack) or ACLED's event types (required)
 * @param place the property with the place name; empty: the place is named by its coordinates
 * @param notes the property whose text becomes the excerpt; empty: none
 */
public record FieldMapping(String date, String type, Optional<String> place, Optional<String> notes) {

    /** Names found in exports of ACLED, GDELT, Kepler.gl and QGIS, most specific first. */
    static final List<String> DATE_NAMES = List.of("date", "event_date", "day", "datetime", "timestamp", "time", "when");
    static final List<String> TYPE_NAMES = List.of("type", "event_type", "incident_type", "category", "kind");
    static final List<String> PLACE_NAMES = List.of("place", "location", "place_name", "city", "town", "name");
    static final List<String> NOTES_NAMES = List.of("notes", "description", "excerpt", "summary", "text");

    public FieldMapping {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        place = place == null ? Optional.empty() : place;
        notes = notes == null ? Optional.empty() : notes;
    }

    /** The mapping the common names give, when the properties hold a date and a type under such names. */
    public static Optional<FieldMapping> detect(Collection<String> properties) {
        Optional<String> date = common(properties, DATE_NAMES);
        Optional<String> type = common(properties, TYPE_NAMES);
        if (date.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldMapping(date.get(), type.get(), common(properties, PLACE_NAMES), common(properties, NOTES_NAMES)));
    }

    /** The first of {@code names} among the properties, matched without regard to case. */
    static Optional<String> common(Collection<String> properties, List<String> names) {
        for (String name : names) {
            for (String property : properties) {
                if (property.toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(property);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether every property this mapping names is among {@code properties}. */
    public boolean fits(Collection<String> properties) {
        return properties.contains(date) && properties.contains(type)
                && place.map(properties::contains).orElse(true) && notes.map(properties::contains).orElse(true);
    }
}
