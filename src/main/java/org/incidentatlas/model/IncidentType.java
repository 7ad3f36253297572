package org.incidentatlas.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The catalogue of incident types: everything the program knows about a type is declared here,
 * once, and every other place (extraction's policy, evaluation, markers, legend, histogram, the
 * icons loaded) reads it from here. Adding a type means adding a constant, its icon
 * {@code icons/<code>.svg} (and one per variant) and the extraction rules that find it; a test
 * checks the rest (every type has an icon, a label and a place in each order).
 *
 * <p>The declaration order is the order incidents are listed and written in (files, reports):
 * new types go at the end so that existing outputs do not change.
 */
public enum IncidentType {
    //        label      colour     marker histogram  policy
    SEIZURE("Seizure", "#d9480f", 2, 0, EnumSet.of(Policy.NAMES_TARGETS, Policy.SCORED),
            new VariantLook(Variant.RETAKEN, "#2f9e44")),
    CLASH("Clash", "#c92a2a", 0, 1, EnumSet.of(Policy.OWNS_CASUALTIES, Policy.SCORED)),
    PROTEST("Protest", "#1971c2", 3, 3, EnumSet.noneOf(Policy.class)),
    ATTACK("Attack", "#7048e8", 1, 2, EnumSet.of(Policy.PART_OF_LARGER_EVENT));

    /** What extraction and evaluation do differently by type. */
    public enum Policy {
        /** The buildings or offices taken are read after the trigger and kept as the incident's targets. */
        NAMES_TARGETS,
        /**
         * Numbers of dead and injured in its sentence are its own, and so are those of the next
         * sentences that tell no other event, place or day.
         */
        OWNS_CASUALTIES,
        /** Dropped when another type is told at the same place and day: arson during a storming is the storming. */
        PART_OF_LARGER_EVENT,
        /** Scored against the hand-coded gold standard by {@code evaluate}. */
        SCORED,
    }

    /**
     * A variant of a type that is coded and shown apart: a retaking is a seizure that takes a
     * building back from its occupiers. Only types that declare the variant have it.
     */
    public enum Variant {
        /** The type as reported. */
        PLAIN(""),
        /** A building or office taken back from those who seized it. */
        RETAKEN("retaken");

        private final String word;

        Variant(String word) {
            this.word = word;
        }

        /** "retaken"; empty for {@link #PLAIN}. */
        public String word() {
            return word;
        }
    }

    /** A variant a type declares, with the colour its marker has. */
    record VariantLook(Variant variant, String color) {
    }

    /** Computed once: codes are asked for often (merge keys, highlights). */
    private final String code = name().toLowerCase(Locale.ROOT);
    private final String label;
    private final String color;
    private final int markerPriority;
    private final int histogramOrder;
    private final Set<Policy> policy;
    private final List<VariantLook> variants;

    IncidentType(String label, String color, int markerPriority, int histogramOrder, Set<Policy> policy,
                 VariantLook... variants) {
        this.label = label;
        this.color = color;
        this.markerPriority = markerPriority;
        this.histogramOrder = histogramOrder;
        this.policy = Set.copyOf(policy);
        this.variants = List.of(variants);
    }

    public String code() {
        return code;
    }

    /** "Seizure": the type's name in the viewer, legends and tooltips. */
    public String label() {
        return label;
    }

    /** The marker's colour as {@code #rrggbb}, shared by markers, histogram and legends. */
    public String color() {
        return color;
    }

    public boolean has(Policy p) {
        return policy.contains(p);
    }

    /** The variants this type is coded in: always {@link Variant#PLAIN}, then those it declares. */
    public List<Variant> variants() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Variant.PLAIN),
                variants.stream().map(VariantLook::variant)).toList();
    }

    public boolean hasVariant(Variant variant) {
        return variant == Variant.PLAIN || variants.stream().anyMatch(v -> v.variant() == variant);
    }

    /** The colour of one of this type's variants; the type's own for {@link Variant#PLAIN}. */
    String color(Variant variant) {
        if (variant == Variant.PLAIN) {
            return color;
        }
        return variants.stream().filter(v -> v.variant() == variant).findFirst().map(VariantLook::color)
                .orElseThrow(() -> new IllegalArgumentException(this + " has no variant " + variant));
    }

    /**
     * Which type a marker with several shows on its disc: the lower, the more important (violence
     * first, then seizures, then protests).
     */
    public int markerPriority() {
        return markerPriority;
    }

    /** Where the type's bar is stacked in the day histogram, from the bottom. */
    public int histogramOrder() {
        return histogramOrder;
    }

    /** Types by {@link #markerPriority}: the most important first. */
    public static final Comparator<IncidentType> BY_MARKER_PRIORITY = Comparator.comparingInt(IncidentType::markerPriority);

    /** Every type, most important marker first. */
    public static List<IncidentType> byMarkerPriority() {
        return Arrays.stream(values()).sorted(BY_MARKER_PRIORITY).toList();
    }

    /** Every type in histogram order, bottom first. */
    public static List<IncidentType> byHistogramOrder() {
        return Arrays.stream(values()).sorted(Comparator.comparingInt(IncidentType::histogramOrder)).toList();
    }

    /** The types {@code evaluate} scores, in the catalogue's order. */
    public static Set<IncidentType> scored() {
        Set<IncidentType> scored = EnumSet.noneOf(IncidentType.class);
        for (IncidentType t : values()) {
            if (t.has(Policy.SCORED)) {
                scored.add(t);
            }
        }
        return Collections.unmodifiableSet(scored);
    }

    public static IncidentType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
