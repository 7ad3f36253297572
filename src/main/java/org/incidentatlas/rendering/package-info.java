/**
 * Map pictures without JavaFX: the bundled base-map data and its Java2D tile renderer, a user's
 * MBTiles file, label placement, scale bar, credits and the incident markers painted as overlays, so
 * that the app's tiles and the {@code render} command draw the same map. May use {@code model},
 * {@code geo}, {@code io}, {@code timeline} (which markers a day shows) and {@code markers} (how a
 * marker is laid out and drawn); never JavaFX, the UI or
 * the command line. The converter that regenerates {@code data/basemap} is a developer tool in
 * {@code src/tools/java} ({@code basemap.build}).
 */
package org.incidentatlas.rendering;
