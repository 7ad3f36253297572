/**
 * The developer tools' command line ({@link org.incidentatlas.tools.Tools}): {@code bench},
 * {@code build-gazetteer}, {@code build-basemap}. Part of the tools source set
 * ({@code src/tools/java}), never of the runtime jar. May use everything in the core, the builders
 * ({@code gazetteer.build}, {@code basemap.build}), the benchmarks ({@code bench}), picocli and JMH,
 * and {@code cli} for its failure handling; never the UI.
 */
package org.incidentatlas.tools;
