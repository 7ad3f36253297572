package org.incidentatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a marker, a legend row or a panel card shows for an incident: its type in one of the
 * variants the type declares in the {@link IncidentType} catalogue ("Seizure", "Seizure (retaken)").
 * Each kind has its own icon, {@code icons/<code>.svg}, and colour.
 */
public record IncidentKind(IncidentType type, IncidentType.Variant variant) {

    public IncidentKind {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(variant, "variant");
        if (!type.hasVariant(variant)) {
            throw new IllegalArgumentException(type.label() + " has no variant " + variant.word());
        }
    }

    /** The plain kind of a type. */
    public static IncidentKind of(IncidentType type) {
        return new IncidentKind(type, IncidentType.Variant.PLAIN);
    }

    /** The kind an incident is coded as: a retaking when its type has retakings and it is one. */
    public static IncidentKind of(Incident incident) {
        IncidentType type = incident.type();
        return incident.retaken() && type.hasVariant(IncidentType.Variant.RETAKEN)
                ? new IncidentKind(type, IncidentType.Variant.RETAKEN) : of(type);
    }

    /** Every kind, in the catalogue's order, each type's variants after it: the legends' rows. */
    public static List<IncidentKind> all() {
        return All.KINDS;
    }

    /** Made on first use: the catalogue does not change while the program runs. */
    private static final class All {
        static final List<IncidentKind> KINDS = kinds();

        private static List<IncidentKind> kinds() {
            List<IncidentKind> all = new ArrayList<>();
            for (IncidentType type : IncidentType.values()) {
                for (IncidentType.Variant v : type.variants()) {
                    all.add(new IncidentKind(type, v));
                }
            }
            return List.copyOf(all);
        }
    }

    /** "seizure-retaken": the stem of the icon's file name under {@code icons/}. */
    public String code() {
        return variant == IncidentType.Variant.PLAIN ? type.code() : type.code() + "-" + variant.word();
    }

    /** The icon's class-path resource, {@code /icons/<code>.svg}. */
    public String iconResource() {
        return "/icons/" + code() + ".svg";
    }

    /** The marker's colour as {@code #rrggbb}. */
    public String color() {
        return type.color(variant);
    }

    /** "seizure (retaken)", "clash": the kind in reports and explanations. */
    public String codeWithVariant() {
        return variant == IncidentType.Variant.PLAIN ? type.code() : type.code() + " (" + variant.word() + ")";
    }

    /** "Seizure", "Seizure (retaken)". */
    public String label() {
        return variant == IncidentType.Variant.PLAIN ? type.label() : type.label() + " (" + variant.word() + ")";
    }

    /** The marker priority of the kind's type. */
    public int markerPriority() {
        return type.markerPriority();
    }
}
