package org.incidentatlas.model;

import java.util.Locale;

/** The kinds of incident the extractor codes. */
public enum IncidentType {
    SEIZURE, CLASH, PROTEST, ATTACK;

    /** Computed once: codes are asked for often (merge keys, highlights). */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static IncidentType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
