/**
 * The marker model, one for the app and for {@code render}: which marker each place gets and the
 * kinds it shows ({@link org.incidentatlas.markers.MarkerPlanner}), how nearby markers group on
 * screen ({@link org.incidentatlas.markers.MarkerClusters}, laid out once per frame as a
 * {@link org.incidentatlas.markers.MarkerLayout}), the icons of the catalogue's kinds
 * ({@link org.incidentatlas.markers.MarkerIcons}) and every measure of a drawn marker
 * ({@link org.incidentatlas.markers.MarkerGeometry}). May use only {@code model}; the timeline
 * builds its markers with it, the renderer and the app's map layers draw them.
 */
package org.incidentatlas.markers;
