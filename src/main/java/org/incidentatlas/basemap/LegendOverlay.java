package org.incidentatlas.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.Locale;
import java.util.Map;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.timeline.MarkerIcon;

/** What the marker colours mean, top right: a shared picture or replay has no legend panel beside it. */
public final class LegendOverlay implements MapOverlay {

    private final Map<MarkerIcon, Shape> icons;
    private final MapTheme theme;

    public LegendOverlay(Map<MarkerIcon, Shape> icons, MapTheme theme) {
        this.icons = Map.copyOf(icons);
        this.theme = theme;
    }

    /** "Seizure retaken" from SEIZURE_RETAKEN: the names the app's legend shows. */
    static String name(MarkerIcon icon) {
        String words = icon.code().replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final int ROW = 18, PAD = 7, R = 6;

    /** Where the legend lies, so that no place name goes under it. */
    public PlacedLabel.Box box(Viewport v) {
        return MapPanels.measured(g -> box(v, g.getFontMetrics(FONT)));
    }

    private static PlacedLabel.Box box(Viewport v, FontMetrics fm) {
        int textWidth = 0;
        for (MarkerIcon icon : MarkerIcon.values()) {
            textWidth = Math.max(textWidth, fm.stringWidth(name(icon)));
        }
        int w = PAD * 2 + 2 * R + 6 + textWidth;
        int h = PAD * 2 + ROW * MarkerIcon.values().length - 4;
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
        for (MarkerIcon icon : MarkerIcon.values()) {
            double cx = x + pad + r;
            g.setColor(Color.decode(icon.color()));
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            Shape shape = icons.get(icon);
            if (shape != null) {
                AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
                at.scale(r * 1.3 / 24, r * 1.3 / 24);
                at.translate(-12, -12);
                g.fill(at.createTransformedShape(shape));
            }
            g.setColor(theme.ink());
            g.drawString(name(icon), x + pad + 2 * r + 6, cy + fm.getAscent() / 2 - 1);
            cy += row;
        }
    }
}
