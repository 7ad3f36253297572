/**
 * Map geometry: the one Web-Mercator projection (lat/lon to normalised and pixel coordinates) and a
 * {@link org.incidentatlas.geo.Viewport} (centre, zoom, size in pixels). Pure maths: it uses no other
 * package of ours, and the renderer, the app's map layers and the {@code render} command all use it.
 */
package org.incidentatlas.geo;
