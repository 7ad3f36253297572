package org.incidentatlas.markers;

import java.util.ArrayList;
import java.util.List;

/**
 * The one drawing of a marker, in pixels around its centre: the disc and its icon, today's ring,
 * a group's dashed ring, the selection ring, the count badge and the small discs of the other kinds
 * at the place. The app's marker canvas, the pictures {@code render} draws and the label placer's
 * keep-out boxes all read these numbers, so they cannot drift apart.
 */
public final class MarkerGeometry {

    /** The white outline around the disc (and the fanned kinds' discs). */
    public static final double DISC_STROKE = 1.5;
    /** The icon's size as a share of the disc's radius. */
    public static final double ICON_SCALE = 1.25;
    /** Today's ring: this far outside the disc, this wide. */
    public static final double TODAY_RING_GAP = 3.5;
    public static final double TODAY_RING_WIDTH = 3;
    /** A group's dashed ring: width and dash pattern. */
    public static final double GROUP_RING_WIDTH = 1.5;
    public static final List<Double> GROUP_RING_DASHES = List.of(4.0, 3.0);
    public static final double SELECTION_RING_WIDTH = 3.5;
    /** The count badge's centre: this share of the radius right of and above the centre. */
    public static final double BADGE_OFFSET = 0.75;
    public static final double BADGE_MIN_RADIUS = 8.5;
    public static final double BADGE_STROKE = 1.2;
    /** The badge's digits: bold, this size. */
    public static final double BADGE_FONT_SIZE = 10;
    /** What one bold digit of the badge is wide, for keep-out boxes measured without a font. */
    private static final double BADGE_DIGIT_WIDTH = 6.6;
    /** The other kinds' discs: a share of the radius, never smaller than this. */
    private static final double FAN_SHARE = 0.55;
    private static final double FAN_MIN_RADIUS = 6.5;
    /**
     * Where the other kinds sit on the disc's rim, in degrees clockwise from the right (screen y
     * points down): lower left first, away from the badge on the upper right.
     */
    private static final double[] FAN_ANGLES = {135, 180, 90, 225, 45};

    private MarkerGeometry() {
    }

    /** The radius of the ring that marks a marker of the current day. */
    public static double todayRingRadius(double r) {
        return r + TODAY_RING_GAP;
    }

    /** The radius of the dashed ring around a group of places. */
    public static double groupRingRadius(double r, boolean current) {
        return r + (current ? 7.5 : 4);
    }

    /** The radius of the selection ring: outside every other ring. */
    public static double selectionRingRadius(double r, boolean single, boolean current) {
        return r + (single ? (current ? 7.5 : 4) : 11);
    }

    /** The icon's size in pixels on a disc of radius {@code r}. */
    public static double iconSize(double r) {
        return r * ICON_SCALE;
    }

    /** The badge's radius for a count whose digits are {@code textWidth} pixels wide. */
    public static double badgeRadius(double textWidth) {
        return Math.max(BADGE_MIN_RADIUS, textWidth / 2 + 4);
    }

    /** The badge's radius for a count, estimated from its digits (no font at hand). */
    public static double badgeRadius(int count) {
        return badgeRadius(Integer.toString(count).length() * BADGE_DIGIT_WIDTH);
    }

    /** The badge centre's offset from the marker's centre: right (x) and up (negative y). */
    public static double badgeDx(double r) {
        return r * BADGE_OFFSET;
    }

    public static double badgeDy(double r) {
        return -r * BADGE_OFFSET;
    }

    /** One of the other kinds at the place: its small disc's centre offset and radius. */
    public record Fan(double dx, double dy, double radius) {

        public double iconSize() {
            return radius * ICON_SCALE;
        }
    }

    /**
     * The small discs of a marker's kinds after the first (the first fills the disc), in order;
     * one per kind up to the fan's five places.
     */
    public static List<Fan> fans(double r, int kinds) {
        int n = Math.max(0, Math.min(kinds - 1, FAN_ANGLES.length));
        Fan[] fans = new Fan[n];
        double radius = Math.max(FAN_MIN_RADIUS, r * FAN_SHARE);
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(FAN_ANGLES[i]);
            fans[i] = new Fan(r * Math.cos(a), r * Math.sin(a), radius);
        }
        return List.of(fans);
    }

    /** One disc a marker draws for one of its kinds: where its centre sits from the marker's, and its radius. */
    public record KindDisc<K>(K kind, double dx, double dy, double radius) {

        public double iconSize() {
            return MarkerGeometry.iconSize(radius);
        }
    }

    /**
     * The discs a marker of radius {@code r} draws for its kinds, in drawing order: the first kind
     * fills the marker's own disc, the next ones sit on its {@link #fans fan}.
     */
    public static <K> List<KindDisc<K>> discs(double r, List<K> kinds) {
        List<Fan> fans = fans(r, kinds.size());
        List<KindDisc<K>> discs = new ArrayList<>(fans.size() + 1);
        discs.add(new KindDisc<>(kinds.get(0), 0, 0, r));
        for (int i = 0; i < fans.size(); i++) {
            Fan f = fans.get(i);
            discs.add(new KindDisc<>(kinds.get(i + 1), f.dx(), f.dy(), f.radius()));
        }
        return discs;
    }

    /**
     * Whether a point, {@code dx} right of and {@code dy} below a marker's centre, is on the marker
     * as a pointer would touch it: on its disc or one of the other kinds' discs (rings and badge are
     * decoration). The app's clicks and hover use this; there are no nodes per marker to pick.
     */
    public static boolean touches(double r, int kinds, double dx, double dy) {
        if (inCircle(dx, dy, r + DISC_STROKE / 2)) {
            return true;
        }
        for (Fan f : fans(r, kinds)) {
            if (inCircle(dx - f.dx(), dy - f.dy(), f.radius() + DISC_STROKE / 2)) {
                return true;
            }
        }
        return false;
    }

    /** How far from its centre any point {@link #touches} a marker of radius {@code r}. */
    public static double reach(double r) {
        return r + Math.max(FAN_MIN_RADIUS, r * FAN_SHARE) + DISC_STROKE / 2;
    }

    private static boolean inCircle(double dx, double dy, double radius) {
        return dx * dx + dy * dy <= radius * radius;
    }

    /**
     * The screen area a marker covers around its centre, as {@code [left, top, right, bottom]}
     * offsets: disc, rings, selection, badge and fanned kinds. Names are kept out of it.
     */
    public static double[] extent(double r, boolean current, boolean single, boolean selected, int count, int kinds) {
        double e = r + DISC_STROKE / 2;
        if (current) {
            e = Math.max(e, todayRingRadius(r) + TODAY_RING_WIDTH / 2);
        }
        if (!single) {
            e = Math.max(e, groupRingRadius(r, current) + GROUP_RING_WIDTH / 2);
        }
        if (selected) {
            e = Math.max(e, selectionRingRadius(r, single, current) + SELECTION_RING_WIDTH / 2);
        }
        double left = -e, top = -e, right = e, bottom = e;
        if (count > 1) {
            double b = badgeRadius(count) + BADGE_STROKE / 2;
            right = Math.max(right, badgeDx(r) + b);
            top = Math.min(top, badgeDy(r) - b);
        }
        for (Fan f : fans(r, kinds)) {
            double fr = f.radius() + DISC_STROKE / 2;
            left = Math.min(left, f.dx() - fr);
            right = Math.max(right, f.dx() + fr);
            top = Math.min(top, f.dy() - fr);
            bottom = Math.max(bottom, f.dy() + fr);
        }
        return new double[] {left, top, right, bottom};
    }
}
