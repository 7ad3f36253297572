/**
 * JMH benchmarks (tools source set, not shipped): one class per measured component (geocoder,
 * extractor, tile renderer, timeline and markers), run with
 * {@code mvn -Ptools test-compile exec:exec -Dtool="bench [REGEX]"}. New benchmarks go here, in
 * {@code src/tools/java/org/incidentatlas/bench}, never in {@code src/main/java}: JMH is not on the
 * app's class path. May use any core package; never the UI.
 */
package org.incidentatlas.bench;
