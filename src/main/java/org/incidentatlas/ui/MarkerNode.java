package org.incidentatlas.ui;

import java.util.function.Consumer;

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

import org.incidentatlas.timeline.MarkerClusters.Cluster;
import org.incidentatlas.timeline.PlaceMarker;

/**
 * One place's marker (or a cluster's), centred on its origin. Built once per place and then only
 * re-styled, so moving the date never rebuilds the scene graph.
 */
final class MarkerNode extends Group {

    private static final Color BADGE = Color.web("#212529");
    private static final DropShadow TODAY = new DropShadow(8, Color.rgb(0, 0, 0, 0.55));

    private final IconLibrary icons;
    private final Circle selection = new Circle();
    private final Circle todayRing = new Circle();
    private final Circle clusterRing = new Circle();
    private final Circle disc = new Circle();
    private final SVGPath icon;
    private final Circle badgeDisc = new Circle(8.5);
    private final Text badgeText = new Text();
    private final Group badge = new Group(badgeDisc, badgeText);
    /**
     * Made when the pointer first comes over the marker: a tooltip is a popup window with its own
     * scene, and a large file shows hundreds of markers at once.
     */
    private Tooltip tooltip;
    private Cluster cluster;

    MarkerNode(String id, IconLibrary icons, Consumer<Cluster> onClick) {
        this.icons = icons;
        setId(id);
        getStyleClass().add("marker");
        selection.getStyleClass().add("marker-selection");
        selection.setFill(null);
        selection.setStrokeWidth(3.5);
        selection.setStroke(Color.web("#ffd43b"));
        todayRing.setFill(null);
        todayRing.setStrokeWidth(3);
        clusterRing.setFill(null);
        clusterRing.setStroke(Color.web("#495057"));
        clusterRing.setStrokeWidth(1.5);
        clusterRing.getStrokeDashArray().setAll(4.0, 3.0);
        disc.setStroke(Color.WHITE);
        disc.setStrokeWidth(1.5);
        icon = new SVGPath();
        icon.setFill(Color.WHITE);
        icon.setMouseTransparent(true);
        badgeDisc.setFill(BADGE);
        badgeDisc.setStroke(Color.WHITE);
        badgeDisc.setStrokeWidth(1.2);
        badgeText.setFill(Color.WHITE);
        badgeText.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 10));
        badgeText.setBoundsType(TextBoundsType.VISUAL);
        badge.getStyleClass().add("marker-badge");
        badge.setMouseTransparent(true);
        getChildren().addAll(selection, todayRing, clusterRing, disc, icon, badge);
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

    Cluster cluster() {
        return cluster;
    }

    String tooltipText() {
        return cluster == null ? "" : MarkerText.summary(cluster);
    }

    boolean isSelected() {
        return selection.isVisible();
    }

    void update(Cluster newCluster, boolean selected) {
        cluster = newCluster;
        PlaceMarker lead = newCluster.leader();
        double r = lead.radius();
        Color color = IconLibrary.color(lead.icon());
        boolean current = newCluster.current();

        disc.setRadius(r);
        disc.setFill(color);
        icons.apply(icon, lead.icon(), r * 1.25);
        todayRing.setRadius(r + 3.5);
        todayRing.setStroke(color.deriveColor(0, 1, 1, 0.45));
        todayRing.setVisible(current);
        clusterRing.setRadius(r + (current ? 7.5 : 4));
        clusterRing.setVisible(!newCluster.isSingle());
        selection.setRadius(r + (newCluster.isSingle() ? (current ? 7.5 : 4) : 11));
        selection.setVisible(selected);
        // Older days fade so that the current day stands out.
        setOpacity(current ? 1 : 0.5);
        setEffect(current ? TODAY : null);

        int count = newCluster.incidentCount();
        badge.setVisible(count > 1);
        if (count > 1) {
            badgeText.setText(Integer.toString(count));
            double w = badgeText.getLayoutBounds().getWidth();
            badgeDisc.setRadius(Math.max(8.5, w / 2 + 4));
            double offset = r * 0.75;
            badge.setLayoutX(offset);
            badge.setLayoutY(-offset);
            badgeText.setX(-w / 2);
            badgeText.setY(badgeText.getLayoutBounds().getHeight() / 2);
        }
        if (tooltip != null && tooltip.isShowing()) {
            tooltip.setText(tooltipText());
        }
    }
}
