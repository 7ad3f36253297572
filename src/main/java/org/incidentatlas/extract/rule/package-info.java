/**
 * The extraction rules: event words (triggers) with their intent and negation checks, targets and
 * actors, clauses, and the roles of places in a sentence. Each rule is a named pattern gated by
 * cheap anchors, and is tested on sentences of our own in tables.
 */
package org.incidentatlas.extract.rule;
