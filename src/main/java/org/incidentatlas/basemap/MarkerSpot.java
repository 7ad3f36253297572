package org.incidentatlas.basemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.markers.MarkerGeometry;
import org.incidentatlas.markers.MarkerLayout;
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
 * @param box   the screen area the marker covers
 */
public record MarkerSpot(Place place, double x, double y, PlacedLabel.Box box) {

    public MarkerSpot {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(box, "box");
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
        return new MarkerSpot(c.leader().place(), x, y, new PlacedLabel.Box(x + e[0], y + e[1], e[2] - e[0], e[3] - e[1]));
    }

    public String placeId() {
        return place.id();
    }
}
