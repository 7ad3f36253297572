package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.MarkerGeometry;
import org.incidentatlas.markers.MarkerLayout;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.ui.IconLibrary;

/**
 * The incident markers on the map: data (the shared {@link MapMarkers}), style ({@link MarkerPainter})
 * and the filter already applied by the core. A date change hands in new data; the next pulse asks
 * for a frame of the view, made off the JavaFX thread, and the layer paints the finished frame on a
 * single canvas. A large file shows
 * thousands of markers, and a node per marker made the JavaFX thread spend frames on their bounds,
 * CSS and creation while the slider was dragged; the canvas costs a few drawing calls per marker.
 * Clicks and hover find their marker from the layout's geometry ({@link MarkerLayout#clusterAt}).
 */
public final class IncidentLayer extends FrameLayer {

    /** Two places whose markers would come closer than this (pixels) share one marker. */
    public static final double CLUSTER_GAP = MarkerClusters.DEFAULT_GAP;

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_-]");

    private final Function<Cluster, String> tooltipText;
    /** Null until the icons are drawn into images on the frame worker; frames wait for it. */
    private volatile MarkerPainter painter;
    private final Canvas canvas = new MarkersCanvas();
    private String drawnSelection;
    /** Made when the pointer first rests on a marker: a tooltip is a popup window with its own scene. */
    private Tooltip tooltip;
    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(250));
    /** The leader's place of the marker under the pointer, or null. */
    private String hoveredPlaceId;
    private double hoverScreenX;
    private double hoverScreenY;

    /**
     * The icons are drawn into images once, off the JavaFX thread; frames are painted from then on.
     *
     * @param tooltip the hover text of a marker or group
     */
    public IncidentLayer(IconLibrary icons, MapMarkers markers, Consumer<Cluster> onClick, Function<Cluster, String> tooltip) {
        super(markers);
        // The icons are drawn into images off the JavaFX thread: a dozen vector paths, and the classes that draw them.
        CompletableFuture.supplyAsync(() -> new MarkerPainter(icons), MapMarkers.worker())
                .thenAccept(made -> Platform.runLater(() -> {
                    painter = made;
                    draw();
                }));
        this.tooltipText = tooltip;
        setId("incidentLayer");
        canvas.setId("markerCanvas");
        // Sized to the map by the layer: it must not count in the map's own preferred size.
        canvas.setManaged(false);
        getChildren().add(canvas);
        canvas.setOnMouseClicked(e -> {
            // A pan that started on a marker is not a click on it.
            if (e.isStillSincePress()) {
                clusterAt(e).ifPresent(cluster -> {
                    onClick.accept(cluster);
                    e.consume();
                });
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(clusterAt(e).orElse(null), e.getScreenX(), e.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null, 0, 0));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hover(null, 0, 0));
        hoverDelay.setOnFinished(e -> showTooltip());
        paintFrames();
    }

    /**
     * A place's id as a scene node id: {@code marker-} and the place id with other characters than
     * letters, digits, - and _ replaced by -. The excerpt panel's links to other places use it.
     */
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

    /** Whether the layer paints its frames (its icons are ready): tests wait for it with the frame. */
    public boolean painting() {
        return painter != null;
    }

    /** The markers and selection this layer draws, shared with the layers that make way for them. */
    public MapMarkers markers() {
        return markers;
    }

    /** The clusters of the frame painted, for tests. */
    public List<Cluster> clusters() {
        return drawn.layout().clusters();
    }

    /**
     * A marker as drawn: what it shows, whether it is selected, and the area it covers (disc, rings,
     * badge and the other kinds' discs; not the soft shadow) in the layer's coordinates. Made with
     * its frame, off the JavaFX thread.
     */
    public record ShownMarker(Cluster cluster, boolean selected, Bounds bounds) {

        /** The markers of a layout that are on the map (off it, a cluster's position is NaN), in drawing order. */
        static List<ShownMarker> of(MarkerLayout layout) {
            List<ShownMarker> shown = new ArrayList<>(layout.clusters().size());
            for (Cluster c : layout.clusters()) {
                if (!Double.isNaN(c.x()) && !Double.isNaN(c.y())) {
                    boolean selected = layout.isSelected(c);
                    double[] e = MarkerGeometry.extent(c.leader().radius(), c.current(), c.isSingle(), selected,
                            c.incidentCount(), c.kinds().size());
                    shown.add(new ShownMarker(c, selected, new BoundingBox(c.x() + e[0], c.y() + e[1], e[2] - e[0], e[3] - e[1])));
                }
            }
            return shown;
        }

        /** The marker's centre in the layer's coordinates: a click there opens it. */
        public Point2D centre() {
            return new Point2D(cluster.x(), cluster.y());
        }

        /** The kinds shown: the disc's first, then the fanned ones. */
        public List<IncidentKind> kindsShown() {
            return cluster.kinds();
        }
    }

    /** The markers on the map in the frame painted, in drawing order (later ones on top). */
    public List<ShownMarker> shownMarkers() {
        return drawn.markers();
    }

    /** The marker on the map led by a place (as a group's largest place leads it), if there is one now. */
    public Optional<ShownMarker> shownMarker(String placeId) {
        return shownMarkers().stream().filter(m -> m.cluster().leader().placeId().equals(placeId)).findFirst();
    }

    /** Where a shown marker's centre is on the screen: pointing there touches it. */
    public Point2D onScreen(ShownMarker marker) {
        return canvas.localToScreen(marker.centre());
    }

    /** The text a marker's tooltip shows when the pointer rests on it. */
    public String tooltipText(ShownMarker marker) {
        return tooltipText.apply(marker.cluster());
    }

    /** Painting a frame is a few drawing calls per marker on the map. */
    @Override
    protected void paint(MapFrame frame) {
        if (frame == drawn) {
            return;
        }
        drawn = frame;
        draw();
    }

    /** Draws the frame {@link #drawn}, once the painter is made. */
    private void draw() {
        MapFrame frame = drawn;
        if (frame.viewport() == null || painter == null) {
            return;
        }
        Viewport v = frame.viewport();
        canvas.setWidth(v.width());
        canvas.setHeight(v.height());
        place(frame);
        GraphicsContext g = canvas.getGraphicsContext2D();
        // Clearing the whole canvas also drops the drawing commands no frame has shown yet.
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        for (ShownMarker m : frame.markers()) {
            Cluster cluster = m.cluster();
            // Markers of the whole file are clustered; only those on the canvas are drawn.
            double margin = MarkerPainter.reach(cluster.leader().radius());
            if (cluster.x() > -margin && cluster.x() < w + margin && cluster.y() > -margin && cluster.y() < h + margin) {
                painter.paint(g, cluster, m.selected());
            }
        }
        if (hoveredPlaceId != null) {
            followHover(frame);
        }
        if (!Objects.equals(drawnSelection, frame.layout().selectedPlaceId())) {
            drawnSelection = frame.layout().selectedPlaceId();
            canvas.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        }
    }

    @Override
    protected Canvas canvas() {
        return canvas;
    }

    private Optional<Cluster> clusterAt(MouseEvent e) {
        return drawn.layout().clusterAt(e.getX(), e.getY());
    }

    /** The pointer moved onto a marker (or off every marker, for null): hand cursor, and the tooltip after a rest. */
    private void hover(Cluster cluster, double screenX, double screenY) {
        String placeId = cluster == null ? null : cluster.leader().placeId();
        canvas.setCursor(cluster == null ? Cursor.DEFAULT : Cursor.HAND);
        hoverScreenX = screenX;
        hoverScreenY = screenY;
        if (Objects.equals(placeId, hoveredPlaceId)) {
            return;
        }
        hoveredPlaceId = placeId;
        hoverDelay.stop();
        if (tooltip != null) {
            tooltip.hide();
        }
        if (placeId != null) {
            hoverDelay.playFromStart();
        }
    }

    private void showTooltip() {
        Optional<Cluster> cluster = hoveredCluster(drawn);
        if (cluster.isEmpty()) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setId("markerTooltip");
        }
        // Written when it is about to show: the summary reads the marker's incidents, which the index gathers only when asked.
        tooltip.setText(tooltipText.apply(cluster.get()));
        tooltip.show(canvas, hoverScreenX + 12, hoverScreenY + 16);
    }

    /** The markers moved under a resting pointer (the date changed): the tooltip follows its place, or goes. */
    private void followHover(MapFrame frame) {
        Optional<Cluster> cluster = hoveredCluster(frame);
        if (tooltip != null && tooltip.isShowing()) {
            if (cluster.isPresent()) {
                tooltip.setText(tooltipText.apply(cluster.get()));
            } else {
                tooltip.hide();
            }
        }
    }

    private Optional<Cluster> hoveredCluster(MapFrame frame) {
        if (hoveredPlaceId == null) {
            return Optional.empty();
        }
        return frame.markers().stream().map(ShownMarker::cluster).filter(c -> c.leader().placeId().equals(hoveredPlaceId)).findFirst();
    }

    /** The canvas, described to assistive technology by the selected marker (asked only when a reader asks). */
    private final class MarkersCanvas extends Canvas {

        MarkersCanvas() {
            setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            setAccessibleRoleDescription("incident markers");
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            if (attribute == AccessibleAttribute.TEXT) {
                return accessibleText();
            }
            return super.queryAccessibleAttribute(attribute, parameters);
        }
    }

    /** What a screen reader says of the markers: the selected one's summary, or how many there are. */
    String accessibleText() {
        MapFrame frame = drawn;
        if (frame.version() < 0) {
            return "No incident markers";
        }
        return frame.markers().stream().filter(ShownMarker::selected).findFirst()
                .map(m -> "Selected: " + tooltipText.apply(m.cluster()))
                .orElse(frame.layout().clusters().size() + " incident markers; click one for its reports");
    }
}
