package org.incidentatlas.ui;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
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
import org.incidentatlas.timeline.TimeWindow;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.timeline.TimelineScale;

/**
 * The date slider: one track over all episodes, a visible break between them, a tick per day with
 * its weekday and date, and above it a histogram of incidents per day with a count axis and, under
 * the pointer, a tooltip with that day's counts by type. Two handles mark the time window: dragging
 * them narrows the replay to a range; days outside it are shaded. The drawing is redone only when
 * the data, filter, size or theme change, on a worker; moving the date only moves the thumb.
 */
public final class TimelineView extends Region {

    static final double PAD = 36;
    static final double GAP = 110;
    static final double HISTOGRAM_HEIGHT = 48;
    static final double TRACK_Y = HISTOGRAM_HEIGHT + 10;
    static final double HEIGHT = TRACK_Y + 46;
    /** How close (px) a press must be to a window handle to drag it rather than the thumb. */
    /** Each type's bar colour, parsed once: the bars are drawn again with every batch of a file being read. */
    private static final Map<IncidentType, Color> BAR_COLOURS = new EnumMap<>(IncidentType.class);

    static {
        for (IncidentType type : IncidentType.values()) {
            BAR_COLOURS.put(type, Color.web(type.color()));
        }
    }

    private static final double HANDLE_REACH = 6;

    private static final List<IncidentType> STACK_ORDER = IncidentType.byHistogramOrder();

    private enum Drag { THUMB, WINDOW_FIRST, WINDOW_LAST }

    private final MainViewModel model;
    /** Where the histogram and labels are drawn, one drawing at a time ({@link #drawing}). */
    private final Executor worker;
    /** The histogram, track and day labels as last drawn; replaced whole by each drawing made on {@link #worker}. */
    private Canvas canvas = new Canvas();
    /** A drawing is being made on the worker; {@link #drawAgain} when what it shows changed meanwhile. */
    private boolean drawing;
    private boolean drawAgain;
    private final Rectangle dayBand = new Rectangle();
    private final Rectangle outsideBefore = new Rectangle();
    private final Rectangle outsideAfter = new Rectangle();
    private final Rectangle firstHandle = handle("timelineWindowStart");
    private final Rectangle lastHandle = handle("timelineWindowEnd");
    private final Group thumb = new Group();
    /**
     * The counts by type of the day under the pointer, styled as the theme's tooltips. A label in the
     * timeline rather than a tooltip window: a window's first show (its stage, skin and shadow) took more
     * than a frame of the JavaFX thread, and it came as a drag's pointer crossed the bars.
     */
    private final Label dayCounts = new Label();
    private boolean dark;
    /** Whether something the drawing shows changed since it was drawn. */
    private boolean redrawPending;
    private Drag drag;
    /**
     * The day the thumb was last dragged to and the map does not show yet. A pointer sends several
     * drag events per frame; the map (markers, names, counts) is brought to the latest of them once
     * per frame, so queued events never pile up work on the JavaFX thread that no one would see.
     */
    private LocalDate draggedTo;
    private final AnimationTimer showDragged = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // Nothing dragged since the last frame: stop asking for frames (a held, still pointer costs none); a drag starts it again.
            if (draggedTo == null) {
                stop();
            }
            showDraggedDay();
        }
    };

    /** @param worker where the histogram and labels are drawn (off the JavaFX thread) */
    public TimelineView(MainViewModel model, Executor worker) {
        this.model = model;
        this.worker = worker;
        setId("timeline");
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);

        dayBand.setId("timelineDay");
        dayBand.getStyleClass().add("timeline-day");
        dayBand.setMouseTransparent(true);
        for (Rectangle outside : List.of(outsideBefore, outsideAfter)) {
            outside.getStyleClass().add("timeline-outside-window");
            outside.setMouseTransparent(true);
        }
        Rectangle line = new Rectangle(-1, 0, 2, TRACK_Y + 3);
        line.getStyleClass().add("timeline-thumb-line");
        Circle knob = new Circle(0, TRACK_Y + 3, 8);
        knob.getStyleClass().add("timeline-thumb-knob");
        thumb.getChildren().addAll(line, knob);
        thumb.setId("timelineThumb");
        thumb.setMouseTransparent(true);
        dayCounts.setId("histogramTooltip");
        dayCounts.getStyleClass().add("tooltip");
        dayCounts.setManaged(false);
        dayCounts.setMouseTransparent(true);
        dayCounts.setVisible(false);
        getChildren().addAll(dayBand, canvas, outsideBefore, outsideAfter, firstHandle, lastHandle, thumb, dayCounts);

        // Once per pulse however many of these change: a file being read changes timeline and histogram with each batch.
        widthProperty().addListener(o -> redrawLater());
        heightProperty().addListener(o -> redrawLater());
        model.timelineProperty().addListener(o -> redrawLater());
        model.histogramProperty().addListener(o -> redrawLater());
        model.dateProperty().addListener(o -> placeThumb());
        model.windowProperty().addListener(o -> placeThumb());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            showDragged.stop();
            showDraggedDay();
            drag = null;
            placeThumb();
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> dayCounts.setVisible(false));
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        redraw();
    }

    private static Rectangle handle(String id) {
        Rectangle r = new Rectangle(0, 2, 5, HISTOGRAM_HEIGHT + 2);
        r.setId(id);
        r.getStyleClass().add("timeline-window-handle");
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.setMouseTransparent(true);
        return r;
    }

    private void press(MouseEvent e) {
        requestFocus();
        dayCounts.setVisible(false);
        TimeWindow window = model.windowProperty().get();
        if (scale().isEmpty() || window == null) {
            return;
        }
        TimelineScale s = scale().get();
        double toFirst = Math.abs(e.getX() - s.slotStart(window.first()));
        double toLast = Math.abs(e.getX() - s.slotEnd(window.last()));
        // The handles stand over the histogram; on the track a press always moves the date.
        boolean onHandle = e.getY() < TRACK_Y - 2 && Math.min(toFirst, toLast) <= HANDLE_REACH;
        drag = !onHandle ? Drag.THUMB : toFirst < toLast ? Drag.WINDOW_FIRST : Drag.WINDOW_LAST;
        drag(e);
    }

    private void drag(MouseEvent e) {
        Optional<TimelineScale> s = scale();
        if (s.isEmpty() || drag == null) {
            return;
        }
        LocalDate day = s.get().dayAt(e.getX());
        switch (drag) {
            case WINDOW_FIRST -> model.setWindowFirst(day);
            case WINDOW_LAST -> model.setWindowLast(day);
            case THUMB -> {
                if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
                    // Live: the date (and with it the map) follows the pointer inside the window, on the next frame.
                    draggedTo = day;
                    showDragged.start();
                    // The thumb follows the pointer at once, but never into the break between episodes.
                    thumb.setLayoutX(s.get().thumbX(e.getX(), model.windowProperty().get()));
                } else {
                    model.scrubTo(day);
                }
            }
        }
        e.consume();
    }

    private void showDraggedDay() {
        LocalDate day = draggedTo;
        draggedTo = null;
        if (day != null) {
            model.scrubTo(day);
        }
    }

    private void hover(MouseEvent e) {
        Optional<TimelineScale> s = scale();
        TimeWindow window = model.windowProperty().get();
        boolean nearHandle = s.isPresent() && window != null && e.getY() < TRACK_Y - 2
                && Math.min(Math.abs(e.getX() - s.get().slotStart(window.first())),
                        Math.abs(e.getX() - s.get().slotEnd(window.last()))) <= HANDLE_REACH;
        setCursor(nearHandle ? Cursor.H_RESIZE : Cursor.DEFAULT);
        Optional<Timeline.DayCount> count = s.isEmpty() || e.getY() > TRACK_Y ? Optional.empty() : dayUnder(s.get(), e.getX());
        if (count.isEmpty()) {
            dayCounts.setVisible(false);
            return;
        }
        dayCounts.setText(describe(count.get()));
        dayCounts.autosize();
        // Beside the pointer (right of it, else left) and above it, the day labels below staying readable;
        // within the timeline: a label reaching out of it would widen the timeline's bounds, and the
        // timeline would take the clicks meant for the controls above it.
        double right = e.getX() + 14;
        double x = right + dayCounts.getWidth() <= getWidth() ? right : Math.max(0, e.getX() - 14 - dayCounts.getWidth());
        dayCounts.relocate(x, Math.max(0, e.getY() - dayCounts.getHeight() - 6));
        dayCounts.setVisible(true);
    }

    private Optional<Timeline.DayCount> dayUnder(TimelineScale s, double x) {
        LocalDate day = s.dayAt(x);
        if (Math.abs(s.xOf(day) - x) > Math.max(4, s.slotWidth() / 2)) {
            return Optional.empty();
        }
        return model.histogramProperty().get().stream().filter(c -> c.day().equals(day)).findFirst();
    }

    /** "Mon 21 Mar 2005: 2 seizures, 1 clash"; what the tooltip over a day's bar says. */
    static String describe(Timeline.DayCount count) {
        List<String> parts = new ArrayList<>();
        for (IncidentType type : IncidentType.byHistogramOrder()) {
            int n = count.count(type);
            if (n > 0) {
                String name = type.label().toLowerCase(java.util.Locale.ROOT);
                parts.add(n + " " + (n == 1 ? name : plural(name)));
            }
        }
        return DayFormat.medium(count.day()) + ": " + (parts.isEmpty() ? "no incidents shown" : String.join(", ", parts));
    }

    private static String plural(String noun) {
        return noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("s") ? noun + "es" : noun + "s";
    }

    // ---- geometry (public for tests and screenshots)

    private Optional<TimelineScale> scale() {
        Timeline t = model.timeline();
        return t == null || t.isEmpty() ? Optional.empty() : Optional.of(new TimelineScale(t, getWidth(), PAD, GAP));
    }

    /** The x of a day's tick, in this view's coordinates. */
    public double xOf(LocalDate day) {
        return scale().orElseThrow().xOf(day);
    }

    /** The day whose tick is nearest to x. */
    public LocalDate dayAt(double x) {
        return scale().orElseThrow().dayAt(x);
    }

    /** Where the track of a day is, for a test's robot to press on. */
    public double trackY() {
        return TRACK_Y;
    }

    /** Where a bar of the histogram is, for a test's robot to point at. */
    public double histogramY() {
        return HISTOGRAM_HEIGHT - 4;
    }

    /** The x of the window's start handle and end handle. */
    public double windowFirstX() {
        return scale().orElseThrow().slotStart(model.windowProperty().get().first());
    }

    public double windowLastX() {
        return scale().orElseThrow().slotEnd(model.windowProperty().get().last());
    }

    private void placeThumb() {
        LocalDate day = model.date();
        TimeWindow window = model.windowProperty().get();
        Optional<TimelineScale> s = scale();
        boolean shown = s.isPresent() && day != null && window != null && getWidth() > 0;
        for (var node : List.of(thumb, dayBand, outsideBefore, outsideAfter, firstHandle, lastHandle)) {
            node.setVisible(shown);
        }
        if (!shown) {
            return;
        }
        double w = s.get().slotWidth();
        double x = s.get().xOf(day);
        if (drag != Drag.THUMB) {
            thumb.setLayoutX(x);
        }
        dayBand.setX(x - w / 2);
        dayBand.setY(0);
        dayBand.setWidth(w);
        dayBand.setHeight(HEIGHT);

        double from = s.get().slotStart(window.first());
        double to = s.get().slotEnd(window.last());
        outsideBefore.setX(0);
        outsideBefore.setWidth(Math.max(0, from));
        outsideAfter.setX(to);
        outsideAfter.setWidth(Math.max(0, getWidth() - to));
        for (Rectangle r : List.of(outsideBefore, outsideAfter)) {
            r.setY(0);
            r.setHeight(HEIGHT);
        }
        // Whole timeline: the handles wait at the ends, a hint that they can be dragged.
        firstHandle.setX(from - firstHandle.getWidth() / 2);
        lastHandle.setX(to - lastHandle.getWidth() / 2);
    }

    @Override
    protected void layoutChildren() {
        // Children are placed by redraw() and placeThumb().
        if (redrawPending) {
            redraw();
        }
    }

    /** Redraws on the next pulse's layout. */
    private void redrawLater() {
        redrawPending = true;
        requestLayout();
    }

    /**
     * Draws the histogram, track and day labels into a new canvas on the worker and puts it in place of
     * the last (a canvas outside a scene may be drawn on any thread): a large file's first histogram and
     * labels took 20 to 30 ms of the JavaFX thread. One drawing at a time; changes made while it is drawn
     * are drawn next, from the timeline as it is then. The thumb, day band and window follow at once.
     */
    private void redraw() {
        redrawPending = false;
        placeThumb();
        if (drawing) {
            drawAgain = true;
            return;
        }
        drawing = true;
        Drawing asked = new Drawing(getWidth(), getHeight(), dark, scale(), model.histogramProperty().get());
        CompletableFuture.supplyAsync(asked::draw, worker).whenCompleteAsync((drawn, error) -> {
            drawing = false;
            getChildren().set(getChildren().indexOf(canvas), canvas = error == null ? drawn : asked.draw());
            if (drawAgain) {
                drawAgain = false;
                redraw();
            }
        }, Platform::runLater);
    }

    /** What a drawing shows: the timeline's scale at a width, its day counts and the theme. */
    private record Drawing(double width, double height, boolean dark, Optional<TimelineScale> scale,
                           List<Timeline.DayCount> counts) {

        Canvas draw() {
            Canvas drawn = new Canvas(Math.max(0, width), Math.max(0, height));
            if (scale.isPresent() && width > 0) {
                paint(drawn.getGraphicsContext2D());
            }
            return drawn;
        }

        private void paint(GraphicsContext g) {
            TimelineScale s = scale.get();
            Timeline t = s.timeline();
            Color ink = dark ? Color.web("#c9d1d9") : Color.web("#24292f");
            Color faint = dark ? Color.web("#6e7681") : Color.web("#8c959f");
            Color track = dark ? Color.web("#30363d") : Color.web("#d0d7de");
            double slot = s.slotWidth();

            drawHistogram(g, s, faint);

            List<Episode> episodes = t.episodes();
            for (int e = 0; e < episodes.size(); e++) {
                Episode episode = episodes.get(e);
                double x0 = s.slotStart(episode.firstDay()) + 2;
                double x1 = s.slotEnd(episode.lastDay()) - 2;
                g.setFill(track);
                g.fillRoundRect(x0, TRACK_Y, x1 - x0, 6, 6, 6);
                if (e + 1 < episodes.size()) {
                    drawBreak(g, faint, x1 + 2, s.slotStart(episodes.get(e + 1).firstDay()), episode, episodes.get(e + 1));
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
                double x = s.xOf(day);
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
        }

    /** Stacked bars per day, on a count axis at the left whose top tick is the busiest day's count. */
    private void drawHistogram(GraphicsContext g, TimelineScale s, Color axis) {
        int max = 0;
        for (Timeline.DayCount count : counts) {
            max = Math.max(max, count.total());
        }
        double top = 8;
        double unit = (HISTOGRAM_HEIGHT - top) / Math.max(1, max);
        double axisX = PAD - 8;
        g.setStroke(axis);
        g.setLineWidth(1);
        g.strokeLine(axisX + 0.5, top, axisX + 0.5, HISTOGRAM_HEIGHT);
        g.setFill(axis);
        g.setFont(Font.font(Font.getDefault().getFamily(), 9));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        List<Integer> ticks = max <= 1 ? List.of(0, Math.max(1, max)) : max % 2 == 0 ? List.of(0, max / 2, max) : List.of(0, max);
        for (int tick : ticks) {
            double y = Math.round(HISTOGRAM_HEIGHT - tick * unit) + 0.5;
            g.strokeLine(axisX - 3, y, axisX, y);
            g.fillText(Integer.toString(tick), axisX - 4, y);
            if (tick > 0) {
                // A faint guide across the bars at each count.
                g.setGlobalAlpha(0.35);
                g.setLineDashes(2, 4);
                g.strokeLine(axisX, y, width - PAD / 2, y);
                g.setLineDashes();
                g.setGlobalAlpha(1);
            }
        }
        if (max == 0) {
            return;
        }
        double barWidth = Math.max(3, Math.min(26, s.slotWidth() * 0.5));
        for (Timeline.DayCount count : counts) {
            double x = s.xOf(count.day()) - barWidth / 2;
            double y = HISTOGRAM_HEIGHT;
            for (IncidentType type : STACK_ORDER) {
                int n = count.count(type);
                if (n > 0) {
                    g.setFill(BAR_COLOURS.get(type));
                    g.fillRect(x, y - n * unit, barWidth, n * unit - 1);
                    y -= n * unit;
                }
            }
        }
    }

    private static void drawBreak(GraphicsContext g, Color color, double from, double to, Episode before, Episode after) {
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
