package org.incidentatlas.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One coded incident: one type of event at one place on one day, with every source that reports it.
 *
 * @param retaken true for a retaking (a building taken back from its occupiers), in a type that has that
 *                variant ({@link IncidentType.Variant#RETAKEN}); {@link #kind()} reads it
 * @param killed  null when no source gives a number
 * @param injured null when no source gives a number
 * @param crowd   the size of the acting crowd: the largest any source states (like killed and injured,
 *                never averaged); null when no source gives a number
 */
public record Incident(String id, LocalDate date, IncidentType type, Place place, Precision precision,
                       List<String> actors, List<String> targets, Integer killed, Integer injured,
                       Integer crowd, boolean retaken, List<Source> sources) implements Serializable {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(precision, "precision");
        actors = List.copyOf(actors == null ? List.of() : actors);
        targets = List.copyOf(targets == null ? List.of() : targets);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** An incident whose sources state no crowd size. */
    public Incident(String id, LocalDate date, IncidentType type, Place place, Precision precision,
                    List<String> actors, List<String> targets, Integer killed, Integer injured,
                    boolean retaken, List<Source> sources) {
        this(id, date, type, place, precision, actors, targets, killed, injured, null, retaken, sources);
    }

    /** The kind the incident is shown as: its type, in the variant it was coded in. */
    public IncidentKind kind() {
        return IncidentKind.of(this);
    }
}
