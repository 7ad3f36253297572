/**
 * The JavaFX app: the main view and its view model, the timeline, legend and excerpt views, the
 * article window, themes and preferences (the map and its layers are in {@code ui.map}). It asks the core (timeline, rendering, io,
 * gazetteer) and never the command line; long work runs off the JavaFX thread through
 * {@link org.incidentatlas.ui.ViewerServices}.
 */
package org.incidentatlas.ui;
