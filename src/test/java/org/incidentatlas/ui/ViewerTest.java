package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.incidentatlas.testing.MapFrames;
import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.markers.MarkerGeometry;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.timeline.Fixture;
import org.incidentatlas.ui.map.IncidentLayer;
import org.incidentatlas.ui.map.IncidentLayer.ShownMarker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewer driven like a user would, on the fixture incidents; each state leaves a screenshot in
 * target/screenshots. One app start serves every flow (starting it is most of a flow's cost): the
 * opening is checked first, on the fresh window, and before each later flow the window is put back
 * the way it opened (first day, home view, all types and outlets shown, no selection, light theme,
 * other windows closed) through the same controls a user has.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewerTest extends FixtureAppFlow {

    private static final String OSH = Fixture.OSH;
    private static final String JALAL_ABAD = Fixture.JALAL_ABAD;
    private static final LocalDate FIRST_DAY = LocalDate.of(2005, 3, 18);

    private boolean loaded;

    /** Back to the window as it opened, by the controls a user has; the first flow sees the fresh window. */
    @BeforeEach
    void backToTheOpeningState() throws TimeoutException {
        awaitReady();
        interact(() -> {
            app.model().pause();
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
            lookup("#speed").queryAs(javafx.scene.control.ChoiceBox.class).setValue(1.0);
            lookup("#modeUpTo").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true);
            lookup(".check-box").queryAllAs(javafx.scene.control.CheckBox.class).forEach(box -> box.setSelected(true));
            app.model().clearSelection();
            app.model().goTo(FIRST_DAY);
            app.view().frameHome();
        });
        if (Application.getUserAgentStylesheet() != null && Application.getUserAgentStylesheet().contains("dark")) {
            chooseTheme("theme-light");
        }
        prefs.clear();
        assertEquals(FIRST_DAY, date());
        assertTrue(lookup("#excerptPanel").tryQuery().isEmpty(), "no excerpt panel open");
    }

    // ---- helpers

    /** The fixture loads once per app start: once it was seen ready, each later flow finds it so without a wait. */
    private void awaitReady() throws TimeoutException {
        if (loaded) {
            return;
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        // The legend's filters are made off the JavaFX thread and put in over a few frames.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.view().legend().completeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        loaded = true;
    }

    /** Clicks a legend checkbox and waits until the filter, applied off the JavaFX thread, shows. */
    private void clickFilter(String query) {
        clickOn(query);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.model().filteringProperty().get());
        } catch (TimeoutException e) {
            throw new AssertionError("the filter was not applied within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LocalDate date() {
        return app.model().date();
    }

    private Optional<ShownMarker> marker(String placeId) {
        MapFrames.awaitDrawn(app.view().incidentLayer());
        return app.view().incidentLayer().shownMarker(placeId);
    }

    /**
     * Whether the map shows a small disc of {@code kind} where {@link MarkerGeometry} puts the
     * marker's second kind: some pixel of that disc (between its icon and outline) has the kind's colour.
     */
    private boolean drawnIn(ShownMarker marker, IncidentKind kind) {
        MarkerGeometry.Fan fan = MarkerGeometry.fans(marker.cluster().leader().radius(), 2).get(0);
        Point2D centre = app.view().incidentLayer().localToScene(marker.centre().add(fan.dx(), fan.dy()));
        WritableImage seen = new WritableImage((int) stage.getScene().getWidth(), (int) stage.getScene().getHeight());
        interact(() -> stage.getScene().snapshot(seen));
        Color wanted = IconLibrary.color(kind);
        double inner = fan.iconSize() / 2;
        double outer = fan.radius() - MarkerGeometry.DISC_STROKE;
        for (int dy = (int) -outer; dy <= outer; dy++) {
            for (int dx = (int) -outer; dx <= outer; dx++) {
                double d = Math.hypot(dx, dy);
                Color c = seen.getPixelReader().getColor((int) centre.getX() + dx, (int) centre.getY() + dy);
                if (d < outer && (Math.abs(dx) > inner || Math.abs(dy) > inner) && Math.abs(c.getRed() - wanted.getRed())
                        + Math.abs(c.getGreen() - wanted.getGreen()) + Math.abs(c.getBlue() - wanted.getBlue()) < 0.06) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The marker tooltip on screen, if one shows. */
    private Optional<javafx.scene.control.Tooltip> markerTooltip() {
        return Window.getWindows().stream().filter(javafx.scene.control.Tooltip.class::isInstance)
                .map(javafx.scene.control.Tooltip.class::cast)
                .filter(t -> "markerTooltip".equals(t.getId()) && t.isShowing()).findFirst();
    }

    /** Clicks the marker on the map where it is drawn. */
    private void clickOn(ShownMarker marker) {
        clickOn(app.view().incidentLayer().onScreen(marker));
    }

    private IncidentKind iconOf(String id) {
        return marker(id).orElseThrow(() -> new AssertionError("no visible " + id)).cluster().leader().kind();
    }

    private void dragThumbTo(LocalDate day) {
        TimelineView timeline = app.view().timelineView();
        Point2D from = timeline.localToScreen(timeline.xOf(date()), timeline.trackY() + 3);
        Point2D to = timeline.localToScreen(timeline.xOf(day), timeline.trackY() + 3);
        moveTo(from).press(MouseButton.PRIMARY);
        moveTo(from.midpoint(to));
        moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fires a theme menu item (menus are popups, which headless robots open unreliably). */
    private void chooseTheme(String id) {
        javafx.scene.control.MenuBar bar = lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(javafx.scene.control.Menu.class::isInstance)
                .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        interact(item::fire);
    }

    private static String textOf(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .collect(Collectors.joining());
    }

    private List<String> excerptsInPanel() {
        return lookup("#excerptPanel .excerpt").queryAllAs(TextFlow.class).stream().map(ViewerTest::textOf).toList();
    }

    /** "Killed / injured: no numbers reported", "Crowd: about 1,000": the facts of the open panel. */
    private List<String> factsInPanel() {
        return lookup("#excerptPanel .fact-name").queryAllAs(Label.class).stream()
                .map(name -> name.getText() + ": " + ((Label) ((javafx.scene.layout.HBox) name.getParent()).getChildren().get(1)).getText())
                .toList();
    }

    private void screenshot(String name) {
        Screenshots.save(stage.getScene(), name);
    }

    // ---- flows

    @Test
    @Order(1)
    void opensAtTheFirstDayFramedOnSouthernKyrgyzstan() throws TimeoutException {
        awaitReady();
        assertEquals("Incident Atlas", stage.getTitle());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == 5);
        assertEquals(LocalDate.of(2005, 3, 18), date());
        assertEquals("Friday, 18 March 2005", lookup("#statusDate").queryAs(Label.class).getText());
        assertEquals("1 incident visible", lookup("#statusCount").queryAs(Label.class).getText());
        assertEquals("Episode: March 2005", lookup("#statusEpisode").queryAs(Label.class).getText());
        IncidentLayer layer = app.view().incidentLayer();
        double w = app.view().map().getWidth();
        double h = app.view().map().getHeight();
        for (double[] city : new double[][] {{40.53, 72.80}, {40.93, 73.0}, {40.06, 70.82}, {42.87, 74.59}}) {
            Point2D p = layer.screenPoint(city[0], city[1]);
            assertTrue(p.getX() > 0 && p.getX() < w && p.getY() > 0 && p.getY() < h, "in view: " + city[0] + "," + city[1]);
        }
        assertEquals(List.of("March 2005", "May 2010"),
                lookup("#episodeButtons .button").queryAllAs(javafx.scene.control.Button.class).stream()
                        .map(javafx.scene.control.Button::getText).toList());
        screenshot("01-start-2005-03-18");
    }

    @Test
    void helpMenuCreditsGeoNamesUnderItsLicence() throws TimeoutException {
        awaitReady();
        clickOn("Help");
        clickOn("About and data credits");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#creditsDialog").tryQuery().isPresent());
        String text = lookup("#creditsDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(text.contains("GeoNames") && text.contains("CC-BY 4.0"), text);
        assertTrue(text.contains("Natural Earth") && text.contains("GPL"), text);
        type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void draggingTheSliderTo21MarchShowsASeizureAtOshWhoseExcerptIsFoxNews() throws TimeoutException {
        awaitReady();
        dragThumbTo(LocalDate.of(2005, 3, 21));
        assertEquals(LocalDate.of(2005, 3, 21), date());
        assertEquals(IncidentKind.of(IncidentType.SEIZURE), iconOf(OSH));
        // The protest of the same day shows too: fanned beside the seizure's disc, and named on hover.
        assertEquals(List.of(IncidentKind.of(IncidentType.SEIZURE), IncidentKind.of(IncidentType.PROTEST)),
                marker(OSH).orElseThrow().kindsShown());
        assertTrue(drawnIn(marker(OSH).orElseThrow(), IncidentKind.of(IncidentType.PROTEST)), "the protest's small disc");
        String summary = "Osh: seizure \u2014 main administration building, Mon 21 Mar 2005 (crowd: about 1,000); also protest +3 more";
        assertEquals(summary, app.view().incidentLayer().tooltipText(marker(OSH).orElseThrow()));
        moveTo(app.view().incidentLayer().onScreen(marker(OSH).orElseThrow()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> markerTooltip().isPresent());
        assertEquals(summary, markerTooltip().orElseThrow().getText(), "the tooltip over the marker");
        moveBy(0, 200);
        screenshot("02-slider-2005-03-21");

        clickOn(marker(OSH).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#excerptPanel").query().isVisible());
        assertTrue(marker(OSH).orElseThrow().selected());
        // A screen reader hears the selected marker's summary from the markers' canvas.
        javafx.scene.Node markers = lookup("#markerCanvas").query();
        Object[] said = new Object[1];
        interact(() -> said[0] = markers.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT));
        assertEquals("Selected: " + summary, said[0]);
        assertEquals("Osh", lookup("#excerptTitle").queryAs(Label.class).getText());
        assertTrue(excerptsInPanel().stream().anyMatch(t -> t.contains("took control of the main administration building in Osh")),
                excerptsInPanel().toString());
        assertTrue(lookup("#excerptPanel .source-heading").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Fox News \u00b7 Mon 21 Mar 2005")));
        assertEquals(List.of("Crowd: about 1,000"), factsInPanel().stream().filter(f -> f.startsWith("Crowd")).toList(),
                "the panel shows the crowd Fox News gives");
        screenshot("03-panel-osh-2005-03-21");

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#excerptPanel").tryQuery().isEmpty());
    }

    @Test
    void showArticleOpensTheWholeReportWithTheExcerptMarked() throws TimeoutException {
        awaitReady();
        interact(() -> app.model().goTo(LocalDate.of(2005, 3, 21)));
        clickOn(marker(OSH).orElseThrow());
        Hyperlink first = lookup("#excerptPanel .show-article").queryAllAs(Hyperlink.class).iterator().next();
        clickOn(first);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#articleExcerpt").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Text excerpt = lookup("#articleExcerpt").queryAs(Text.class);
        assertTrue(excerpt.getText().startsWith("An initial group of about 1,000 protesters"), excerpt.getText());
        Stage article = app.view().articleStage();
        assertTrue(article.getTitle().startsWith("Protestors Seize Buildings in Kyrgyzstan"));
        Screenshots.save(article.getScene(), "04-article-fox-news");
        interact(article::close);
    }

    @Test
    void steppingTo14May2010ShowsClashesAtJalalAbadAndOshAndTheirDisagreement() throws TimeoutException {
        awaitReady();
        interact(() -> app.model().goTo(LocalDate.of(2005, 3, 21)));
        clickOn("#stepForward");
        assertEquals(LocalDate.of(2010, 5, 13), date(), "stepping crosses the break");
        clickOn("#stepForward");
        assertEquals(LocalDate.of(2010, 5, 14), date());
        assertEquals(IncidentKind.of(IncidentType.CLASH), iconOf(JALAL_ABAD));
        assertEquals(IncidentKind.of(IncidentType.CLASH), iconOf(OSH));
        screenshot("05-2010-05-14");

        // Teyit has Jalal-Abad's coordinates: the shared marker opens Jalal-Abad and links Teyit.
        Cluster group = marker(JALAL_ABAD).orElseThrow().cluster();
        assertEquals(2, group.members().size());
        clickOn(marker(JALAL_ABAD).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Jalal-Abad", lookup("#excerptTitle").queryAs(Label.class).getText());
        assertTrue(lookup("#also-" + IncidentLayer.nodeId(Fixture.TEYIT)).tryQuery().isPresent());
        List<Label> claims = lookup("#excerptPanel .claim-outlet").queryAllAs(Label.class).stream().toList();
        assertEquals(List.of("Al Jazeera", "Voice of America"), claims.stream().map(Label::getText).toList());
        assertTrue(lookup("#excerptPanel .claim-what").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Osh: 1 killed, 30 injured")));
        screenshot("06-jalal-abad-disagreement");
    }

    @Test
    void atLowZoomNearbyPlacesShareAMarkerThatZoomsInWhenClicked() throws TimeoutException {
        awaitReady();
        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 14)));
        interact(() -> app.view().map().setZoom(5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> marker(OSH).isEmpty() || marker(JALAL_ABAD).isEmpty());
        ShownMarker shared = marker(JALAL_ABAD).or(() -> marker(OSH)).orElseThrow();
        assertTrue(shared.cluster().members().size() >= 3, "Osh, Jalal-Abad and Teyit share one marker");
        screenshot("06b-clustered-at-zoom-5");
        clickOn(shared);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> marker(OSH).isPresent() && marker(JALAL_ABAD).isPresent());
        assertTrue(app.view().map().getZoom() > 5);
        assertEquals(IncidentKind.of(IncidentType.CLASH), iconOf(OSH));
    }

    @Test
    void keyboardMovesThroughDaysAndEpisodes() throws TimeoutException {
        awaitReady();
        interact(() -> app.view().timelineView().requestFocus());
        assertEquals(LocalDate.of(2005, 3, 18), date());
        MapFrames.awaitDrawn(app.view().incidentLayer());
        int layouts = app.view().incidentLayer().markers().framesMade();
        type(KeyCode.RIGHT);
        assertEquals(LocalDate.of(2005, 3, 19), date());
        MapFrames.awaitDrawn(app.view().incidentLayer());
        // The markers and the names that make way for them were laid out from one clustering.
        assertEquals(layouts + 1, app.view().incidentLayer().markers().framesMade(), "frames of markers and names for one day's step");
        type(KeyCode.END);
        assertEquals(LocalDate.of(2005, 3, 21), date());
        type(KeyCode.LEFT);
        assertEquals(LocalDate.of(2005, 3, 20), date());
        type(KeyCode.HOME);
        assertEquals(LocalDate.of(2005, 3, 18), date());
        type(KeyCode.PAGE_DOWN);
        assertEquals(LocalDate.of(2010, 5, 13), date());
        type(KeyCode.END);
        assertEquals(LocalDate.of(2010, 5, 14), date());
        type(KeyCode.PAGE_UP);
        assertEquals(LocalDate.of(2005, 3, 18), date());
        interact(() -> lookup("#speed").queryAs(javafx.scene.control.ChoiceBox.class).setValue(0.5));
        assertEquals(0.5, app.model().secondsPerDayProperty().get());
        type(KeyCode.SPACE);
        assertTrue(app.model().playingProperty().get());
        // Playing steps on by itself (waiting for the event, not asserting a duration).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !date().equals(LocalDate.of(2005, 3, 18)));
        type(KeyCode.SPACE);
        assertFalse(app.model().playingProperty().get());
        LocalDate paused = date();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, date());
        screenshot("07-keyboard");
    }

    @Test
    void thisDayOnlyHidesEarlierIncidents() throws TimeoutException {
        awaitReady();
        interact(() -> app.model().goTo(LocalDate.of(2005, 3, 21)));
        assertTrue(marker(JALAL_ABAD).isPresent(), "the 20 March clash shows, faded, up to the 21st");
        assertFalse(marker(JALAL_ABAD).orElseThrow().cluster().current());
        screenshot("08-up-to-this-day");
        clickOn("#modeDayOnly");
        assertTrue(marker(JALAL_ABAD).isEmpty());
        assertTrue(marker(OSH).isPresent());
        assertEquals("2 incidents visible (this day only)", lookup("#statusCount").queryAs(Label.class).getText());
        screenshot("09-this-day-only");
    }

    @Test
    void typeFilterHidesMarkersHistogramAndCounts() throws TimeoutException {
        awaitReady();
        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 14)));
        assertEquals(IncidentKind.of(IncidentType.CLASH), iconOf(OSH));
        clickFilter("#filter-clash");
        assertFalse(app.model().markersProperty().get().stream().anyMatch(m -> m.kind() == IncidentKind.of(IncidentType.CLASH)));
        assertEquals(new IncidentKind(IncidentType.SEIZURE, IncidentType.Variant.RETAKEN), iconOf(OSH));
        assertEquals(0, app.model().histogramProperty().get().stream()
                .mapToInt(c -> c.count(org.incidentatlas.model.IncidentType.CLASH)).sum());
        assertEquals("6 incidents visible", lookup("#statusCount").queryAs(Label.class).getText());
        screenshot("10-filter-no-clashes");
        clickFilter("#filter-clash");
        clickFilter("#" + LegendView.outletId("Voice of America"));
        clickFilter("#" + LegendView.outletId("Al Jazeera"));
        assertTrue(app.model().markersProperty().get().isEmpty(), "2010 is reported only by Al Jazeera and VOA");
    }

    @Test
    void typedDatesGoThereOrSayWhatIsWrong() throws TimeoutException {
        awaitReady();
        doubleClickOn("#dateField");
        interact(() -> lookup("#dateField").queryAs(javafx.scene.control.TextField.class).clear());
        write("14 May 2010").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2010, 5, 14), date());
        clickOn("#dateField");
        interact(() -> lookup("#dateField").queryAs(javafx.scene.control.TextField.class).clear());
        write("2007-01-01").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2010, 5, 14), date());
        String message = lookup("#dateMessage").queryAs(Label.class).getText();
        assertEquals("Monday, 1 January 2007 has no reports. Episodes: 18 Mar\u201321 Mar 2005; 13 May\u201314 May 2010.", message);
        screenshot("11-date-out-of-range");
        interact(() -> lookup("#dateField").queryAs(javafx.scene.control.TextField.class).clear());
        write("soon").type(KeyCode.ENTER);
        assertTrue(lookup("#dateMessage").queryAs(Label.class).getText().contains("is not a date"));
    }

    @Test
    void draggingAcrossTheWholeRangeMakesNoMarkerNodes() throws TimeoutException {
        awaitReady();
        TimelineView timeline = app.view().timelineView();
        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 14)));
        interact(() -> app.model().goTo(LocalDate.of(2005, 3, 18)));
        int nodes = app.view().incidentLayer().getChildrenUnmodifiable().size();
        Point2D from = timeline.localToScreen(timeline.xOf(LocalDate.of(2005, 3, 18)), timeline.trackY() + 3);
        Point2D to = timeline.localToScreen(timeline.xOf(LocalDate.of(2010, 5, 14)), timeline.trackY() + 3);
        List<LocalDate> seen = new CopyOnWriteArrayList<>();
        app.model().dateProperty().addListener((o, was, now) -> seen.add(now));
        moveTo(from).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 20; i++) {
            moveTo(new Point2D(from.getX() + (to.getX() - from.getX()) * i / 20, from.getY()));
        }
        release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2010, 5, 14), date());
        assertTrue(seen.containsAll(List.of(LocalDate.of(2005, 3, 21), LocalDate.of(2010, 5, 13))),
                "the date follows the thumb while it is dragged: " + seen);
        assertEquals(nodes, app.view().incidentLayer().getChildrenUnmodifiable().size(), "no marker nodes were created: the markers are drawn on the layer's canvas");
    }

    @Test
    void darkThemeCanBeChosenFromTheMenu() throws TimeoutException {
        awaitReady();
        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 14)));
        chooseTheme("theme-dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"));
        assertEquals(Theme.DARK, prefs.theme());
        interact(() -> app.model().select(Fixture.OSH));
        screenshot("12-dark-theme");
        chooseTheme("theme-light");
        assertEquals(Theme.LIGHT, prefs.theme());
    }

    @Test
    void theLastDateAndViewAreRemembered() throws TimeoutException {
        awaitReady();
        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 13)));
        interact(() -> app.view().map().setZoom(8));
        interact(() -> app.remember(stage));
        assertEquals(Optional.of(LocalDate.of(2010, 5, 13)), prefs.lastDate());
        assertEquals(8, prefs.mapState().orElseThrow().zoom(), 1e-9);
        assertNotNull(prefs.windowSizeOr(new ViewerPreferences.WindowSize(1, 1)));
        assertEquals(Optional.of(new ViewerPreferences.WindowPosition(stage.getX(), stage.getY())), prefs.windowPosition());
    }
}
