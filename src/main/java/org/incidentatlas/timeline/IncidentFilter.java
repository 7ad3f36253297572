package org.incidentatlas.timeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Source;

/**
 * Which incidents the user hides. Stored as what is hidden, so that a new outlet in the data is
 * shown by default. An incident passes when its type is shown and at least one of its sources
 * comes from a shown outlet (an incident without sources passes on its type alone). What passes
 * is seen through {@link #shownClaims}: only the claims of shown outlets, with the numbers they state.
 */
public record IncidentFilter(Set<IncidentType> hiddenTypes, Set<String> hiddenOutlets) {

    public IncidentFilter {
        hiddenTypes = hiddenTypes == null || hiddenTypes.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(hiddenTypes));
        hiddenOutlets = Set.copyOf(hiddenOutlets == null ? Set.of() : new TreeSet<>(hiddenOutlets));
    }

    public static IncidentFilter showAll() {
        return new IncidentFilter(Set.of(), Set.of());
    }

    public boolean test(Incident incident) {
        return !hiddenTypes.contains(incident.type()) && showsOutletsOf(incident);
    }

    /** The outlet half of {@link #test}: whether a source of {@code incident} is from a shown outlet (or it has none). */
    public boolean showsOutletsOf(Incident incident) {
        if (incident.sources().isEmpty() || hiddenOutlets.isEmpty()) {
            return true;
        }
        for (Source source : incident.sources()) {
            if (!hiddenOutlets.contains(source.outlet())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The incident as the shown outlets tell it: their sources only, and the killed, injured and crowd
     * size recomputed from those sources the way the merger sets them (the largest any source states,
     * never averaged); empty when the filter hides it. Without hidden outlets, the incident itself.
     */
    public Optional<Incident> shownClaims(Incident incident) {
        if (!test(incident)) {
            return Optional.empty();
        }
        if (keepsEveryClaim(incident)) {
            return Optional.of(incident);
        }
        List<Source> shown = incident.sources().stream().filter(s -> !hiddenOutlets.contains(s.outlet())).toList();
        return Optional.of(new Incident(incident.id(), incident.date(), incident.type(), incident.place(),
                incident.precision(), incident.actors(), incident.targets(),
                largest(shown.stream().map(Source::killed).toList()), largest(shown.stream().map(Source::injured).toList()),
                largest(shown.stream().map(Source::crowd).toList()), incident.retaken(), shown));
    }

    /** Whether no source of {@code incident} is from a hidden outlet: its shown claims are then the incident itself. */
    public boolean keepsEveryClaim(Incident incident) {
        return hiddenOutlets.isEmpty() || incident.sources().isEmpty()
                || incident.sources().stream().noneMatch(s -> hiddenOutlets.contains(s.outlet()));
    }

    private static Integer largest(List<Integer> values) {
        return values.stream().filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    public IncidentFilter withType(IncidentType type, boolean shown) {
        Set<IncidentType> types = hiddenTypes.isEmpty() ? EnumSet.noneOf(IncidentType.class) : EnumSet.copyOf(hiddenTypes);
        if (shown) {
            types.remove(type);
        } else {
            types.add(type);
        }
        return new IncidentFilter(types, hiddenOutlets);
    }

    public IncidentFilter withOutlet(String outlet, boolean shown) {
        Set<String> outlets = new TreeSet<>(hiddenOutlets);
        if (shown) {
            outlets.remove(outlet);
        } else {
            outlets.add(outlet);
        }
        return new IncidentFilter(hiddenTypes, outlets);
    }
}
