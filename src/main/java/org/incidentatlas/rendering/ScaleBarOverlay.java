package org.incidentatlas.rendering;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;

import org.incidentatlas.geo.Viewport;

/** The scale bar, bottom left, for the picture's centre latitude. */
public final class ScaleBarOverlay implements MapOverlay {

    private static final int MAX_PIXELS = 120;

    private final MapTheme theme;

    public ScaleBarOverlay() {
        this(MapTheme.LIGHT);
    }

    public ScaleBarOverlay(MapTheme theme) {
        this.theme = theme;
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        ScaleBar bar = ScaleBar.fitting(v.centreLat(), v.zoom(), MAX_PIXELS);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double x = 12, y = v.height() - 14;
        g.setColor(theme.panel());
        g.fillRoundRect((int) x - 6, (int) y - 20, (int) bar.pixels() + 12, 28, 6, 6);
        g.setColor(theme.ink());
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(x, y, x + bar.pixels(), y));
        g.draw(new Line2D.Double(x, y - 5, x, y + 1));
        g.draw(new Line2D.Double(x + bar.pixels(), y - 5, x + bar.pixels(), y + 1));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(bar.label(), (float) x, (float) y - 7);
    }
}
