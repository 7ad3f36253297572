package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javafx.geometry.Point2D;

import com.gluonhq.maps.MapLayer;

import org.incidentatlas.timeline.MarkerClusters;
import org.incidentatlas.timeline.MarkerClusters.Cluster;
import org.incidentatlas.timeline.PlaceMarker;

/**
 * The incident markers on the map: data (the markers of the current date), style (MarkerNode) and
 * the filter already applied by the core. A date change hands in new data and marks the layer
 * dirty; the next pulse clusters and re-styles the existing nodes.
 */
public final class IncidentLayer extends MapLayer {

    /** Two places whose markers would come closer than this (pixels) share one marker. */
    static final double CLUSTER_GAP = MarkerClusters.DEFAULT_GAP;

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_-]");

    private final IconLibrary icons;
    private final Consumer<Cluster> onClick;
    private final MarkerClusters clusterer = new MarkerClusters();
    private final Map<String, MarkerNode> nodes = new HashMap<>();
    private List<PlaceMarker> markers = List.of();
    private String selectedPlaceId;
    private List<Cluster> clusters = List.of();

    public IncidentLayer(IconLibrary icons, Consumer<Cluster> onClick) {
        this.icons = icons;
        this.onClick = onClick;
        setId("incidentLayer");
    }

    /** A marker's node id: {@code marker-} and the place id with other characters than letters, digits, - and _ replaced by -. */
    public static String nodeId(String placeId) {
        return "marker-" + NOT_ID.matcher(placeId).replaceAll("-");
    }

    public void show(List<PlaceMarker> newMarkers, String selected) {
        markers = newMarkers;
        selectedPlaceId = selected;
        markDirty();
    }

    @Override
    protected void initialize() {
        super.initialize();
        // Gluon relayouts layers when the centre's coordinates change, but a zoom that keeps the
        // centre leaves them where they were; markers (and clusters) must follow the zoom too.
        baseMap.zoom().addListener(o -> markDirty());
    }

    /** Where a point of the map is in this layer's (and the map view's) coordinates; null when unknown. */
    public Point2D screenPoint(double lat, double lon) {
        return getMapPoint(lat, lon);
    }

    /** The clusters drawn at the last layout, for tests. */
    public List<Cluster> clusters() {
        return clusters;
    }

    @Override
    protected void layoutLayer() {
        clusters = clusterer.cluster(markers, this::project, CLUSTER_GAP);
        Set<String> used = new HashSet<>();
        List<MarkerNode> order = new ArrayList<>();
        for (Cluster cluster : clusters) {
            String id = cluster.leader().placeId();
            MarkerNode node = nodes.computeIfAbsent(id, this::createNode);
            boolean selected = selectedPlaceId != null
                    && cluster.members().stream().anyMatch(m -> m.placeId().equals(selectedPlaceId));
            node.update(cluster, selected);
            if (Double.isNaN(cluster.x())) {
                node.setVisible(false);
                continue;
            }
            node.setTranslateX(cluster.x());
            node.setTranslateY(cluster.y());
            node.setVisible(true);
            used.add(id);
            order.add(node);
        }
        for (Map.Entry<String, MarkerNode> entry : nodes.entrySet()) {
            if (!used.contains(entry.getKey())) {
                entry.getValue().setVisible(false);
            }
        }
        // Later clusters (today's) on top, without reordering the children list.
        for (int i = 0; i < order.size(); i++) {
            order.get(i).setViewOrder(-i);
        }
    }

    private MarkerClusters.ScreenPoint project(double lat, double lon) {
        Point2D p = getMapPoint(lat, lon);
        return p == null ? new MarkerClusters.ScreenPoint(Double.NaN, Double.NaN)
                : new MarkerClusters.ScreenPoint(p.getX(), p.getY());
    }

    private MarkerNode createNode(String placeId) {
        MarkerNode node = new MarkerNode(nodeId(placeId), icons, onClick);
        getChildren().add(node);
        return node;
    }
}
