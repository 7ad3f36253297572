package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.incidentatlas.testing.MapFrames;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The app as shipped, on the extractor's data/events.geojson: the key scenes of the fixture tests hold there too. */
class BundledEventsViewerTest extends BundledAppTest {

    private static final String OSH = "geonames:1527534";
    private static final String JALAL_ABAD = "geonames:1528249";


    private PlaceMarker markerAt(String placeId) {
        return app.model().markersProperty().get().stream().filter(m -> m.placeId().equals(placeId)).findFirst()
                .orElseThrow(() -> new AssertionError("no marker at " + placeId));
    }

    @Test
    void theReplayShowsTheExtractedIncidents() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        assertEquals(List.of("March 2005", "May 2010"),
                app.model().timeline().episodes().stream().map(e -> e.label()).toList());

        interact(() -> app.model().goTo(LocalDate.of(2005, 3, 21)));
        assertEquals(IncidentKind.of(IncidentType.SEIZURE), markerAt(OSH).kind());
        MapFrames.awaitDrawn(app.view().incidentLayer());
        clickOn(app.view().incidentLayer().onScreen(app.view().incidentLayer().shownMarker(OSH).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> excerpts = lookup("#excerptPanel .excerpt").queryAllAs(TextFlow.class).stream()
                .map(f -> f.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining()))
                .toList();
        assertTrue(excerpts.stream().anyMatch(t -> t.contains("took control of the main administration building in Osh")),
                excerpts.toString());
        Screenshots.save(app.view().getScene(), "20-bundled-2005-03-21");

        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 14)));
        assertEquals(IncidentKind.of(IncidentType.CLASH), markerAt(OSH).kind());
        assertEquals(IncidentKind.of(IncidentType.CLASH), markerAt(JALAL_ABAD).kind());
        Screenshots.save(app.view().getScene(), "21-bundled-2010-05-14");
    }
}
