package org.incidentatlas.rendering;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;

/**
 * A polygon (all its rings) or a piece of a line, in normalised Web-Mercator coordinates
 * (x, y interleaved; the world is the unit square), with simplified copies for low zooms where
 * the full detail would be many points per pixel.
 */
record MapShape(List<double[]> parts, List<double[]> belowZoom8, List<double[]> belowZoom6, Envelope bounds,
                boolean closed) {

    /** Simplification tolerance in screen pixels at the most detailed zoom each copy serves. */
    private static final double TOLERANCE_PX = 0.3;

    static MapShape of(List<double[]> parts, boolean closed) {
        Envelope e = new Envelope();
        for (double[] xy : parts) {
            for (int k = 0; k < xy.length; k += 2) {
                e.expandToInclude(xy[k], xy[k + 1]);
            }
        }
        return new MapShape(List.copyOf(parts), simplified(parts, 8, closed), simplified(parts, 6, closed), e, closed);
    }

    /** The points to draw at {@code zoom}. */
    List<double[]> partsAt(double zoom) {
        return zoom < 6 ? belowZoom6 : zoom < 8 ? belowZoom8 : parts;
    }

    private static List<double[]> simplified(List<double[]> parts, int zoom, boolean closed) {
        double tolerance = TOLERANCE_PX / (256 * Math.pow(2, zoom));
        List<double[]> out = new ArrayList<>(parts.size());
        for (double[] xy : parts) {
            double[] s = DouglasPeucker.simplify(xy, tolerance);
            // A ring needs at least a triangle; a sub-pixel ring is then just a dot, which is right.
            out.add(closed && s.length < 6 ? xy : s);
        }
        return List.copyOf(out);
    }

    /** Douglas-Peucker on interleaved x, y arrays; the end points are always kept. */
    static final class DouglasPeucker {
        private DouglasPeucker() {
        }

        static double[] simplify(double[] xy, double tolerance) {
            int n = xy.length / 2;
            if (n <= 2) {
                return xy;
            }
            boolean[] keep = new boolean[n];
            keep[0] = true;
            keep[n - 1] = true;
            int[] stack = new int[2 * n];
            int top = 0;
            stack[top++] = 0;
            stack[top++] = n - 1;
            double tol2 = tolerance * tolerance;
            while (top > 0) {
                int b = stack[--top], a = stack[--top];
                double ax = xy[2 * a], ay = xy[2 * a + 1], bx = xy[2 * b], by = xy[2 * b + 1];
                double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
                int worst = -1;
                double worstD = tol2;
                for (int i = a + 1; i < b; i++) {
                    double px = xy[2 * i] - ax, py = xy[2 * i + 1] - ay;
                    double d2;
                    if (len2 == 0) {
                        d2 = px * px + py * py;
                    } else {
                        double t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
                        double qx = px - t * dx, qy = py - t * dy;
                        d2 = qx * qx + qy * qy;
                    }
                    if (d2 > worstD) {
                        worstD = d2;
                        worst = i;
                    }
                }
                if (worst >= 0) {
                    keep[worst] = true;
                    stack[top++] = a;
                    stack[top++] = worst;
                    stack[top++] = worst;
                    stack[top++] = b;
                }
            }
            int count = 0;
            for (boolean k : keep) {
                count += k ? 1 : 0;
            }
            double[] out = new double[2 * count];
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (keep[i]) {
                    out[j++] = xy[2 * i];
                    out[j++] = xy[2 * i + 1];
                }
            }
            return out;
        }
    }
}
