/**
 * The user's own OpenStreetMap vector tiles, drawn by us: MBTiles and PMTiles v3 files in the
 * OpenMapTiles schema (what Planetiler writes from an extract) are read, decoded with
 * mapbox-vector-tile-java and painted in Java2D in a light or dark street style, as tiles for the
 * app and as a layer of {@code render} pictures. Also decides, by content, whether a
 * {@code --basemap} file is raster or vector ({@link org.incidentatlas.rendering.vector.UserBasemap}).
 * Part of the core: no JavaFX; uses {@code rendering} (never the other way round), {@code geo} and {@code io}.
 */
package org.incidentatlas.rendering.vector;
