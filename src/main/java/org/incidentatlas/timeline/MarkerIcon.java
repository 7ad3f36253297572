package org.incidentatlas.timeline;

import java.util.Locale;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;

/** The marker symbols; each is drawn in {@code icons/<code>.svg}. */
public enum MarkerIcon {
    SEIZURE("#d9480f"), SEIZURE_RETAKEN("#2f9e44"), CLASH("#c92a2a"), PROTEST("#1971c2"), ATTACK("#7048e8");

    private final String color;

    MarkerIcon(String color) {
        this.color = color;
    }

    public static MarkerIcon of(Incident incident) {
        return incident.type() == IncidentType.SEIZURE && incident.retaken() ? SEIZURE_RETAKEN : of(incident.type());
    }

    public static MarkerIcon of(IncidentType type) {
        return switch (type) {
            case SEIZURE -> SEIZURE;
            case CLASH -> CLASH;
            case PROTEST -> PROTEST;
            case ATTACK -> ATTACK;
        };
    }

    /** "seizure-retaken": the file name stem under {@code icons/}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String resource() {
        return "/icons/" + code() + ".svg";
    }

    /** The icon's colour as {@code #rrggbb}, shared by markers, histogram and legend. */
    public String color() {
        return color;
    }
}
