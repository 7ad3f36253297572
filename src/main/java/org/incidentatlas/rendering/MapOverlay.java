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
}
