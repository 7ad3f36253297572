package org.incidentatlas.rendering;

import org.incidentatlas.model.Place;

/**
 * A place name positioned on screen: its dot at ({@code dotX}, {@code dotY}) and its text from
 * ({@code textX}, {@code baselineY}), occupying {@code box}. A {@code marked} place has an incident
 * marker at the dot's position: the marker stands for the dot, so no dot is drawn.
 *
 * @param text the words drawn: the place's name, or for a group of places under one marker their names
 *             ({@link MarkerSpot#name})
 */
public record PlacedLabel(Place place, LabelStyle style, double dotX, double dotY,
                          double textX, double baselineY, Box box, boolean marked, String text) {

    /** Whether a dot is drawn for this label (not for areas, nor where a marker stands for it). */
    public boolean hasDot() {
        return !marked && style.dotRadius() > 0;
    }

    /** An axis-aligned screen rectangle. */
    public record Box(double x, double y, double width, double height) {

        public boolean intersects(Box o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }

        public Box grow(double d) {
            return new Box(x - d, y - d, width + 2 * d, height + 2 * d);
        }

        public boolean inside(double w, double h) {
            return x >= 0 && y >= 0 && x + width <= w && y + height <= h;
        }
    }
}
