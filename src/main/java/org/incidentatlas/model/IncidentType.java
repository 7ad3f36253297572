package org.incidentatlas.model;

import java.util.Locale;

/** The kinds of incident the extractor codes. */
public enum IncidentType {
    SEIZURE, CLASH, PROTEST, ATTACK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IncidentType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
