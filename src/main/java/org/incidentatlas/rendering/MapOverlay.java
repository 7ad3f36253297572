package org.incidentatlas.rendering;

import java.awt.Graphics2D;

import org.incidentatlas.geo.Viewport;

/**
 * One layer of a rendered map picture, painted in screen pixels of {@code viewport}: the base
 * map, place labels, scale bar, attribution, and later the incident markers. A picture is a list
 * of these, painted in order.
 */
@FunctionalInterface
public interface MapOverlay {

    void paint(Graphics2D g, Viewport viewport);

    /**
     * This overlay with what it will draw in {@code viewport} worked out now, before the layers under it
     * are painted (a picture's base map may still be drawing on another thread meanwhile); the result
     * paints that viewport only, the same pixels as {@link #paint}. By default the overlay itself, which
     * works everything out as it paints.
     */
    default MapOverlay preparedFor(Viewport viewport) {
        return this;
    }
}
