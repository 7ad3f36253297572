package org.incidentatlas.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.markers.MarkerGeometry;
import org.incidentatlas.markers.MarkerLayout;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.Place;

/**
 * Where an incident marker sits on screen, for the {@link LabelPlacer}: the marker stands for its
 * place's dot (so that place is always named, beside the marker), and its {@code box} is kept free
 * of every other name. The box covers what the marker draws: disc, today's ring, a cluster's ring,
 * the selection ring, the count badge and the fanned kinds.
 *
 * @param place the place the marker (or the cluster's leader) belongs to
 * @param x     screen x of the marker's centre
 * @param y     screen y of the marker's centre
 * @param box    the screen area the marker covers
 * @param others the other places of a group under one marker, largest marker first; empty for one place
 */
public record MarkerSpot(Place place, double x, double y, PlacedLabel.Box box, List<Place> others) {

    /** How many places a group's label names before it counts the rest. */
    static final int NAMED_IN_GROUP = 3;

    public MarkerSpot {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(box, "box");
        others = List.copyOf(others);
    }

    /** A marker of one place. */
    public MarkerSpot(Place place, double x, double y, PlacedLabel.Box box) {
        this(place, x, y, box, List.of());
    }

    /**
     * The words beside the marker: the place's name, or a group's places ("Jalal-Abad, Teyit";
     * "Osh, Aravan, Uzgen +2" beyond three), so a group ring says what it holds.
     */
    public String name() {
        if (others.isEmpty()) {
            return place.name();
        }
        StringBuilder text = new StringBuilder(place.name());
        int named = Math.min(others.size(), NAMED_IN_GROUP - 1);
        for (int i = 0; i < named; i++) {
            text.append(", ").append(others.get(i).name());
        }
        if (others.size() > named) {
            text.append(" +").append(others.size() - named);
        }
        return text.toString();
    }

    /** The spots of a layout's clusters; clusters off the map (NaN position) have none. */
    public static List<MarkerSpot> of(MarkerLayout layout) {
        List<MarkerSpot> spots = new ArrayList<>(layout.clusters().size());
        for (Cluster c : layout.clusters()) {
            if (Double.isNaN(c.x()) || Double.isNaN(c.y())) {
                continue;
            }
            spots.add(of(c, layout.isSelected(c)));
        }
        return List.copyOf(spots);
    }

    /** One cluster's spot: what {@link MarkerGeometry#extent} says the marker covers. */
    public static MarkerSpot of(Cluster c, boolean selected) {
        double[] e = MarkerGeometry.extent(c.leader().radius(), c.current(), c.isSingle(), selected,
                c.incidentCount(), c.kinds().size());
        double x = c.x(), y = c.y();
        List<Place> others = c.members().stream().filter(m -> m != c.leader()).map(PlaceMarker::place).toList();
        return new MarkerSpot(c.leader().place(), x, y, new PlacedLabel.Box(x + e[0], y + e[1], e[2] - e[0], e[3] - e[1]),
                others);
    }

    public String placeId() {
        return place.id();
    }
}
