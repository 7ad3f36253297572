/**
 * Files in and out, safely: every file read is checked first ({@link org.incidentatlas.io.InputFiles}),
 * every file written goes through {@link org.incidentatlas.io.AtomicWriter}, problems are named for
 * the user ({@link org.incidentatlas.io.FileProblemException}, {@link org.incidentatlas.io.Printable});
 * and incidents are exchanged as GeoJSON ({@link org.incidentatlas.io.IncidentGeoJson}) from an
 * {@link org.incidentatlas.io.IncidentSource}. May use {@code model} only, so that readers of any
 * layer can rely on it.
 */
package org.incidentatlas.io;
