/**
 * The map inside the app, on Gluon Maps: the offline tile retriever and its tiles (drawn by the
 * core renderer or read from the user's MBTiles), the incident markers, place-name and chrome
 * layers, the markers and selection they share ({@link org.incidentatlas.ui.map.MapMarkers}, laid
 * out once per pulse), and the viewport a layer shows. May use the core and JavaFX; never the
 * command line.
 */
package org.incidentatlas.ui.map;
