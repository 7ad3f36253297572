/**
 * The map inside the app, on Gluon Maps: the offline tile retriever and its tiles (drawn by the
 * core renderer or read from the user's MBTiles), the place-name and chrome layers, and the
 * viewport a layer shows. May use the core and JavaFX; never the command line.
 */
package org.incidentatlas.ui.map;
