/**
 * JMH benchmarks, run with {@code java -jar target/incident-atlas.jar bench [REGEX]}.
 * One class per measured component (geocoder, extractor, tile renderer, timeline and markers).
 */
package org.incidentatlas.bench;
