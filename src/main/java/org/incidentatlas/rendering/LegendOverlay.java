package org.incidentatlas.rendering;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.Map;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.MarkerIcons;
import org.incidentatlas.model.IncidentKind;

/** What the marker colours mean, top right: a shared picture or replay has no legend panel beside it. */
public final class LegendOverlay implements MapOverlay {

    private final Map<IncidentKind, Shape> icons;
    private final MapTheme theme;

    /** @param icons a shape for every kind of the catalogue: each is a row of the legend */
    public LegendOverlay(Map<IncidentKind, Shape> icons, MapTheme theme) {
        this.icons = Map.copyOf(icons);
        this.theme = theme;
    }

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final int ROW = 18, PAD = 7, R = 6;

    /** Where the legend lies, so that no place name goes under it. */
    public PlacedLabel.Box box(Viewport v) {
        return MapPanels.measured(g -> box(v, g.getFontMetrics(FONT)));
    }

    private static PlacedLabel.Box box(Viewport v, FontMetrics fm) {
        int textWidth = 0;
        for (IncidentKind kind : IncidentKind.all()) {
            textWidth = Math.max(textWidth, fm.stringWidth(kind.label()));
        }
        int w = PAD * 2 + 2 * R + 6 + textWidth;
        int h = PAD * 2 + ROW * IncidentKind.all().size() - 4;
        return new PlacedLabel.Box(v.width() - w - 10, 10, w, h);
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FONT);
        FontMetrics fm = g.getFontMetrics();
        int row = ROW, pad = PAD, r = R;
        PlacedLabel.Box box = box(v, fm);
        int w = (int) box.width(), h = (int) box.height();
        int x = (int) box.x(), y = (int) box.y();
        g.setColor(theme.panel());
        g.fillRoundRect(x, y, w, h, 8, 8);
        int cy = y + pad + r;
        for (IncidentKind kind : IncidentKind.all()) {
            double cx = x + pad + r;
            g.setColor(Color.decode(kind.color()));
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
            at.scale(r * 1.3 / MarkerIcons.VIEW_BOX, r * 1.3 / MarkerIcons.VIEW_BOX);
            at.translate(-MarkerIcons.VIEW_BOX / 2, -MarkerIcons.VIEW_BOX / 2);
            g.fill(at.createTransformedShape(icons.get(kind)));
            g.setColor(theme.ink());
            g.drawString(kind.label(), x + pad + 2 * r + 6, cy + fm.getAscent() / 2 - 1);
            cy += row;
        }
    }
}
