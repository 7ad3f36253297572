package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Text;
import javafx.stage.Window;

import org.incidentatlas.testing.MapFrames;
import org.incidentatlas.rendering.PlacedLabel;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.timeline.Fixture;
import org.incidentatlas.timeline.TimeWindow;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.ui.map.IncidentLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The time window on the timeline and the defects a new user met first (issue 13), driven through
 * the controls on the fixture incidents (18–21 March 2005, 13–14 May 2010). One app start serves
 * every flow; each flow starts from the opening state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimeWindowViewerTest extends FixtureAppFlow {

    private static final LocalDate MAR18 = LocalDate.of(2005, 3, 18);
    private static final LocalDate MAR20 = LocalDate.of(2005, 3, 20);
    private static final LocalDate MAR21 = LocalDate.of(2005, 3, 21);
    private static final LocalDate MAY13 = LocalDate.of(2010, 5, 13);
    private static final LocalDate MAY14 = LocalDate.of(2010, 5, 14);


    @BeforeEach
    void backToTheOpeningState() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        // The legend's filters are made off the JavaFX thread and put in over a few frames.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.view().legend().completeProperty().get());
        interact(() -> {
            app.model().pause();
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
            stage.setWidth(1200);
            stage.setHeight(800);
            lookup("#speed").queryAs(javafx.scene.control.ChoiceBox.class).setValue(0.5);
            // The replays this class waits out step the same days in turn, ten times as fast (20 a second).
            app.model().speedUpReplay(10);
            app.model().setLoop(false);
            app.model().setEpisodeOnly(false);
            app.model().clearSelection();
            app.model().goTo(MAR18);
            lookup("#legend").queryAs(TitledPane.class).setExpanded(true);
            app.view().frameHome();
        });
    }

    @Test
    @Order(1)
    void atStartTheKeysBelongToTheSliderNotToAFilterOrField() {
        // The fresh window: the slider was disabled while loading, so it takes the keys once it is enabled.
        assertEquals(app.view().timelineView(), stage.getScene().getFocusOwner());
        type(KeyCode.RIGHT);
        assertEquals(LocalDate.of(2005, 3, 19), app.model().date());
    }

    @Test
    void theHistogramHasACountAxis() throws Exception {
        TimelineView timeline = app.view().timelineView();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> timeline.snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        int axisX = (int) (TimelineView.PAD - 8);
        int inked = 0;
        for (int y = 10; y < TimelineView.HISTOGRAM_HEIGHT; y++) {
            if (!pixels.getColor(axisX, y).equals(pixels.getColor(4, y))) {
                inked++;
            }
        }
        assertTrue(inked > 30, "an axis line beside the bars: " + inked + " px");
    }

    // ---- time window

    @Test
    void theHistogramTellsTheCountsByTypeOfTheDayUnderThePointer() {
        TimelineView timeline = app.view().timelineView();
        Timeline.DayCount may14 = app.model().histogramProperty().get().stream()
                .filter(c -> c.day().equals(MAY14)).findFirst().orElseThrow();
        moveTo(timeline.localToScreen(timeline.xOf(MAY14), timeline.histogramY()));
        WaitForAsyncUtils.waitForFxEvents();
        Label tip = dayCounts();
        assertTrue(tip.isVisible(), "the day's counts over the day's bar");
        StringBuilder expected = new StringBuilder("Fri 14 May 2010: ");
        List<String> parts = new ArrayList<>();
        for (IncidentType type : IncidentType.values()) {
            if (may14.count(type) > 0) {
                parts.add(may14.count(type) + " " + type.code() + (may14.count(type) == 1 ? "" : type.code().endsWith("sh") ? "es" : "s"));
            }
        }
        assertTrue(may14.total() > 1, "the fixture's busiest day");
        assertEquals(expected + String.join(", ", parts), tip.getText());
        // Below the histogram (on the day labels) no tooltip covers the dates.
        moveTo(timeline.localToScreen(timeline.xOf(MAY14), timeline.trackY() + 30));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dayCounts().isVisible());
    }

    @Test
    void draggingTheWindowsEndNarrowsTheReplayAndLoopRepeatsIt() throws TimeoutException {
        TimelineView timeline = app.view().timelineView();
        Point2D end = timeline.localToScreen(timeline.windowLastX(), 12);
        Point2D to = timeline.localToScreen(timeline.xOf(MAR20), 12);
        moveTo(end).press(MouseButton.PRIMARY);
        moveTo(end.midpoint(to));
        moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new TimeWindow(MAR18, MAR20, false), app.model().windowProperty().get());
        assertEquals(MAR18, app.model().date(), "dragging a handle does not move the date");

        interact(() -> app.model().goTo(MAR20));
        type(KeyCode.RIGHT);
        assertEquals(MAR20, app.model().date(), "stepping stops at the window's end");

        clickOn("#loopButton");
        assertTrue(app.model().windowProperty().get().loop());
        List<LocalDate> seen = new CopyOnWriteArrayList<>();
        interact(() -> app.model().dateProperty().addListener((o, was, now) -> seen.add(now)));
        clickOn("#playButton");
        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> seen.size() >= 4);
        interact(() -> app.model().pause());
        // At the end, play starts over at the window's start; looping, it comes round again.
        assertEquals(List.of(MAR18, LocalDate.of(2005, 3, 19), MAR20, MAR18), seen.subList(0, 4));
        screenshot("time-window-range");
    }

    @Test
    void playThisEpisodeOnlyStopsAtItsLastDay() throws TimeoutException {
        interact(() -> app.model().goTo(MAR20));
        clickOn("#episodeOnlyButton");
        assertEquals(new TimeWindow(MAR18, MAR21, false), app.model().windowProperty().get());
        clickOn("#playButton");
        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> !app.model().playingProperty().get());
        assertEquals(MAR21, app.model().date(), "the replay ends with March 2005, not in May 2010");
        // A jump to another episode on purpose widens the window again.
        clickOn("#episode-1");
        assertEquals(MAY13, app.model().date());
        assertTrue(app.model().windowProperty().get().isWhole(app.model().timeline()));
        assertFalse(lookup("#episodeOnlyButton").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void theThumbNeverRestsInTheBreakBetweenEpisodes() {
        TimelineView timeline = app.view().timelineView();
        interact(() -> app.model().goTo(MAR21));
        Point2D from = timeline.localToScreen(timeline.xOf(MAR21), timeline.trackY() + 3);
        double gapMiddle = (timeline.xOf(MAR21) + timeline.xOf(MAY13)) / 2;
        moveTo(from).press(MouseButton.PRIMARY);
        for (double dx : new double[] {-10, 10, 10}) {
            double x = gapMiddle + dx;
            moveTo(timeline.localToScreen(x, timeline.trackY() + 3));
            WaitForAsyncUtils.waitForFxEvents();
            double thumb = lookup("#timelineThumb").query().getLayoutX();
            assertTrue(thumb == timeline.xOf(MAR21) || thumb == timeline.xOf(MAY13),
                    "pointer at " + x + ", thumb at " + thumb + " (the break runs " + timeline.xOf(MAR21) + " to " + timeline.xOf(MAY13) + ")");
        }
        release(MouseButton.PRIMARY);
    }

    // ---- zoom and framing

    @Test
    void plusAndMinusKeysAndButtonsZoomOneLevel() {
        double start = app.view().zoom();
        clickOn("#map");
        type(KeyCode.EQUALS);
        assertEquals(start + 1, app.view().zoom(), 1e-6);
        type(KeyCode.MINUS);
        type(KeyCode.MINUS);
        assertEquals(start - 1, app.view().zoom(), 1e-6);
        clickOn("#zoomIn");
        assertEquals(start, app.view().zoom(), 1e-6);
    }

    @Test
    void tenWheelNotchesGoFromCountryToCityAroundThePointer() {
        MapView map = app.view().map();
        interact(() -> map.setZoom(6));
        WaitForAsyncUtils.waitForFxEvents(3);
        double x = map.getWidth() * 0.7, y = map.getHeight() * 0.3;
        MapPoint under = map.getMapPosition(x, y);
        double before = app.view().zoom();
        for (int notch = 0; notch < 10; notch++) {
            scroll(map, x, y, 40);
        }
        assertEquals(before + 5, app.view().zoom(), 1e-6, "ten notches, five levels: country to city");
        MapPoint after = map.getMapPosition(x, y);
        assertEquals(under.getLatitude(), after.getLatitude(), 1e-4, "the point under the pointer stays there");
        assertEquals(under.getLongitude(), after.getLongitude(), 1e-4);
    }

    @Test
    void zoomingFarOutStopsQuietly() {
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            MapView map = app.view().map();
            for (int notch = 0; notch < 30; notch++) {
                scroll(map, map.getWidth() / 2, map.getHeight() / 2, -40);
            }
        } finally {
            root.removeHandler(handler);
        }
        assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList(), "nothing logged");
        assertTrue(app.view().zoom() >= 3, "the zoom stops where the map still fills the window");
    }

    @Test
    void frameSouthernKyrgyzstanFramesTheAreaWhateverTheZoom() {
        MapView map = app.view().map();
        double framed = app.view().zoom();
        for (int notch = 0; notch < 6; notch++) {
            scroll(map, 100, 100, 40);
        }
        assertEquals(framed + 3, app.view().zoom(), 1e-6);
        fireMenuItem("frameHomeItem");
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(framed, app.view().zoom(), 1e-6, "the zoom is set back, not only the centre");
        Bounds shown = map.localToScreen(map.getLayoutBounds());
        for (double[] place : new double[][] {{40.53, 72.80}, {42.87, 74.59}, {40.06, 70.82}, {40.93, 73.0}}) {
            Point2D p = app.view().incidentLayer().screenPoint(place[0], place[1]);
            assertNotNull(p);
            assertTrue(shown.contains(map.localToScreen(p)), "Osh, Bishkek, Batken and Jalal-Abad in view: " + p);
        }
    }

    // ---- legend, tool bar, panel

    @Test
    void enterAfterClickingAFilterDoesNotToggleIt() throws TimeoutException {
        clickOn("#filter-clash");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.model().filteringProperty().get());
        assertTrue(app.model().filterProperty().get().hiddenTypes().contains(IncidentType.CLASH));
        Node focus = stage.getScene().getFocusOwner();
        assertFalse(focus instanceof CheckBox, "the keyboard is not left on the legend: " + focus);
        type(KeyCode.ENTER);
        type(KeyCode.SPACE);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.model().filterProperty().get().hiddenTypes().contains(IncidentType.CLASH), "Enter and Space left the filter alone");
        clickOn("#filter-clash");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.model().filteringProperty().get());
        assertTrue(app.model().filterProperty().get().hiddenTypes().isEmpty());
    }

    @Test
    void theLegendIsDockedBesideTheMapAndCollapses() {
        Bounds legend = lookup("#legend").query().localToScene(lookup("#legend").query().getLayoutBounds());
        Bounds map = app.view().map().localToScene(app.view().map().getLayoutBounds());
        assertTrue(legend.getMaxX() <= map.getMinX(), "the legend covers none of the map: " + legend + " / " + map);
        double mapWidth = map.getWidth();
        clickOn("#legend .title");
        WaitForAsyncUtils.waitForFxEvents(3);
        assertFalse(lookup("#legend").queryAs(TitledPane.class).isExpanded());
        Bounds dock = lookup("#legendDock").query().getBoundsInParent();
        assertTrue(dock.getWidth() <= LegendDock.COLLAPSED_WIDTH + 1, "the collapsed dock is narrow: " + dock);
        assertTrue(app.view().map().getWidth() > mapWidth + 150,
                "collapsed, the legend gives its room to the map: " + mapWidth + " -> " + app.view().map().getWidth());
        screenshot("legend-collapsed");
        clickOn("#legend .title");
        assertTrue(lookup("#legend").queryAs(TitledPane.class).isExpanded(), "the arrow opens it again: "
                + lookup("#legend .title").query().localToScreen(lookup("#legend .title").query().getLayoutBounds()));
    }

    @Test
    void atEightHundredBySixHundredNoButtonIsCut() {
        interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        Node bar = lookup("#timelineControls").query();
        Bounds barBounds = bar.localToScene(bar.getLayoutBounds());
        int shown = 0;
        List<Labeled> controls = new ArrayList<>(lookup("#timelineControls .button").queryAllAs(Labeled.class));
        controls.addAll(lookup("#timelineControls .toggle-button").queryAllAs(Labeled.class));
        for (Labeled control : controls) {
            if (!control.isVisible() || control.getScene() != stage.getScene() || control.getText() == null
                    || control.getText().isEmpty() || !isShowing(control)) {
                continue;
            }
            shown++;
            Text drawn = (Text) control.lookup(".text");
            assertEquals(control.getText(), drawn.getText(), "the button shows its whole label");
            Bounds b = control.localToScene(control.getLayoutBounds());
            assertTrue(b.getMaxX() <= barBounds.getMaxX() + 0.5, control.getText() + " lies inside the bar");
        }
        assertTrue(shown >= 2, "some labelled buttons stay in the bar: " + shown);
        screenshot("viewer-800x600");
    }

    @Test
    void openingThePanelKeepsTheSelectedMarkerInView() {
        interact(() -> app.model().goTo(MAY14));
        MapView map = app.view().map();
        // Osh near the map's right edge, where the panel will open.
        interact(() -> map.setZoom(8));
        WaitForAsyncUtils.waitForFxEvents(3);
        Point2D osh = app.view().incidentLayer().screenPoint(40.5283, 72.7985);
        MapPoint centre = map.getMapPosition(osh.getX() - (map.getWidth() - 40 - map.getWidth() / 2), osh.getY());
        interact(() -> map.setCenter(centre));
        WaitForAsyncUtils.waitForFxEvents(3);
        IncidentLayer layer = app.view().incidentLayer();
        MapFrames.awaitDrawn(layer);
        clickOn(layer.onScreen(layer.shownMarker(Fixture.OSH).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents(5);
        MapFrames.awaitDrawn(layer);
        assertTrue(lookup("#excerptPanel").tryQuery().isPresent(), "the panel opened");
        Bounds mapOnScreen = map.localToScreen(map.getLayoutBounds());
        Bounds markerOnScreen = layer.localToScreen(layer.shownMarker(Fixture.OSH).orElseThrow().bounds());
        assertTrue(mapOnScreen.contains(markerOnScreen), "the selected marker stays in view: " + markerOnScreen + " in " + mapOnScreen);
    }

    @Test
    void namesOfPlacesWithoutMarkersKeepTheirSpotsAsTheDateMoves() {
        Map<String, PlacedLabel.Box> spots = new HashMap<>();
        for (LocalDate day : app.model().timeline().days()) {
            interact(() -> app.model().goTo(day));
            MapFrames.awaitDrawn(app.view().incidentLayer());
            for (PlacedLabel label : app.view().placeLabels().shownLabels()) {
                if (!label.marked()) {
                    PlacedLabel.Box before = spots.putIfAbsent(label.place().id(), label.box());
                    if (before != null) {
                        assertEquals(before, label.box(), label.place().name() + " moved on " + day);
                    }
                }
            }
        }
        assertTrue(spots.size() > 10, "many names on the map: " + spots.size());
    }

    // ---- helpers

    private boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The day's counts shown over the histogram (a label in the timeline, styled as a tooltip). */
    private Label dayCounts() {
        return lookup("#histogramTooltip").queryAs(Label.class);
    }

    /** One wheel notch (deltaY 40 as a mouse wheel sends) at (x, y) on the map. */
    private void scroll(MapView map, double x, double y, double deltaY) {
        Point2D scene = map.localToScene(x, y);
        Point2D screen = map.localToScreen(x, y);
        interact(() -> Event.fireEvent(map, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                new PickResult(map, scene.getX(), scene.getY()))));
    }

    private void fireMenuItem(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        interact(item::fire);
    }

    private void screenshot(String name) {
        Screenshots.save(stage.getScene(), name);
    }
}
