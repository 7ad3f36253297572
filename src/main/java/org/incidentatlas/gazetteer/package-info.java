/**
 * The bundled gazetteer and the geocoder: loading {@code data/gazetteer}, name normalisation
 * (spellings, Cyrillic, case endings), the one-pass {@link org.incidentatlas.gazetteer.Geocoder} that
 * finds place mentions in a text, and disambiguation. May use {@code model} only. The builder that
 * regenerates the data is a developer tool in {@code src/tools/java} ({@code gazetteer.build}).
 */
package org.incidentatlas.gazetteer;
