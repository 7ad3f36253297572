package org.incidentatlas.basemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.incidentatlas.model.Place;
import org.incidentatlas.timeline.MarkerClusters;
import org.incidentatlas.timeline.MarkerClusters.Cluster;
import org.incidentatlas.timeline.PlaceMarker;

/**
 * Where an incident marker sits on screen, for the {@link LabelPlacer}: the marker stands for its
 * place's dot (so that place is always named, beside the marker), and its {@code box} is kept free
 * of every other name. The box covers what the marker draws: disc, today's ring, a cluster's ring,
 * the selection ring and the count badge.
 *
 * @param place the place the marker (or the cluster's leader) belongs to
 * @param x     screen x of the marker's centre
 * @param y     screen y of the marker's centre
 * @param box   the screen area the marker covers
 */
public record MarkerSpot(Place place, double x, double y, PlacedLabel.Box box) {

    /** Half the white outline around the disc. */
    private static final double DISC_STROKE = 0.75;

    public MarkerSpot {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(box, "box");
    }

    /**
     * The spots of markers as drawn: clustered the way the app and {@code render} cluster them.
     *
     * @param selectedPlaceId the place whose marker shows the selection ring, or null
     */
    public static List<MarkerSpot> forMarkers(List<PlaceMarker> markers, MarkerClusters.Projector projector,
                                              String selectedPlaceId) {
        if (markers.isEmpty()) {
            return List.of();
        }
        List<Cluster> clusters = new MarkerClusters().cluster(markers, projector, MarkerClusters.DEFAULT_GAP);
        return of(clusters, selectedPlaceId);
    }

    /** The spots of clusters already computed; clusters off the map (NaN position) have none. */
    public static List<MarkerSpot> of(List<Cluster> clusters, String selectedPlaceId) {
        List<MarkerSpot> spots = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            if (Double.isNaN(c.x()) || Double.isNaN(c.y())) {
                continue;
            }
            boolean selected = selectedPlaceId != null
                    && c.members().stream().anyMatch(m -> m.placeId().equals(selectedPlaceId));
            spots.add(of(c, selected));
        }
        return List.copyOf(spots);
    }

    /** One cluster's spot; the geometry follows the app's MarkerNode and the render command's markers. */
    public static MarkerSpot of(Cluster c, boolean selected) {
        double r = c.leader().radius();
        boolean current = c.current();
        double extent = r + DISC_STROKE;
        if (current) {
            extent = Math.max(extent, r + 3.5 + 1.5); // today's ring, 3 px wide
        }
        if (!c.isSingle()) {
            extent = Math.max(extent, r + (current ? 7.5 : 4) + 0.75); // the cluster's dashed ring
        }
        if (selected) {
            extent = Math.max(extent, r + (c.isSingle() ? (current ? 7.5 : 4) : 11) + 1.75); // selection ring
        }
        double x = c.x(), y = c.y();
        double left = x - extent, top = y - extent, right = x + extent, bottom = y + extent;
        int count = c.incidentCount();
        if (count > 1) {
            // The count badge sits on the disc's upper right and grows with the digits (bold 10 px).
            double badge = Math.max(8.5, Integer.toString(count).length() * 3.3 + 4) + 0.6;
            double bx = x + r * 0.75, by = y - r * 0.75;
            right = Math.max(right, bx + badge);
            top = Math.min(top, by - badge);
        }
        return new MarkerSpot(c.leader().place(), x, y, new PlacedLabel.Box(left, top, right - left, bottom - top));
    }

    public String placeId() {
        return place.id();
    }
}
