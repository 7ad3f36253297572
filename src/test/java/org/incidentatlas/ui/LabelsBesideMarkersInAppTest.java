package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

import org.incidentatlas.testing.MapFrames;
import org.incidentatlas.rendering.PlacedLabel;
import org.incidentatlas.ui.map.IncidentLayer;
import org.incidentatlas.ui.map.PlaceLabelLayer;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** In the window, the places of the day's markers are named beside them and no name hides under a marker. */
class LabelsBesideMarkersInAppTest extends BundledAppTest {


    private PlaceLabelLayer labelLayer() {
        return (PlaceLabelLayer) app.view().map().getChildrenUnmodifiable().stream()
                .filter(PlaceLabelLayer.class::isInstance).findFirst().orElseThrow();
    }

    /** The markers on screen, in scene coordinates (disc, rings and badge; not the soft shadow). */
    private List<Bounds> markerBounds() {
        IncidentLayer layer = app.view().incidentLayer();
        MapFrames.awaitDrawn(layer);
        return layer.shownMarkers().stream().map(m -> layer.localToScene(m.bounds())).toList();
    }

    private List<PlacedLabel> shownLabels() {
        MapFrames.awaitDrawn(app.view().incidentLayer());
        return labelLayer().shownLabels();
    }

    private Bounds inScene(PlacedLabel l) {
        PlacedLabel.Box b = l.box();
        return labelLayer().localToScene(new BoundingBox(b.x(), b.y(), b.width(), b.height()));
    }

    private void assertNoLabelUnderAMarker(String when) {
        List<Bounds> markers = markerBounds();
        assertFalse(markers.isEmpty(), "markers shown " + when);
        for (PlacedLabel l : shownLabels()) {
            Bounds label = inScene(l);
            for (Bounds m : markers) {
                assertFalse(label.intersects(m), l.place().name() + " " + label + " under a marker " + m + " " + when);
            }
        }
    }

    @Test
    void on13May2010BatkenIsNamedAndNoNameIsUnderAMarker() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 13)));
        WaitForAsyncUtils.waitForFxEvents(5);

        List<String> names = shownLabels().stream().map(l -> l.place().name()).toList();
        assertTrue(names.containsAll(List.of("Batken", "Osh", "Jalal-Abad")), "labels shown: " + names);
        assertTrue(shownLabels().stream().filter(l -> l.place().name().equals("Batken")).allMatch(PlacedLabel::marked));
        assertNoLabelUnderAMarker("on 2010-05-13");
        Screenshots.save(app.view().getScene(), "30-labels-beside-markers-2010-05-13");

        // The slider moves on: the names follow the new markers without anything else to do.
        interact(() -> app.model().goTo(LocalDate.of(2005, 3, 21)));
        WaitForAsyncUtils.waitForFxEvents(5);
        assertFalse(shownLabels().stream().anyMatch(l -> l.place().name().equals("Batken")),
                "Batken goes back to waiting for zoom 8 once its marker is gone");
        assertNoLabelUnderAMarker("on 2005-03-21");

        // Zoomed in, and with a marker selected (its ring grows), still nothing under a marker.
        interact(() -> {
            app.view().map().setZoom(9);
            app.model().select("geonames:1528249");
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertNoLabelUnderAMarker("at zoom 9 with Jalal-Abad selected");
        Screenshots.save(app.view().getScene(), "31-labels-beside-markers-2005-03-21-z9");
    }
}
