package org.incidentatlas.rendering;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.model.Episode;
import org.incidentatlas.timeline.EpisodeComparison;

/**
 * Two episodes on the same day since their start, side by side in one picture: each panel is the
 * {@link DayMap} picture of its episode's day in the same view, under a caption naming the
 * episode and the day. The one code path behind the compare view's PNG and animation export.
 */
public final class SideBySideMap {

    /** Height of the caption strip above the panels; even, so an MP4 keeps an even height. */
    public static final int CAPTION_HEIGHT = 30;
    private static final Font CAPTION = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final DayMap map;
    private final EpisodeComparison pair;
    private final MapTheme theme;

    public SideBySideMap(DayMap map, EpisodeComparison pair, MapTheme theme) {
        this.map = map;
        this.pair = pair;
        this.theme = theme;
    }

    public EpisodeComparison pair() {
        return pair;
    }

    /** The picture's size for panels of {@code panel}'s size: two panels wide, plus the captions. */
    public static int width(Viewport panel) {
        return 2 * panel.width();
    }

    public static int height(Viewport panel) {
        return panel.height() + CAPTION_HEIGHT;
    }

    /** Day {@code dayNumber} (1-based) of both episodes, each drawn in {@code panel} (same centre and zoom). */
    public BufferedImage draw(Viewport panel, int dayNumber) {
        BufferedImage left = map.draw(panel, pair.leftDay(dayNumber)).image();
        BufferedImage right = map.draw(panel, pair.rightDay(dayNumber)).image();
        BufferedImage out = new BufferedImage(width(panel), height(panel), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(theme.basemap().outside().darker());
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(left, 0, CAPTION_HEIGHT, null);
            g.drawImage(right, panel.width(), CAPTION_HEIGHT, null);
            caption(g, pair.left(), dayNumber, 0, panel.width());
            caption(g, pair.right(), dayNumber, panel.width(), panel.width());
            // A divider, so the two maps never read as one.
            g.setColor(theme.ink());
            g.fillRect(panel.width() - 1, 0, 2, out.getHeight());
        } finally {
            g.dispose();
        }
        return out;
    }

    /** "March 2005 · day 3 of 12", and "(over)" once the episode has ended. */
    public static String caption(Episode e, int dayNumber) {
        int length = EpisodeComparison.length(e);
        return e.label() + " \u00b7 day " + dayNumber + (dayNumber > length ? " (the episode ended on day " + length + ")"
                : " of " + length);
    }

    private void caption(Graphics2D g, Episode e, int dayNumber, int x, int width) {
        g.setColor(theme.panel().getAlpha() == 255 ? theme.panel() : new java.awt.Color(theme.panel().getRGB() & 0xFFFFFF));
        g.fillRect(x, 0, width, CAPTION_HEIGHT);
        String text = caption(e, dayNumber);
        g.setFont(CAPTION);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(theme.ink());
        int baseline = (CAPTION_HEIGHT - fm.getHeight()) / 2 + fm.getAscent();
        g.drawString(text, x + 10, baseline);
        g.setFont(NOTE);
        g.setColor(theme.faintInk());
        g.drawString(e.firstDay() + " to " + e.lastDay(), x + 20 + fm.stringWidth(text), baseline);
    }
}
