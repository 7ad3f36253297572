package org.incidentatlas.ui.map;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.util.Duration;

import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.markers.MarkerGeometry;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.ui.IconLibrary;

/**
 * One place's marker (or a cluster's), centred on its origin and drawn by {@link MarkerGeometry}
 * as {@code render} draws it. Built once per place and then only re-styled, so moving the date
 * never rebuilds the scene graph.
 */
public final class MarkerNode extends Group {

    private static final Color BADGE = Color.web("#212529");
    private static final DropShadow TODAY = new DropShadow(8, Color.rgb(0, 0, 0, 0.55));

    private final IconLibrary icons;
    private final Function<Cluster, String> tooltipText;
    private final Circle selection = new Circle();
    private final Circle todayRing = new Circle();
    private final Circle clusterRing = new Circle();
    private final Circle disc = new Circle();
    private final SVGPath icon;
    /** The other kinds at the place, a small disc each; made as a place first needs them. */
    private final Group fans = new Group();
    private final Circle badgeDisc = new Circle(MarkerGeometry.BADGE_MIN_RADIUS);
    private final Text badgeText = new Text();
    private final Group badge = new Group(badgeDisc, badgeText);
    /**
     * Made when the pointer first comes over the marker: a tooltip is a popup window with its own
     * scene, and a large file shows hundreds of markers at once.
     */
    private Tooltip tooltip;
    private Cluster cluster;
    private Look shown;

    MarkerNode(String id, IconLibrary icons, Consumer<Cluster> onClick, Function<Cluster, String> tooltipText) {
        this.icons = icons;
        this.tooltipText = tooltipText;
        setId(id);
        getStyleClass().add("marker");
        selection.getStyleClass().add("marker-selection");
        selection.setFill(null);
        selection.setStrokeWidth(MarkerGeometry.SELECTION_RING_WIDTH);
        selection.setStroke(Color.web("#ffd43b"));
        todayRing.setFill(null);
        todayRing.setStrokeWidth(MarkerGeometry.TODAY_RING_WIDTH);
        clusterRing.setFill(null);
        clusterRing.setStroke(Color.web("#495057"));
        clusterRing.setStrokeWidth(MarkerGeometry.GROUP_RING_WIDTH);
        clusterRing.getStrokeDashArray().setAll(MarkerGeometry.GROUP_RING_DASHES);
        disc.setStroke(Color.WHITE);
        disc.setStrokeWidth(MarkerGeometry.DISC_STROKE);
        icon = new SVGPath();
        icon.setFill(Color.WHITE);
        icon.setMouseTransparent(true);
        fans.getStyleClass().add("marker-kinds");
        badgeDisc.setFill(BADGE);
        badgeDisc.setStroke(Color.WHITE);
        badgeDisc.setStrokeWidth(MarkerGeometry.BADGE_STROKE);
        badgeText.setFill(Color.WHITE);
        badgeText.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, MarkerGeometry.BADGE_FONT_SIZE));
        badgeText.setBoundsType(TextBoundsType.VISUAL);
        badge.getStyleClass().add("marker-badge");
        badge.setMouseTransparent(true);
        getChildren().addAll(selection, todayRing, clusterRing, disc, icon, fans, badge);
        // Drawn once into an image and then only moved: the software renderer would otherwise draw
        // every ring, icon path and today's shadow of hundreds of markers again on every frame.
        setCache(true);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
        setCursor(Cursor.HAND);
        setOnMouseClicked(e -> {
            if (cluster != null) {
                onClick.accept(cluster);
            }
            e.consume();
        });
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(250));
            // Written when it is about to show: the summary reads the marker's incidents, which the
            // index gathers only when asked, and a drag re-styles every marker on every frame.
            tooltip.setOnShowing(e -> tooltip.setText(tooltipText()));
            Tooltip.install(this, tooltip);
        }
    }

    /** What the marker shows now. */
    public Cluster cluster() {
        return cluster;
    }

    /** The hover text, as the tooltip shows it. */
    public String tooltipText() {
        return cluster == null ? "" : tooltipText.apply(cluster);
    }

    public boolean isSelected() {
        return selection.isVisible();
    }

    /** The kinds shown: the disc's first, then the fanned ones. */
    public List<IncidentKind> kindsShown() {
        return cluster == null ? List.of() : cluster.kinds();
    }

    /** What a marker's look depends on: while it stays the same, the marker keeps its nodes and cached image. */
    private record Look(double radius, List<IncidentKind> kinds, boolean current, boolean single, int count, boolean selected) {
    }

    void update(Cluster newCluster, boolean selected) {
        cluster = newCluster;
        PlaceMarker lead = newCluster.leader();
        double r = lead.radius();
        List<IncidentKind> kinds = newCluster.kinds();
        boolean current = newCluster.current();
        boolean single = newCluster.isSingle();
        Look look = new Look(r, kinds, current, single, newCluster.incidentCount(), selected);
        if (look.equals(shown)) {
            if (tooltip != null && tooltip.isShowing()) {
                tooltip.setText(tooltipText());
            }
            return;
        }
        shown = look;
        Color color = IconLibrary.color(kinds.get(0));

        disc.setRadius(r);
        disc.setFill(color);
        icons.apply(icon, kinds.get(0), MarkerGeometry.iconSize(r));
        todayRing.setRadius(MarkerGeometry.todayRingRadius(r));
        todayRing.setStroke(color.deriveColor(0, 1, 1, 0.45));
        todayRing.setVisible(current);
        clusterRing.setRadius(MarkerGeometry.groupRingRadius(r, current));
        clusterRing.setVisible(!single);
        selection.setRadius(MarkerGeometry.selectionRingRadius(r, single, current));
        selection.setVisible(selected);
        updateFans(r, kinds);
        // Older days fade so that the current day stands out.
        setOpacity(current ? 1 : 0.5);
        setEffect(current ? TODAY : null);

        int count = newCluster.incidentCount();
        badge.setVisible(count > 1);
        if (count > 1) {
            badgeText.setText(Integer.toString(count));
            double w = badgeText.getLayoutBounds().getWidth();
            badgeDisc.setRadius(MarkerGeometry.badgeRadius(w));
            badge.setLayoutX(MarkerGeometry.badgeDx(r));
            badge.setLayoutY(MarkerGeometry.badgeDy(r));
            badgeText.setX(-w / 2);
            badgeText.setY(badgeText.getLayoutBounds().getHeight() / 2);
        }
        if (tooltip != null && tooltip.isShowing()) {
            tooltip.setText(tooltipText());
        }
    }

    /** The kinds after the first, a small disc each on the rim, as {@link MarkerGeometry#fans} places them. */
    private void updateFans(double r, List<IncidentKind> kinds) {
        List<MarkerGeometry.Fan> placed = MarkerGeometry.fans(r, kinds.size());
        while (fans.getChildren().size() < placed.size()) {
            Circle small = new Circle();
            small.setStroke(Color.WHITE);
            small.setStrokeWidth(MarkerGeometry.DISC_STROKE);
            SVGPath smallIcon = new SVGPath();
            smallIcon.setFill(Color.WHITE);
            Group fan = new Group(small, smallIcon);
            fan.getStyleClass().add("marker-kind");
            smallIcon.setMouseTransparent(true);
            fans.getChildren().add(fan);
        }
        for (int i = 0; i < fans.getChildren().size(); i++) {
            Group fan = (Group) fans.getChildren().get(i);
            boolean shown = i < placed.size();
            fan.setVisible(shown);
            if (shown) {
                MarkerGeometry.Fan f = placed.get(i);
                IncidentKind kind = kinds.get(i + 1);
                Circle small = (Circle) fan.getChildren().get(0);
                small.setRadius(f.radius());
                small.setFill(IconLibrary.color(kind));
                icons.apply((SVGPath) fan.getChildren().get(1), kind, f.iconSize());
                fan.setId(getId() + "-" + kind.code());
                fan.setLayoutX(f.dx());
                fan.setLayoutY(f.dy());
            }
        }
    }
}
