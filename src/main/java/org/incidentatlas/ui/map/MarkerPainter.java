package org.incidentatlas.ui.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.markers.MarkerGeometry;
import org.incidentatlas.markers.MarkerIcons;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.rendering.SvgPath;
import org.incidentatlas.ui.IconLibrary;

/**
 * Draws a marker (a place's or a cluster's) on the incident layer's canvas, laid out by
 * {@link MarkerGeometry} as {@code render} draws it: today's soft shadow and ring, a group's dashed
 * ring, the selection ring, the disc with its icon, the other kinds' small discs and the count badge.
 * A frame's drawing is a few calls per marker and no scene-graph node, so a day with thousands of
 * markers costs the JavaFX thread no layout, CSS or bounds work.
 */
final class MarkerPainter {

    private static final Color BADGE = Color.web("#212529");
    private static final Color GROUP_RING = Color.web("#495057");
    private static final Color SELECTION = Color.web("#ffd43b");
    private static final Font BADGE_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, MarkerGeometry.BADGE_FONT_SIZE);
    /** How far today's soft shadow spreads beyond the marker's outline, and how dark it is under the outline. */
    private static final double SHADOW_SPREAD = 5;
    private static final Color SHADOW = Color.rgb(0, 0, 0, 0.4);
    /**
     * The icons' pixel size when drawn once into images: large enough that scaling down to any
     * marker stays sharp. Drawing the vector paths anew for every marker of every frame would parse
     * and fill hundreds of paths per frame.
     */
    private static final double ICON_PIXELS = 64;
    private static final double[] GROUP_DASHES = MarkerGeometry.GROUP_RING_DASHES.stream().mapToDouble(Double::doubleValue).toArray();

    private final Map<IncidentKind, Image> icons = new HashMap<>();
    private final Map<IncidentKind, Color> colours = new HashMap<>();
    private final Map<IncidentKind, Color> todayRings = new HashMap<>();
    /** Today's shadow by the radius of the outline it surrounds (to the half pixel): a paint is converted for the renderer once. */
    private final Map<Double, RadialGradient> shadows = new HashMap<>();

    MarkerPainter(IconLibrary library) {
        for (IncidentKind kind : IncidentKind.all()) {
            icons.put(kind, rasterize(library.icon(kind)));
        }
    }

    /**
     * A white icon on a transparent square of {@link #ICON_PIXELS}, drawn with Java2D as {@code render}
     * draws it: no snapshot, which would make the JavaFX thread wait for the renderer.
     */
    private static Image rasterize(MarkerIcons.Icon icon) {
        int size = (int) ICON_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.scale(size / MarkerIcons.VIEW_BOX, size / MarkerIcons.VIEW_BOX);
            g.fill(SvgPath.parse(icon.pathData(), icon.evenOdd()));
        } finally {
            g.dispose();
        }
        WritableImage drawn = new WritableImage(size, size);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        drawn.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbPreInstance(), pixels, 0, size);
        return drawn;
    }

    /** How far from its centre a marker of radius {@code r} draws, shadow and badge included (a bound, not exact). */
    static double reach(double r) {
        return MarkerGeometry.selectionRingRadius(r, false, true) + MarkerGeometry.SELECTION_RING_WIDTH + SHADOW_SPREAD
                + 2 * MarkerGeometry.BADGE_MIN_RADIUS;
    }

    /** Draws one cluster at its screen position. */
    void paint(GraphicsContext g, Cluster cluster, boolean selected) {
        double r = cluster.leader().radius();
        double x = cluster.x();
        double y = cluster.y();
        boolean current = cluster.current();
        boolean single = cluster.isSingle();
        List<IncidentKind> kinds = cluster.kinds();
        // Older days fade so that the current day stands out.
        g.setGlobalAlpha(current ? 1 : 0.5);
        if (current) {
            shadow(g, x, y, r, single, selected);
        }
        if (selected) {
            g.setStroke(SELECTION);
            g.setLineWidth(MarkerGeometry.SELECTION_RING_WIDTH);
            strokeCircle(g, x, y, MarkerGeometry.selectionRingRadius(r, single, current));
        }
        if (current) {
            g.setStroke(todayRings.computeIfAbsent(kinds.get(0), k -> colour(k).deriveColor(0, 1, 1, 0.45)));
            g.setLineWidth(MarkerGeometry.TODAY_RING_WIDTH);
            strokeCircle(g, x, y, MarkerGeometry.todayRingRadius(r));
        }
        if (!single) {
            g.setStroke(GROUP_RING);
            g.setLineWidth(MarkerGeometry.GROUP_RING_WIDTH);
            g.setLineDashes(GROUP_DASHES);
            strokeCircle(g, x, y, MarkerGeometry.groupRingRadius(r, current));
            g.setLineDashes((double[]) null);
        }
        for (MarkerGeometry.KindDisc<IncidentKind> d : MarkerGeometry.discs(r, kinds)) {
            disc(g, d.kind(), x + d.dx(), y + d.dy(), d.radius(), d.iconSize());
        }
        int count = cluster.incidentCount();
        if (count > 1) {
            double bx = x + MarkerGeometry.badgeDx(r);
            double by = y + MarkerGeometry.badgeDy(r);
            double br = MarkerGeometry.badgeRadius(count);
            g.setFill(BADGE);
            fillCircle(g, bx, by, br);
            g.setStroke(Color.WHITE);
            g.setLineWidth(MarkerGeometry.BADGE_STROKE);
            strokeCircle(g, bx, by, br);
            g.setFill(Color.WHITE);
            g.setFont(BADGE_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Integer.toString(count), bx, by);
        }
        g.setGlobalAlpha(1);
    }

    /** Today's soft shadow around the marker's outline, fading out over {@link #SHADOW_SPREAD} pixels. */
    private void shadow(GraphicsContext g, double x, double y, double r, boolean single, boolean selected) {
        double edge = MarkerGeometry.todayRingRadius(r) + MarkerGeometry.TODAY_RING_WIDTH / 2;
        if (!single) {
            edge = Math.max(edge, MarkerGeometry.groupRingRadius(r, true) + MarkerGeometry.GROUP_RING_WIDTH / 2);
        }
        if (selected) {
            edge = Math.max(edge, MarkerGeometry.selectionRingRadius(r, single, true) + MarkerGeometry.SELECTION_RING_WIDTH / 2);
        }
        // To the half pixel, so that the paints stay few (radii follow the numbers hurt, to any fraction).
        edge = Math.round(edge * 2) / 2.0;
        double outer = edge + SHADOW_SPREAD;
        g.setFill(shadows.computeIfAbsent(edge, e -> {
            // Proportional to the circle it fills, so that one paint serves every marker of the size.
            double o = e + SHADOW_SPREAD;
            return new RadialGradient(0, 0, 0.5, 0.5, 0.5, true, CycleMethod.NO_CYCLE,
                    new Stop((e - 2) / o, SHADOW),
                    new Stop(e / o, SHADOW.deriveColor(0, 1, 1, 0.5)),
                    new Stop(1, Color.TRANSPARENT));
        }));
        fillCircle(g, x, y, outer);
    }

    /** One kind's disc with its white outline and icon. */
    private void disc(GraphicsContext g, IncidentKind kind, double x, double y, double r, double iconSize) {
        g.setFill(colour(kind));
        fillCircle(g, x, y, r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(MarkerGeometry.DISC_STROKE);
        strokeCircle(g, x, y, r);
        Image icon = icons.get(kind);
        if (icon != null) {
            g.drawImage(icon, x - iconSize / 2, y - iconSize / 2, iconSize, iconSize);
        }
    }

    private Color colour(IncidentKind kind) {
        return colours.computeIfAbsent(kind, IconLibrary::color);
    }

    private static void fillCircle(GraphicsContext g, double x, double y, double r) {
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static void strokeCircle(GraphicsContext g, double x, double y, double r) {
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }
}
