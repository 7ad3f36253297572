package org.incidentatlas.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A gazetteer entry.
 *
 * @param id            stable id, e.g. {@code geonames:1527534} or {@code region:KG-O}
 * @param name          canonical English name
 * @param alternateNames other spellings and former names (Latin, Cyrillic)
 * @param admin         the admin region it lies in (empty for regions and countries)
 * @param countryCode   ISO 3166-1 alpha-2
 * @param population    0 when unknown
 */
public record Place(String id, String name, List<String> alternateNames, PlaceKind kind,
                    double lat, double lon, String admin, String countryCode, long population) implements Serializable {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        alternateNames = List.copyOf(alternateNames == null ? List.of() : alternateNames);
        admin = Objects.requireNonNullElse(admin, "");
        countryCode = Objects.requireNonNullElse(countryCode, "");
    }

    /**
     * Whether this place equals the one {@code new Place(id, name, List.of(), kind, lat, lon, admin,
     * countryCode, population)} would be, without making it: a reader of a million incidents asks it
     * of the place an id named last, for nearly every feature. Beside the components, so that a new
     * one is compared here too ({@code PlaceTest} checks it against {@link #equals}).
     */
    public boolean is(String id, String name, PlaceKind kind, double lat, double lon, String admin, String countryCode,
                      long population) {
        return this.id.equals(id) && this.name.equals(name) && alternateNames.isEmpty() && this.kind == kind
                && Double.compare(this.lat, lat) == 0 && Double.compare(this.lon, lon) == 0
                && this.admin.equals(Objects.requireNonNullElse(admin, ""))
                && this.countryCode.equals(Objects.requireNonNullElse(countryCode, "")) && this.population == population;
    }
}
