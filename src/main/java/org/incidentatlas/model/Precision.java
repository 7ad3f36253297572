package org.incidentatlas.model;

import java.util.Locale;

/**
 * How exactly an incident's location is known: the city itself; near it (the report names a
 * village or neighbourhood the gazetteer lacks and ties it to this city: "Teyit, a village near
 * Jalal-Abad"); only its region; or only the country.
 */
public enum Precision {
    CITY, NEAR, REGION, COUNTRY;

    /** The precision of a point at a place of this kind. */
    public static Precision of(PlaceKind kind) {
        return switch (kind) {
            case REGION -> REGION;
            case COUNTRY -> COUNTRY;
            default -> CITY;
        };
    }

    /** Computed once: codes are asked for often (merge keys, highlights). */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Precision fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
