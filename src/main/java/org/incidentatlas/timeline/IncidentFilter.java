package org.incidentatlas.timeline;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Source;

/**
 * Which incidents the user hides. Stored as what is hidden, so that a new outlet in the data is
 * shown by default. An incident passes when its type is shown and at least one of its sources
 * comes from a shown outlet (an incident without sources passes on its type alone).
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
        if (hiddenTypes.contains(incident.type())) {
            return false;
        }
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
