package org.incidentatlas.gazetteer;

import java.util.List;

/**
 * Finds the places a text names, each with its character span, in one pass. The seam between
 * the gazetteer and the extractor: extraction tests may use a small in-memory implementation.
 */
public interface PlaceFinder {

    /** Every resolved place mention in {@code text}, in text order, non-overlapping. */
    List<PlaceMention> find(String text);
}
