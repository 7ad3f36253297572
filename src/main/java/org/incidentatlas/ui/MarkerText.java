package org.incidentatlas.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.model.Incident;

/** The words the viewer uses for incidents: type names, one-line summaries, casualty counts. */
final class MarkerText {

    private MarkerText() {
    }

    /** "Seizure", "Seizure (retaken)": the label of the incident's kind in the catalogue. */
    static String typeName(Incident incident) {
        return incident.kind().label();
    }

    /** "1 killed, 43 injured"; empty when nothing is known. */
    static String casualties(Integer killed, Integer injured) {
        StringBuilder text = new StringBuilder();
        if (killed != null) {
            text.append(killed).append(" killed");
        }
        if (injured != null) {
            text.append(text.isEmpty() ? "" : ", ").append(injured).append(" injured");
        }
        return text.toString();
    }

    /** "about 10,000" for a crowd of 10000 (reports give crowds as estimates); empty when unknown. */
    static String crowd(Integer crowd) {
        return crowd == null ? "" : "about " + String.format(Locale.ROOT, "%,d", crowd);
    }

    /** "1 killed, 43 injured, crowd: about 2,000": what one report's numbers say; empty when it gives none. */
    static String numbers(Integer killed, Integer injured, Integer crowd) {
        String hurt = casualties(killed, injured);
        if (crowd == null) {
            return hurt;
        }
        return (hurt.isEmpty() ? "" : hurt + ", ") + "crowd: " + crowd(crowd);
    }

    /** The one-line hover text of a marker. */
    static String summary(Cluster cluster) {
        if (!cluster.isSingle()) {
            String places = cluster.members().stream().map(m -> m.place().name()).collect(Collectors.joining(", "));
            return places + ": " + cluster.incidentCount() + " incidents \u2014 click to zoom in";
        }
        PlaceMarker marker = cluster.leader();
        VisibleIncident newest = marker.incidents().get(0);
        Incident lead = newest.incident();
        StringBuilder text = new StringBuilder(marker.place().name()).append(": ")
                .append(typeName(lead).toLowerCase(Locale.ROOT));
        if (!lead.targets().isEmpty()) {
            text.append(" \u2014 ").append(lead.targets().get(0));
        }
        text.append(", ").append(DayFormat.medium(lead.date()));
        String said = numbers(lead.killed(), lead.injured(), lead.crowd());
        if (!said.isEmpty()) {
            text.append(" (").append(said).append(')');
        }
        // Every other kind at the place is named too: its small disc beside the marker says so.
        List<String> others = marker.kinds().stream().filter(k -> !k.equals(lead.kind()))
                .map(k -> k.label().toLowerCase(Locale.ROOT)).toList();
        if (!others.isEmpty()) {
            text.append("; also ").append(String.join(", ", others));
        }
        List<VisibleIncident> rest = marker.incidents().subList(1, marker.incidents().size());
        if (!rest.isEmpty()) {
            text.append(" +").append(rest.size()).append(" more");
        }
        return text.toString();
    }
}
