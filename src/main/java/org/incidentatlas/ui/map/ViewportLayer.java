package org.incidentatlas.ui.map;

import java.util.Optional;

import com.gluonhq.maps.MapLayer;

import org.incidentatlas.geo.Viewport;

/**
 * A map layer that lays itself out from the map's current Web-Mercator viewport. Gluon exposes
 * only {@code getMapPoint} to layers, so the viewport is recovered from two reference points.
 */
abstract class ViewportLayer extends MapLayer {

    /** Lays the layer out for the visible map; nothing to do until the map itself has been laid out. */
    @Override
    protected final void layoutLayer() {
        viewport().ifPresent(this::layoutIn);
    }

    /** Places this layer's nodes for the map as it is now shown. */
    protected abstract void layoutIn(Viewport v);

    /** The visible map as a viewport; empty until the map has been laid out. */
    private Optional<Viewport> viewport() {
        return MapViewports.of(getMapPoint(MapViewports.REF_LAT, MapViewports.REF_LON_A),
                getMapPoint(MapViewports.REF_LAT, MapViewports.REF_LON_B), getParent());
    }
}
