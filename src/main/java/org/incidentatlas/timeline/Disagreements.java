package org.incidentatlas.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;

/**
 * Finds where reports contradict each other, so the panel can show both claims instead of letting
 * one silently win: sources of one incident that give different numbers, and deaths that one
 * outlet places here while another places them at another place on the same day.
 */
public final class Disagreements {

    public enum Kind {
        /** The sources of one incident give different numbers of dead, injured or crowd size. */
        NUMBERS,
        /** Outlets tell the same day's deaths at different places. */
        PLACE
    }

    /** One outlet's version. */
    public record Claim(String outlet, String article, String placeName, Integer killed, Integer injured, Integer crowd,
                        String excerpt) {
    }

    public record Disagreement(Kind kind, String question, List<Claim> claims) {

        public Disagreement {
            Objects.requireNonNull(kind, "kind");
            claims = List.copyOf(claims);
        }
    }

    /**
     * @param sameDay every incident of the incident's date (it may include the incident itself); only
     *                those of its type are read, and only when it {@link #reportsDeaths reports deaths}
     */
    public List<Disagreement> find(Incident incident, List<Incident> sameDay) {
        List<Disagreement> found = new ArrayList<>();
        List<Source> numbered = incident.sources().stream()
                .filter(s -> s.killed() != null || s.injured() != null || s.crowd() != null).toList();
        if (differ(numbered)) {
            found.add(new Disagreement(Kind.NUMBERS, "The reports give different numbers",
                    numbered.stream().map(s -> claim(incident, s)).toList()));
        }
        List<Source> deathsHere = incident.sources().stream().filter(Disagreements::reportsDeaths).toList();
        if (!deathsHere.isEmpty()) {
            Set<String> outletsHere = new LinkedHashSet<>();
            deathsHere.forEach(s -> outletsHere.add(s.outlet()));
            List<Claim> elsewhere = new ArrayList<>();
            for (Incident other : sameDay) {
                if (other.id().equals(incident.id()) || other.place().id().equals(incident.place().id())
                        || !other.date().equals(incident.date()) || other.type() != incident.type()) {
                    continue;
                }
                for (Source s : other.sources()) {
                    if (reportsDeaths(s) && !outletsHere.contains(s.outlet())) {
                        elsewhere.add(claim(other, s));
                    }
                }
            }
            if (!elsewhere.isEmpty()) {
                List<Claim> claims = new ArrayList<>(deathsHere.stream().map(s -> claim(incident, s)).toList());
                claims.addAll(elsewhere);
                found.add(new Disagreement(Kind.PLACE, "Where did the deaths happen?", claims));
            }
        }
        return List.copyOf(found);
    }

    /** Whether a source of {@code incident} reports deaths: only then can another place's report of that day contradict it. */
    public static boolean reportsDeaths(Incident incident) {
        return incident.sources().stream().anyMatch(Disagreements::reportsDeaths);
    }

    private static boolean differ(List<Source> numbered) {
        Set<Integer> killed = new LinkedHashSet<>();
        Set<Integer> injured = new LinkedHashSet<>();
        Set<Integer> crowd = new LinkedHashSet<>();
        for (Source s : numbered) {
            if (s.crowd() != null) {
                crowd.add(s.crowd());
            }
            if (s.killed() != null) {
                killed.add(s.killed());
            }
            if (s.injured() != null) {
                injured.add(s.injured());
            }
        }
        return killed.size() > 1 || injured.size() > 1 || crowd.size() > 1;
    }

    private static boolean reportsDeaths(Source s) {
        return s.killed() != null && s.killed() > 0;
    }

    private static Claim claim(Incident incident, Source s) {
        return new Claim(s.outlet(), s.article(), incident.place().name(), s.killed(), s.injured(), s.crowd(), s.excerpt());
    }
}
