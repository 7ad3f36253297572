package org.incidentatlas.rendering;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

import org.incidentatlas.geo.Viewport;

/** The data credits, bottom right, as every map drawn from these sources must show them. */
public final class AttributionOverlay implements MapOverlay {

    private final MapTheme theme;

    public AttributionOverlay() {
        this(MapTheme.LIGHT);
    }

    public AttributionOverlay(MapTheme theme) {
        this.theme = theme;
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        FontMetrics fm = g.getFontMetrics();
        int w = fm.stringWidth(Attribution.TEXT) + 10;
        int h = fm.getHeight() + 2;
        g.setColor(theme.panel());
        g.fillRect(v.width() - w, v.height() - h, w, h);
        g.setColor(theme.ink());
        g.drawString(Attribution.TEXT, v.width() - w + 5, v.height() - fm.getDescent() - 1);
    }
}
