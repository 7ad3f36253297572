/**
 * Time and marker logic of the viewer, free of JavaFX so that the app, the {@code render} command
 * and tests all agree: episodes, the per-day index, what is visible at a date, histogram counts,
 * which marker each place gets, and how nearby markers cluster.
 */
package org.incidentatlas.timeline;
