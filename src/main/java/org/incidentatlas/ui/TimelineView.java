package org.incidentatlas.ui;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.incidentatlas.model.Episode;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.timeline.Timeline;

/**
 * The date slider: one track over all episodes, a visible break between them, a tick per day with
 * its weekday and date, and a histogram of incidents per day above. The drawing is redone only
 * when the data, filter, size or theme change; moving the date only moves the thumb.
 */
public final class TimelineView extends Region {

    static final double PAD = 36;
    static final double GAP = 110;
    static final double HISTOGRAM_HEIGHT = 44;
    static final double TRACK_Y = HISTOGRAM_HEIGHT + 10;
    static final double HEIGHT = TRACK_Y + 46;

    private static final List<IncidentType> STACK_ORDER = IncidentType.byHistogramOrder();

    private final MainViewModel model;
    private final Canvas canvas = new Canvas();
    private final Rectangle dayBand = new Rectangle();
    private final Group thumb = new Group();
    private boolean dark;
    private boolean dragging;

    public TimelineView(MainViewModel model) {
        this.model = model;
        setId("timeline");
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);

        dayBand.setId("timelineDay");
        dayBand.getStyleClass().add("timeline-day");
        dayBand.setMouseTransparent(true);
        Rectangle line = new Rectangle(-1, 0, 2, TRACK_Y + 3);
        line.getStyleClass().add("timeline-thumb-line");
        Circle knob = new Circle(0, TRACK_Y + 3, 8);
        knob.getStyleClass().add("timeline-thumb-knob");
        thumb.getChildren().addAll(line, knob);
        thumb.setId("timelineThumb");
        thumb.setMouseTransparent(true);
        getChildren().addAll(dayBand, canvas, thumb);

        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        model.timelineProperty().addListener(o -> redraw());
        model.histogramProperty().addListener(o -> redraw());
        model.dateProperty().addListener(o -> placeThumb());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::drag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            dragging = false;
            placeThumb();
        });
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        redraw();
    }

    private void drag(MouseEvent e) {
        requestFocus();
        Timeline t = model.timeline();
        if (t == null) {
            return;
        }
        dragging = e.getEventType() == MouseEvent.MOUSE_DRAGGED;
        // Live: the date (and with it the map) follows the pointer while the thumb is dragged;
        // across the break the nearest day is the next (or previous) episode's end.
        model.goTo(dayAt(e.getX()));
        if (dragging) {
            double x = Math.max(xOf(t.firstDay()), Math.min(xOf(t.lastDay()), e.getX()));
            thumb.setLayoutX(x);
        }
        e.consume();
    }

    // ---- geometry (public for tests and screenshots)

    private double slotWidth() {
        Timeline t = model.timeline();
        if (t == null || t.isEmpty()) {
            return 0;
        }
        double usable = getWidth() - 2 * PAD - GAP * (t.episodes().size() - 1);
        // Every day fits the track, however many years the data spans (a fixed minimum pushed later days off-screen).
        return Math.max(1e-3, usable / t.days().size());
    }

    /** The x of a day's tick, in this view's coordinates. */
    public double xOf(LocalDate day) {
        Timeline t = model.timeline();
        int index = t.indexOf(day);
        int episode = t.episodeIndexOf(day);
        return PAD + episode * GAP + (index + 0.5) * slotWidth();
    }

    /** The day whose tick is nearest to x. */
    public LocalDate dayAt(double x) {
        Timeline t = model.timeline();
        LocalDate best = t.firstDay();
        double bestDistance = Double.MAX_VALUE;
        for (LocalDate day : t.days()) {
            double d = Math.abs(xOf(day) - x);
            if (d < bestDistance) {
                best = day;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Where the track of a day is, for a test's robot to press on. */
    public double trackY() {
        return TRACK_Y;
    }

    private void placeThumb() {
        Timeline t = model.timeline();
        LocalDate day = model.date();
        if (t == null || day == null || getWidth() <= 0) {
            thumb.setVisible(false);
            dayBand.setVisible(false);
            return;
        }
        double w = slotWidth();
        double x = xOf(day);
        if (!dragging) {
            thumb.setLayoutX(x);
        }
        thumb.setVisible(true);
        dayBand.setVisible(true);
        dayBand.setX(x - w / 2);
        dayBand.setY(0);
        dayBand.setWidth(w);
        dayBand.setHeight(HEIGHT);
    }

    @Override
    protected void layoutChildren() {
        // Children are placed by redraw() and placeThumb().
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        Timeline t = model.timeline();
        if (t == null || t.isEmpty() || w <= 0) {
            placeThumb();
            return;
        }
        Color ink = dark ? Color.web("#c9d1d9") : Color.web("#24292f");
        Color faint = dark ? Color.web("#6e7681") : Color.web("#8c959f");
        Color track = dark ? Color.web("#30363d") : Color.web("#d0d7de");
        double slot = slotWidth();

        drawHistogram(g, t, slot);

        List<Episode> episodes = t.episodes();
        for (int e = 0; e < episodes.size(); e++) {
            Episode episode = episodes.get(e);
            double x0 = xOf(episode.firstDay()) - slot / 2 + 2;
            double x1 = xOf(episode.lastDay()) + slot / 2 - 2;
            g.setFill(track);
            g.fillRoundRect(x0, TRACK_Y, x1 - x0, 6, 6, 6);
            if (e + 1 < episodes.size()) {
                drawBreak(g, faint, x1 + 2, xOf(episodes.get(e + 1).firstDay()) - slot / 2, episode, episodes.get(e + 1));
            }
        }

        // One tick per day; labels thin out when days get narrow.
        int every = slot >= 60 ? 1 : (int) Math.ceil(60 / slot);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);
        Font normal = Font.font(Font.getDefault().getFamily(), 11);
        for (int i = 0; i < t.days().size(); i++) {
            LocalDate day = t.days().get(i);
            double x = xOf(day);
            boolean first = t.episodeOf(day).map(ep -> ep.firstDay().equals(day)).orElse(false);
            // Ticks closer than 3 px would merge into a bar: then only labelled days get one.
            if (slot >= 3 || i % every == 0 || first) {
                g.setStroke(faint);
                g.setLineWidth(1);
                g.strokeLine(x + 0.5, TRACK_Y + 7, x + 0.5, TRACK_Y + 12);
            }
            if (i % every == 0 || first) {
                g.setFill(ink);
                g.setFont(bold);
                g.fillText(DayFormat.WEEKDAY.format(day), x, TRACK_Y + 14);
                g.setFont(normal);
                g.fillText(DayFormat.DAY_MONTH.format(day) + (slot >= 70 || first ? " " + day.getYear() : ""),
                        x, TRACK_Y + 28);
            }
        }
        placeThumb();
    }

    private void drawHistogram(GraphicsContext g, Timeline t, double slot) {
        List<Timeline.DayCount> counts = model.histogramProperty().get();
        int max = counts.stream().mapToInt(Timeline.DayCount::total).max().orElse(0);
        if (max == 0) {
            return;
        }
        double barWidth = Math.max(3, Math.min(26, slot * 0.5));
        double unit = (HISTOGRAM_HEIGHT - 6) / max;
        for (Timeline.DayCount count : counts) {
            double x = xOf(count.day()) - barWidth / 2;
            double y = HISTOGRAM_HEIGHT;
            for (IncidentType type : STACK_ORDER) {
                int n = count.count(type);
                if (n > 0) {
                    g.setFill(Color.web(type.color()));
                    g.fillRect(x, y - n * unit, barWidth, n * unit - 1);
                    y -= n * unit;
                }
            }
        }
    }

    private void drawBreak(GraphicsContext g, Color color, double from, double to, Episode before, Episode after) {
        g.setStroke(color);
        g.setLineWidth(1.5);
        g.setLineDashes(3, 4);
        g.strokeLine(from + 6, TRACK_Y + 3, to - 6, TRACK_Y + 3);
        g.setLineDashes();
        g.setFill(color);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFont(Font.font(Font.getDefault().getFamily(), 11));
        g.fillText("\u2026 " + gapText(before.lastDay(), after.firstDay()) + " \u2026", (from + to) / 2, TRACK_Y - 2);
    }

    static String gapText(LocalDate from, LocalDate to) {
        Period p = Period.between(from, to);
        if (p.getYears() >= 1) {
            int years = p.getYears() + (p.getMonths() >= 6 ? 1 : 0);
            return years + (years == 1 ? " year" : " years");
        }
        if (p.getMonths() >= 1) {
            return p.getMonths() + (p.getMonths() == 1 ? " month" : " months");
        }
        long days = to.toEpochDay() - from.toEpochDay();
        return days + " days";
    }
}
