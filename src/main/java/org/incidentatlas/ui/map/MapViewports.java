package org.incidentatlas.ui.map;

import java.util.Optional;

import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.layout.Region;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.geo.WebMercator;

/**
 * Recovers the core {@link Viewport} a Gluon map layer is showing, from two projected reference
 * points (Gluon exposes no zoom or origin to layers), so overlays can use the shared core logic.
 */
final class MapViewports {

    static final double REF_LAT = 41, REF_LON_A = 70, REF_LON_B = 75;

    private MapViewports() {
    }

    /**
     * @param a the layer's projection of (41 N, 70 E), b of (41 N, 75 E); null before the map is on a scene
     */
    static Optional<Viewport> of(Point2D a, Point2D b, Parent mapView) {
        if (a == null || b == null || !(mapView instanceof Region region) || region.getWidth() < 1 || region.getHeight() < 1) {
            return Optional.empty();
        }
        double perDegree = (b.getX() - a.getX()) / (REF_LON_B - REF_LON_A);
        if (!(perDegree > 0)) {
            return Optional.empty();
        }
        double zoom = WebMercator.zoomForPixelsPerDegree(perDegree);
        double left = WebMercator.x(REF_LON_A, zoom) - a.getX();
        double top = WebMercator.y(REF_LAT, zoom) - a.getY();
        return Optional.of(new Viewport(zoom, left, top, (int) Math.ceil(region.getWidth()), (int) Math.ceil(region.getHeight())));
    }
}
