package org.incidentatlas.rendering;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SVG path data ({@code d="..."}) into a Java2D path, so pictures drawn without JavaFX use
 * the very icons the app shows. Supports every path command (M L H V C S Q T A Z, absolute and relative).
 */
public final class SvgPath {

    private static final Pattern TOKEN = Pattern.compile(
            "[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private final String data;
    private final Matcher tokens;
    private String pending;

    private SvgPath(String data) {
        this.data = data;
        this.tokens = TOKEN.matcher(data);
    }

    /** @param evenOdd the SVG {@code fill-rule="evenodd"} */
    public static Path2D.Double parse(String data, boolean evenOdd) {
        Path2D.Double path = new Path2D.Double(evenOdd ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        new SvgPath(data).into(path);
        return path;
    }

    private String next() {
        if (pending != null) {
            String t = pending;
            pending = null;
            return t;
        }
        return tokens.find() ? tokens.group() : null;
    }

    private boolean nextIsNumber() {
        if (pending == null) {
            pending = tokens.find() ? tokens.group() : null;
        }
        return pending != null && !Character.isLetter(pending.charAt(0));
    }

    private double number() {
        String t = next();
        if (t == null || Character.isLetter(t.charAt(0))) {
            throw new IllegalArgumentException("SVG path: number expected, found " + t + " in \"" + data + "\"");
        }
        return Double.parseDouble(t);
    }

    private void into(Path2D.Double path) {
        double x = 0, y = 0, startX = 0, startY = 0, ctrlX = 0, ctrlY = 0;
        char previous = ' ';
        String token;
        while ((token = next()) != null) {
            char command = token.charAt(0);
            if (!Character.isLetter(command)) {
                throw new IllegalArgumentException("SVG path: command expected, found " + token + " in \"" + data + "\"");
            }
            boolean rel = Character.isLowerCase(command);
            char c = Character.toUpperCase(command);
            boolean first = true;
            do {
                double ox = rel ? x : 0, oy = rel ? y : 0;
                switch (c) {
                    case 'M' -> {
                        x = ox + number();
                        y = oy + number();
                        if (first) {
                            path.moveTo(x, y);
                            startX = x;
                            startY = y;
                        } else {
                            path.lineTo(x, y); // extra pairs after a moveto are linetos
                        }
                    }
                    case 'L' -> {
                        x = ox + number();
                        y = oy + number();
                        path.lineTo(x, y);
                    }
                    case 'H' -> {
                        x = ox + number();
                        path.lineTo(x, y);
                    }
                    case 'V' -> {
                        y = oy + number();
                        path.lineTo(x, y);
                    }
                    case 'C' -> {
                        double x1 = ox + number(), y1 = oy + number();
                        ctrlX = ox + number();
                        ctrlY = oy + number();
                        x = ox + number();
                        y = oy + number();
                        path.curveTo(x1, y1, ctrlX, ctrlY, x, y);
                    }
                    case 'S' -> {
                        boolean smooth = previous == 'C' || previous == 'S';
                        double x1 = smooth ? 2 * x - ctrlX : x, y1 = smooth ? 2 * y - ctrlY : y;
                        ctrlX = ox + number();
                        ctrlY = oy + number();
                        x = ox + number();
                        y = oy + number();
                        path.curveTo(x1, y1, ctrlX, ctrlY, x, y);
                    }
                    case 'Q' -> {
                        ctrlX = ox + number();
                        ctrlY = oy + number();
                        x = ox + number();
                        y = oy + number();
                        path.quadTo(ctrlX, ctrlY, x, y);
                    }
                    case 'T' -> {
                        boolean smooth = previous == 'Q' || previous == 'T';
                        ctrlX = smooth ? 2 * x - ctrlX : x;
                        ctrlY = smooth ? 2 * y - ctrlY : y;
                        x = ox + number();
                        y = oy + number();
                        path.quadTo(ctrlX, ctrlY, x, y);
                    }
                    case 'A' -> {
                        double rx = number(), ry = number(), rotation = number();
                        boolean large = number() != 0, sweep = number() != 0;
                        double x2 = ox + number(), y2 = oy + number();
                        arc(path, x, y, rx, ry, rotation, large, sweep, x2, y2);
                        x = x2;
                        y = y2;
                    }
                    case 'Z' -> {
                        path.closePath();
                        x = startX;
                        y = startY;
                    }
                    default -> throw new IllegalArgumentException("SVG path: unknown command " + command);
                }
                previous = c;
                first = false;
            } while (c != 'Z' && nextIsNumber());
        }
    }

    /** The SVG arc (endpoint form) as a Java2D arc, following the SVG 1.1 implementation notes (F.6.5). */
    private static void arc(Path2D.Double path, double x1, double y1, double rx, double ry, double rotationDeg,
                            boolean large, boolean sweep, double x2, double y2) {
        if (rx == 0 || ry == 0) {
            path.lineTo(x2, y2);
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        double phi = Math.toRadians(rotationDeg);
        double cos = Math.cos(phi), sin = Math.sin(phi);
        double dx = (x1 - x2) / 2, dy = (y1 - y2) / 2;
        double x1p = cos * dx + sin * dy, y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = (large == sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
        double cxp = coef * rx * y1p / ry, cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2, cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }
        // Arc2D angles run counter-clockwise in a y-up frame: negate ours (y-down).
        Arc2D.Double arc = new Arc2D.Double(-rx, -ry, 2 * rx, 2 * ry,
                -Math.toDegrees(theta1), -Math.toDegrees(delta), Arc2D.OPEN);
        AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
        at.rotate(phi);
        path.append(at.createTransformedShape(arc).getPathIterator(null), true);
        Point2D end = path.getCurrentPoint();
        if (end == null || end.distance(x2, y2) > 1e-6) {
            path.lineTo(x2, y2);
        }
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }
}
