package org.incidentatlas.rendering;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;

/** Measures labels with the Java2D fonts used by {@link PlaceLabelOverlay}. */
public final class Java2dTextMeasurer implements TextMeasurer {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Override
    public TextSize measure(String text, LabelStyle style) {
        Font font = font(style);
        Rectangle2D bounds = font.getStringBounds(text, FRC);
        LineMetrics lm = font.getLineMetrics(text, FRC);
        return new TextSize(bounds.getWidth(), lm.getAscent(), lm.getDescent());
    }

    static Font font(LabelStyle style) {
        int s = (style.bold() ? Font.BOLD : Font.PLAIN) | (style.italic() ? Font.ITALIC : Font.PLAIN);
        return new Font(Font.SANS_SERIF, s, 1).deriveFont((float) style.fontSize());
    }
}
