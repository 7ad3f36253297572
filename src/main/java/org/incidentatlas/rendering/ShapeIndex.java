package org.incidentatlas.rendering;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A layer's shapes with their bounds in flat arrays, so a tile draws only the shapes whose bounds
 * meet it. The shapes are stored in the order of a JTS R-tree's leaves ({@link #queryOrder}, made
 * when the base map is built): a query returns them in the order the R-tree returns them, which is
 * the order they are drawn in, and neighbours on the map are neighbours in the arrays. A layer has
 * at most a few thousand shapes, so checking every box costs a tile microseconds.
 */
final class ShapeIndex {

    private final MapShape[] shapes;
    /** Per shape: min x, min y, max x, max y. */
    private final double[] bounds;

    /** @param shapes in {@link #queryOrder} */
    ShapeIndex(MapShape[] shapes) {
        this.shapes = shapes;
        this.bounds = new double[4 * shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            Envelope b = shapes[i].bounds();
            bounds[4 * i] = b.getMinX();
            bounds[4 * i + 1] = b.getMinY();
            bounds[4 * i + 2] = b.getMaxX();
            bounds[4 * i + 3] = b.getMaxY();
        }
    }

    /**
     * The shapes in the order an STR-packed R-tree over them holds its leaves, which is the order
     * any of its queries returns them in; shapes without points (no bounds) are left out, as the
     * tree leaves them out.
     */
    static List<MapShape> queryOrder(List<MapShape> shapes) {
        STRtree tree = new STRtree();
        Envelope all = new Envelope();
        for (MapShape s : shapes) {
            tree.insert(s.bounds(), s);
            all.expandToInclude(s.bounds());
        }
        tree.build();
        @SuppressWarnings("unchecked")
        List<MapShape> ordered = tree.query(all);
        return ordered;
    }

    /** The shapes whose bounds meet {@code area} (edges touching count), in stored order. */
    List<MapShape> query(Envelope area) {
        double minX = area.getMinX(), minY = area.getMinY(), maxX = area.getMaxX(), maxY = area.getMaxY();
        List<MapShape> found = new ArrayList<>();
        for (int i = 0; i < shapes.length; i++) {
            int b = 4 * i;
            if (bounds[b] <= maxX && bounds[b + 2] >= minX && bounds[b + 1] <= maxY && bounds[b + 3] >= minY) {
                found.add(shapes[i]);
            }
        }
        return found;
    }

    /** Every shape, in stored order. */
    List<MapShape> shapes() {
        return List.of(shapes);
    }
}
