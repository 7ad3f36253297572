package org.incidentatlas.rendering;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.incidentatlas.geo.Viewport;

/**
 * The day a picture shows and what happened on it, top left. A replay frame without it would
 * not say which day it is; a day without incidents says so instead of looking like a broken map.
 */
public final class DayCaptionOverlay implements MapOverlay {

    public static final String NO_INCIDENTS = "no incidents on this day";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private final LocalDate day;
    private final long onTheDay;
    private final long earlier;
    private final MapTheme theme;

    /**
     * @param onTheDay incidents of the day itself
     * @param earlier  incidents of earlier days of its episode, drawn faded
     */
    public DayCaptionOverlay(LocalDate day, long onTheDay, long earlier, MapTheme theme) {
        this.day = day;
        this.onTheDay = onTheDay;
        this.earlier = earlier;
        this.theme = theme;
    }

    /** "2 incidents on this day, 5 earlier (faded)" or {@link #NO_INCIDENTS}. */
    public String summary() {
        String today = onTheDay == 0 ? NO_INCIDENTS
                : onTheDay + (onTheDay == 1 ? " incident" : " incidents") + " on this day";
        return earlier == 0 ? today : today + ", " + earlier + " earlier (faded)";
    }

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LINE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int X = 10, Y = 10, PAD = 8;

    /** Where the caption lies, so that no place name goes under it. */
    public PlacedLabel.Box box() {
        return MapPanels.measured(g -> box(g.getFontMetrics(TITLE), g.getFontMetrics(LINE)));
    }

    private PlacedLabel.Box box(FontMetrics tm, FontMetrics lm) {
        int w = Math.max(tm.stringWidth(DAY.format(day)), lm.stringWidth(summary())) + 2 * PAD;
        int h = tm.getHeight() + lm.getHeight() + 2 * PAD - 2;
        return new PlacedLabel.Box(X, Y, w, h);
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font title = TITLE;
        Font line = LINE;
        String date = DAY.format(day);
        String summary = summary();
        FontMetrics tm = g.getFontMetrics(title);
        FontMetrics lm = g.getFontMetrics(line);
        int x = X, y = Y, pad = PAD;
        PlacedLabel.Box box = box(tm, lm);
        int w = (int) box.width();
        int h = (int) box.height();
        g.setColor(theme.panel());
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setColor(theme.ink());
        g.setFont(title);
        g.drawString(date, x + pad, y + pad + tm.getAscent() - 1);
        g.setColor(theme.faintInk());
        g.setFont(line);
        g.drawString(summary, x + pad, y + pad + tm.getHeight() + lm.getAscent() - 2);
    }
}
