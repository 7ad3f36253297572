/**
 * The map inside the app, on Gluon Maps: the offline tile retriever and its tiles (drawn by the
 * core renderer or read from the user's MBTiles), the incident markers, place-name and chrome
 * layers, the markers, selection and places they share ({@link org.incidentatlas.ui.map.MapMarkers},
 * which lays each change or view out off the JavaFX thread into one {@link org.incidentatlas.ui.map.MapFrame}
 * that both layers paint), and the viewport a layer shows. May use the core and JavaFX; never the
 * command line.
 */
package org.incidentatlas.ui.map;
