package org.incidentatlas.model;

import java.util.Locale;

/** How exactly an incident's location is known: the city itself, only its region, or only the country. */
public enum Precision {
    CITY, REGION, COUNTRY;

    /** Computed once: codes are asked for often (merge keys, highlights). */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Precision fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
