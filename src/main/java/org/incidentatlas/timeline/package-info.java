/**
 * Time and marker logic of the viewer, free of JavaFX so that the app, the {@code render} command
 * and tests all agree: episodes, the column-wise time index, what is visible at a date or in a window,
 * histogram counts,
 * which marker each place gets, and how nearby markers cluster.
 */
package org.incidentatlas.timeline;
