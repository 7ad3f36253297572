package org.incidentatlas.rendering;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Measures labels with the Java2D fonts used by {@link PlaceLabelOverlay}. */
public final class Java2dTextMeasurer implements TextMeasurer {

    /** Anti-aliased, fractional metrics, no transform: what the names are measured with, and outlined with when drawn unscaled. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** A label style's font, looked up once: a picture measures and draws hundreds of names in six styles. */
    private static final Map<LabelStyle, Font> FONTS = new ConcurrentHashMap<>();

    @Override
    public TextSize measure(String text, LabelStyle style) {
        Font font = font(style);
        Rectangle2D bounds = font.getStringBounds(text, FRC);
        LineMetrics lm = font.getLineMetrics(text, FRC);
        return new TextSize(bounds.getWidth(), lm.getAscent(), lm.getDescent());
    }

    static Font font(LabelStyle style) {
        return FONTS.computeIfAbsent(style, s -> new Font(Font.SANS_SERIF,
                (s.bold() ? Font.BOLD : Font.PLAIN) | (s.italic() ? Font.ITALIC : Font.PLAIN), 1).deriveFont((float) s.fontSize()));
    }

    /**
     * Starts, on a thread of its own, what a picture's first names cost in a fresh JVM besides the names
     * themselves: the font system (fontconfig, the sans-serif fonts and their scaler), glyph outlines and
     * the anti-aliased fill and stroke they are drawn with. {@code render} calls it first, so this happens
     * on the second core while the incidents and the gazetteer are read; the picture is the same either way.
     */
    public static void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            try {
                BufferedImage image = new BufferedImage(32, 16, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                try {
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    for (LabelStyle style : List.of(LabelStyle.CITY, LabelStyle.TOWN, LabelStyle.REGION)) {
                        new Java2dTextMeasurer().measure("Osh", style);
                        Shape outline = new TextLayout("Osh", font(style), g.getFontRenderContext()).getOutline(null);
                        g.draw(outline);
                        g.fill(outline);
                    }
                    g.drawString("Osh", 0, 12);
                } finally {
                    g.dispose();
                }
            } catch (RuntimeException | Error e) {
                // Nothing is lost: the picture's own drawing meets the same problem and reports it.
            }
        }, "font warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
