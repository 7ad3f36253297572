package org.incidentatlas.rendering;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.model.Place;

/**
 * Place names for pictures drawn by the {@code render} command: dots and haloed names placed by
 * {@link LabelPlacer}, the same placement the app's label layer uses.
 */
public final class PlaceLabelOverlay implements MapOverlay {

    private final List<Place> places;
    private final Function<Viewport, List<MarkerSpot>> markers;
    private final LabelPlacer placer = new LabelPlacer(new Java2dTextMeasurer(), "KG", BasemapData::countryNames);
    private final MapTheme theme;
    private final Function<Viewport, List<PlacedLabel.Box>> reserved;

    /** @param places the gazetteer's places; the caller decides which (the overlay filters by zoom) */
    public PlaceLabelOverlay(List<Place> places) {
        this(places, v -> List.of());
    }

    /**
     * @param markers where the picture's incident markers land in a viewport (e.g.
     *                {@link IncidentMarkerOverlay#spots}): their places are named beside them, and no
     *                other name goes under them
     */
    public PlaceLabelOverlay(List<Place> places, Function<Viewport, List<MarkerSpot>> markers) {
        this(places, markers, MapTheme.LIGHT);
    }

    public PlaceLabelOverlay(List<Place> places, Function<Viewport, List<MarkerSpot>> markers, MapTheme theme) {
        this(places, markers, theme, v -> List.of());
    }

    /** @param reserved boxes drawn over the map besides the scale bar and credits (caption, legend): no name goes under them */
    public PlaceLabelOverlay(List<Place> places, Function<Viewport, List<MarkerSpot>> markers, MapTheme theme,
                             Function<Viewport, List<PlacedLabel.Box>> reserved) {
        this.places = List.copyOf(places);
        this.markers = markers;
        this.theme = theme;
        this.reserved = reserved;
    }

    /** The names this overlay draws in a viewport, where it draws them. */
    public List<PlacedLabel> labels(Viewport v) {
        List<PlacedLabel.Box> furniture = new java.util.ArrayList<>(LabelPlacer.mapFurniture(v.width(), v.height()));
        furniture.addAll(reserved.apply(v));
        return placer.place(places, v, furniture, markers.apply(v));
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        preparedFor(v).paint(g, v);
    }

    /** The names placed for {@code v} and their outlines made now; painting only draws them. */
    @Override
    public MapOverlay preparedFor(Viewport v) {
        List<PlacedLabel> labels = labels(v);
        List<Shape> outlines = outlines(labels, Java2dTextMeasurer.FRC);
        return (g, viewport) -> paint(g, labels, outlines);
    }

    private void paint(Graphics2D g, List<PlacedLabel> labels, List<Shape> outlines) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        // Made beforehand for an unscaled picture; a scaled one outlines the glyphs at its own scale.
        FontRenderContext frc = g.getFontRenderContext();
        List<Shape> shapes = frc.equals(Java2dTextMeasurer.FRC) ? outlines : outlines(labels, frc);
        for (PlacedLabel l : labels) {
            double r = l.style().dotRadius();
            if (l.hasDot()) {
                Ellipse2D dot = new Ellipse2D.Double(l.dotX() - r, l.dotY() - r, 2 * r, 2 * r);
                g.setColor(theme.dotRing());
                g.setStroke(new BasicStroke(1.6f));
                g.draw(dot);
                g.setColor(theme.dotFill(l));
                g.fill(dot);
            }
        }
        for (int k = 0; k < labels.size(); k++) {
            g.setColor(theme.halo());
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shapes.get(k));
            g.setColor(theme.nameInk(labels.get(k)));
            g.fill(shapes.get(k));
        }
    }

    /** Each label's text as a glyph outline at its place. */
    private static List<Shape> outlines(List<PlacedLabel> labels, FontRenderContext frc) {
        List<Shape> outlines = new ArrayList<>(labels.size());
        for (PlacedLabel l : labels) {
            TextLayout layout = new TextLayout(l.text(), Java2dTextMeasurer.font(l.style()), frc);
            outlines.add(layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(l.textX(), l.baselineY())));
        }
        return outlines;
    }
}
