package org.incidentatlas.markers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.incidentatlas.markers.MarkerClusters.Cluster;

/**
 * The markers of one frame as drawn: clustered on screen once, with the selected place. The app's
 * marker and name layers share one layout per pulse, and a rendered picture one per viewport, so
 * markers and the names that make way for them always agree.
 *
 * @param clusters        in drawing order (today's on top); clusters off the map have NaN positions
 * @param selectedPlaceId the place whose marker shows the selection ring, or null
 */
public record MarkerLayout(List<Cluster> clusters, String selectedPlaceId) {

    public static final MarkerLayout EMPTY = new MarkerLayout(List.of(), null);

    public MarkerLayout {
        clusters = List.copyOf(Objects.requireNonNull(clusters, "clusters"));
    }

    /** Clusters {@code markers} as seen through {@code projector}, with {@link MarkerClusters#DEFAULT_GAP}. */
    public static MarkerLayout of(List<PlaceMarker> markers, MarkerClusters.Projector projector, String selectedPlaceId) {
        if (markers.isEmpty()) {
            return new MarkerLayout(List.of(), selectedPlaceId);
        }
        return new MarkerLayout(new MarkerClusters().cluster(markers, projector, MarkerClusters.DEFAULT_GAP), selectedPlaceId);
    }

    /** Whether a cluster holds the selected place. */
    public boolean isSelected(Cluster cluster) {
        return selectedPlaceId != null && cluster.members().stream().anyMatch(m -> m.placeId().equals(selectedPlaceId));
    }

    /**
     * The cluster a pointer at {@code (x, y)} touches ({@link MarkerGeometry#touches}): the topmost,
     * as later clusters are drawn over earlier ones; empty over bare map.
     */
    public Optional<Cluster> clusterAt(double x, double y) {
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            double dx = x - c.x();
            double dy = y - c.y();
            double r = c.leader().radius();
            double reach = MarkerGeometry.reach(r);
            // NaN (off the map) fails the comparison too.
            if (Math.abs(dx) <= reach && Math.abs(dy) <= reach && MarkerGeometry.touches(r, c.kinds().size(), dx, dy)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
