package org.incidentatlas.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The legend docked at the map's left edge: it takes its own column, so it never hides a marker or
 * a name. Collapsed (its title's arrow), the column shrinks to the arrow; a long outlet list scrolls.
 */
final class LegendDock {

    static final double EXPANDED_WIDTH = 230;
    static final double COLLAPSED_WIDTH = 34;

    private LegendDock() {
    }

    static Region of(LegendView legend) {
        String title = legend.getText();
        ScrollPane dock = new ScrollPane(legend);
        dock.setId("legendDock");
        dock.getStyleClass().addAll("legend-dock", "edge-to-edge");
        dock.setFitToWidth(true);
        dock.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        dock.setFocusTraversable(false);
        Tooltip expand = new Tooltip("Show the legend and filters");
        Runnable fit = () -> {
            boolean open = legend.isExpanded();
            double width = open ? EXPANDED_WIDTH : COLLAPSED_WIDTH;
            dock.setMinWidth(width);
            dock.setPrefWidth(width);
            dock.setMaxWidth(width);
            legend.setText(open ? title : "");
            // Narrow enough that the arrow stays inside the dock, where a click reaches it.
            legend.setMinWidth(0);
            legend.setPrefWidth(open ? Region.USE_COMPUTED_SIZE : COLLAPSED_WIDTH - 2);
            legend.setTooltip(open ? null : expand);
        };
        legend.expandedProperty().addListener(o -> fit.run());
        fit.run();
        return dock;
    }
}
