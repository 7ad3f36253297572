/**
 * The domain's values, as immutable records: an {@link org.incidentatlas.model.Article}, a
 * {@link org.incidentatlas.model.Place}, an {@link org.incidentatlas.model.Incident} with the
 * {@link org.incidentatlas.model.Source}s (sentences and offsets) it came from, an
 * {@link org.incidentatlas.model.Episode}; and the catalogue of incident types
 * ({@link org.incidentatlas.model.IncidentType}, shown as {@link org.incidentatlas.model.IncidentKind}s)
 * every stage reads. Every other package uses them; they use none of ours,
 * only the JDK.
 */
package org.incidentatlas.model;
