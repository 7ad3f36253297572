/**
 * Time logic of the viewer, free of JavaFX so that the app, the {@code render} command and tests
 * all agree: episodes, the column-wise time index, what is visible at a date or in a window,
 * histogram counts, and the markers of a day or window as an index over the time columns
 * ({@link org.incidentatlas.timeline.MarkerIndex}). May use {@code model} and {@code markers}
 * (what a marker is); never the renderer, the UI or the command line.
 */
package org.incidentatlas.timeline;
