package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import javafx.application.Platform;
import javafx.geometry.Point2D;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.MarkerLayout;
import org.incidentatlas.ui.IconLibrary;

/**
 * The incident markers on the map: data (the shared {@link MapMarkers}), style (MarkerNode) and
 * the filter already applied by the core. A date change hands in new data and marks the layer
 * dirty; the next pulse re-styles the existing nodes from the pulse's one marker layout.
 */
public final class IncidentLayer extends ViewportLayer {

    /** Two places whose markers would come closer than this (pixels) share one marker. */
    public static final double CLUSTER_GAP = MarkerClusters.DEFAULT_GAP;

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_-]");
    /**
     * How many markers a frame makes at most. Making and styling a marker's nodes is the costliest
     * part of a frame, and a jump of the date can bring hundreds of places their first marker at
     * once: the map then fills in over a few frames instead of stopping for one long one.
     */
    static final int NEW_NODES_PER_FRAME = 100;

    private final IconLibrary icons;
    private final MapMarkers markers;
    private final Consumer<Cluster> onClick;
    private final Function<Cluster, String> tooltip;
    private final Map<String, MarkerNode> nodes = new HashMap<>();
    private List<Cluster> clusters = List.of();

    /**
     * @param tooltip the hover text of a marker or group
     */
    public IncidentLayer(IconLibrary icons, MapMarkers markers, Consumer<Cluster> onClick, Function<Cluster, String> tooltip) {
        this.icons = icons;
        this.markers = markers;
        this.onClick = onClick;
        this.tooltip = tooltip;
        setId("incidentLayer");
        markers.onChange(this::markDirty);
    }

    /** A marker's node id: {@code marker-} and the place id with other characters than letters, digits, - and _ replaced by -. */
    public static String nodeId(String placeId) {
        return "marker-" + NOT_ID.matcher(placeId).replaceAll("-");
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

    /** The markers and selection this layer draws, shared with the layers that make way for them. */
    public MapMarkers markers() {
        return markers;
    }

    /** The clusters drawn at the last layout, for tests. */
    public List<Cluster> clusters() {
        return clusters;
    }

    @Override
    protected void layoutIn(Viewport v) {
        MarkerLayout layout = markers.layout(v);
        clusters = layout.clusters();
        Set<String> used = new HashSet<>();
        List<MarkerNode> order = new ArrayList<>();
        int created = 0;
        boolean deferred = false;
        for (Cluster cluster : clusters) {
            String id = cluster.leader().placeId();
            MarkerNode node = nodes.get(id);
            if (node == null) {
                if (created == NEW_NODES_PER_FRAME) {
                    deferred = true;
                    continue;
                }
                node = createNode(id);
                nodes.put(id, node);
                created++;
            }
            node.update(cluster, layout.isSelected(cluster));
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
        if (deferred) {
            // The rest of the new markers on the next frames.
            Platform.runLater(this::markDirty);
        }
    }

    private MarkerNode createNode(String placeId) {
        MarkerNode node = new MarkerNode(nodeId(placeId), icons, onClick, tooltip);
        getChildren().add(node);
        return node;
    }
}
