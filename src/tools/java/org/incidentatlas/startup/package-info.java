/**
 * Start-up measurement (tools source set, not shipped): {@code StartupTimes} launches the app, or
 * {@code BareWindow} for the floor, under Xvfb and times launch until the window is mapped and
 * until its map is drawn (issue 12). Uses JavaFX, the JDK and {@code io.AtomicWriter} for the pictures it keeps; nothing else of the app.
 * {@code FirstMarkers} times opening a large incident file to its first markers, through the app's view model.
 */
package org.incidentatlas.startup;
