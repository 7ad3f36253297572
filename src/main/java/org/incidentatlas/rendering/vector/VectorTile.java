package org.incidentatlas.rendering.vector;

import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One decoded vector tile: its features by layer name, in tile units (0 to {@code extent} from the
 * tile's top-left corner, y down, as the Mapbox Vector Tile spec has them). Each geometry's user
 * data is its attribute map ({@code class}, {@code name}, ...). Read-only once built.
 */
public record VectorTile(int zoom, long x, long y, int extent, Map<String, List<Geometry>> layers) {

    public VectorTile {
        layers = Map.copyOf(layers);
    }

    /** The features of one layer, or none. */
    public List<Geometry> layer(String name) {
        return layers.getOrDefault(name, List.of());
    }

    /** An attribute of a feature as text, or null. */
    static String attribute(Geometry feature, String key) {
        if (feature.getUserData() instanceof Map<?, ?> attributes) {
            Object value = attributes.get(key);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
