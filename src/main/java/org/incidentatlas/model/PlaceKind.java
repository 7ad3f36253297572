package org.incidentatlas.model;

/** What sort of place a gazetteer entry is; decides how precisely an incident can be placed. */
public enum PlaceKind {
    CITY, TOWN, VILLAGE, REGION, COUNTRY;

    /** Computed once: codes are asked for often (merge keys, highlights). */
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    public String code() {
        return code;
    }

    public static PlaceKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
