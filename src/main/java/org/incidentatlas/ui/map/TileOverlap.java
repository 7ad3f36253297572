package org.incidentatlas.ui.map;

import com.gluonhq.maps.MapView;

import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Shows each drawn tile at its own size (256 plus {@link MapTiles#MARGIN}) rather than the 256
 * Gluon fits every tile to, so that neighbouring tiles overlap by the margin and no seam shows.
 * Gluon's tile nodes are internal; they are found as the image views inside the map's tile group.
 * The user's own 256-pixel tiles are left as they are.
 */
final class TileOverlap {

    private static final double TILE = 256;

    private TileOverlap() {
    }

    static void install(MapView map) {
        for (Node child : map.getChildrenUnmodifiable()) {
            if (child instanceof Group tiles) {
                tiles.getChildren().forEach(TileOverlap::watch);
                tiles.getChildren().addListener((ListChangeListener<Node>) change -> {
                    while (change.next()) {
                        change.getAddedSubList().forEach(TileOverlap::watch);
                    }
                });
            }
        }
    }

    private static void watch(Node node) {
        if (node instanceof ImageView view) {
            fit(view, view.getImage());
            view.imageProperty().addListener((o, was, image) -> fit(view, image));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(TileOverlap::watch);
        }
    }

    private static void fit(ImageView view, Image image) {
        double size = image != null && image.getWidth() == TILE + MapTiles.MARGIN ? TILE + MapTiles.MARGIN : TILE;
        view.setFitWidth(size);
        view.setFitHeight(size);
    }
}
