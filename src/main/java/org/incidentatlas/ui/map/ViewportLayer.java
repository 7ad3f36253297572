package org.incidentatlas.ui.map;

import java.util.Optional;

import com.gluonhq.maps.MapLayer;

import org.incidentatlas.geo.Viewport;

/**
 * A map layer that lays itself out from the map's current Web-Mercator viewport. Gluon exposes
 * only {@code getMapPoint} to layers, so the viewport is recovered from two reference points.
 */
abstract class ViewportLayer extends MapLayer {

    /** The visible map as a viewport; empty until the map has been laid out. */
    protected final Optional<Viewport> viewport() {
        return MapViewports.of(getMapPoint(MapViewports.REF_LAT, MapViewports.REF_LON_A),
                getMapPoint(MapViewports.REF_LAT, MapViewports.REF_LON_B), getParent());
    }
}
