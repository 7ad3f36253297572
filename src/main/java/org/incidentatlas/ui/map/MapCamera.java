package org.incidentatlas.ui.map;

import java.util.Optional;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;

import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.geo.ZoomSteps;

/**
 * Where the map looks and how close: the one way the viewer moves it. Gluon's {@code setZoom} and
 * {@code setCenter} act only when their remembered value changes, and its wheel and drag change the
 * view without updating it, so after a wheel zoom "go back to zoom 7" did nothing; here every move
 * is applied. The wheel zooms {@link ZoomSteps#PER_NOTCH} per notch about the pointer (Gluon's own
 * step is a tenth of a level, and it logs a warning when zooming out stops).
 */
public final class MapCamera extends MapLayer {

    private final MapView map;

    private MapCamera(MapView map) {
        this.map = map;
        setMouseTransparent(true);
    }

    /** Adds the camera to a map and takes over its wheel. */
    public static MapCamera install(MapView map) {
        MapCamera camera = new MapCamera(map);
        map.addLayer(camera);
        map.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0 && !e.isInertia()) {
                camera.zoomAbout(camera.zoom() + ZoomSteps.forWheel(e.getDeltaY(), e.getMultiplierY()), e.getX(), e.getY());
            }
            e.consume();
        });
        map.addEventFilter(ZoomEvent.ZOOM, e -> {
            camera.zoomAbout(camera.zoom() + Math.log(e.getZoomFactor()) / Math.log(2), e.getX(), e.getY());
            e.consume();
        });
        return camera;
    }

    /** The zoom the map shows now. */
    public double zoom() {
        return baseMap.zoom().get();
    }

    /** The map as shown now; empty before it is laid out. */
    public Optional<Viewport> viewport() {
        return MapViewports.of(getMapPoint(MapViewports.REF_LAT, MapViewports.REF_LON_A),
                getMapPoint(MapViewports.REF_LAT, MapViewports.REF_LON_B), map);
    }

    /** Looks at (lat, lon) from {@code zoom} (kept within the base map's range). */
    public void show(double lat, double lon, double zoom) {
        double z = ZoomSteps.clamp(zoom, map.getHeight());
        // Gluon applies a centre or zoom only when it differs from the one last asked for; a
        // wheel zoom or drag since then has moved the map without changing that value.
        if (baseMap.prefCenterLat().get() == lat && baseMap.prefCenterLon().get() == lon) {
            map.setCenter(lat + 1e-9, lon);
        }
        map.setCenter(lat, lon);
        if (map.getZoom() == z) {
            map.setZoom(z + 1e-9);
        }
        map.setZoom(z);
    }

    /** Zooms to {@code zoom} keeping the point under screen (x, y) where it is. */
    public void zoomAbout(double zoom, double x, double y) {
        Optional<Viewport> now = viewport();
        if (now.isEmpty()) {
            return;
        }
        double z = ZoomSteps.clamp(zoom, map.getHeight());
        Viewport next = now.get().zoomedAbout(z, x, y);
        show(next.centreLat(), next.centreLon(), z);
    }

    /** One step closer (positive) or farther (negative), about the middle of the map. */
    public void zoomBy(double levels) {
        zoomAbout(zoom() + levels, map.getWidth() / 2, map.getHeight() / 2);
    }

    /** Shows a latitude/longitude box whole, as close as it fits the map (before layout: at {@code fallbackZoom}). */
    public void frame(double south, double west, double north, double east, double fallbackZoom) {
        int w = (int) Math.round(map.getWidth());
        int h = (int) Math.round(map.getHeight());
        if (w < 50 || h < 50) {
            show((south + north) / 2, (west + east) / 2, fallbackZoom);
            return;
        }
        Viewport v = Viewport.framing(south, west, north, east, w, h, ZoomSteps.MAX_ZOOM);
        show(v.centreLat(), v.centreLon(), v.zoom());
    }

    /** Pans as little as needed for (lat, lon) to be at least {@code margin} pixels inside the map. */
    public void keepInView(double lat, double lon, double margin) {
        viewport().ifPresent(v -> {
            double x = v.screenX(lon), y = v.screenY(lat);
            double m = Math.min(margin, Math.min(v.width(), v.height()) / 2.0);
            double dx = x < m ? x - m : x > v.width() - m ? x - (v.width() - m) : 0;
            double dy = y < m ? y - m : y > v.height() - m ? y - (v.height() - m) : 0;
            if (dx != 0 || dy != 0) {
                Viewport moved = new Viewport(v.zoom(), v.left() + dx, v.top() + dy, v.width(), v.height());
                show(moved.centreLat(), moved.centreLon(), v.zoom());
            }
        });
    }
}
