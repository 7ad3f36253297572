package org.incidentatlas.basemap;

import java.util.List;

import org.locationtech.jts.geom.Envelope;

/**
 * A polygon (all its rings) or a piece of a line, in normalised Web-Mercator coordinates
 * (x, y interleaved; the world is the unit square).
 */
record MapShape(List<double[]> parts, Envelope bounds, boolean closed) {

    static MapShape of(List<double[]> parts, boolean closed) {
        Envelope e = new Envelope();
        for (double[] xy : parts) {
            for (int k = 0; k < xy.length; k += 2) {
                e.expandToInclude(xy[k], xy[k + 1]);
            }
        }
        return new MapShape(List.copyOf(parts), e, closed);
    }
}
