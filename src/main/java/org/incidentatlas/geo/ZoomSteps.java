package org.incidentatlas.geo;

/**
 * How far the map zooms for each gesture. A wheel notch is half a zoom level (x1.41), so country
 * (zoom 6) to city (zoom 11) takes ten notches, as in web maps; a key press or button is a whole level.
 */
public final class ZoomSteps {

    /** Zoom levels per wheel notch. */
    public static final double PER_NOTCH = 0.5;
    /** Zoom levels per +/- key press or button click. */
    public static final double PER_PRESS = 1;
    /** The closest zoom the offline base map has detail for. */
    public static final double MAX_ZOOM = 16;
    /** The farthest: the whole region with its neighbours. */
    public static final double MIN_ZOOM = 3;

    private ZoomSteps() {
    }

    /**
     * The zoom change of one wheel event: {@code deltaY} pixels scrolled, {@code pixelsPerNotch}
     * for one notch of this wheel (1 or less when unknown: JavaFX's usual 40 is used). A smooth trackpad's small deltas give small
     * steps; a burst of many notches in one event is capped at two levels.
     */
    public static double forWheel(double deltaY, double pixelsPerNotch) {
        double notches = deltaY / (pixelsPerNotch > 1 ? pixelsPerNotch : 40);
        return Math.max(-2, Math.min(2, notches)) * PER_NOTCH;
    }

    /**
     * A zoom kept within the base map's range, and never so far out that the world is shorter than
     * the window (the map would show empty space above and below it).
     */
    public static double clamp(double zoom, double windowHeight) {
        double fillsHeight = Math.log(Math.max(1, windowHeight) / WebMercator.TILE_SIZE) / Math.log(2);
        return Math.max(Math.max(MIN_ZOOM, fillsHeight), Math.min(MAX_ZOOM, zoom));
    }
}
