/**
 * The app's File menu for incident files: Open incidents… (any format {@code io.IncidentFormats} reads,
 * with a field mapping dialog for someone else's GeoJSON) and Export ▸ incidents as GeoJSON, KML or CSV
 * and the current view as PNG. Files are read and written off the JavaFX thread, with progress.
 */
package org.incidentatlas.ui.io;
