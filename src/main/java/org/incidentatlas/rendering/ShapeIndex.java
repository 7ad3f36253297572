package org.incidentatlas.rendering;

import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** An R-tree over shapes, so a tile draws only the shapes whose bounds meet it. */
final class ShapeIndex {

    private final STRtree tree = new STRtree();

    ShapeIndex(List<MapShape> shapes) {
        for (MapShape s : shapes) {
            tree.insert(s.bounds(), s);
        }
        tree.build();
    }

    @SuppressWarnings("unchecked")
    List<MapShape> query(Envelope area) {
        return tree.query(area);
    }
}
