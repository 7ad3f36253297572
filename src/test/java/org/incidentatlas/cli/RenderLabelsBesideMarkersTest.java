package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.rendering.DayCaptionOverlay;
import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.rendering.IncidentMarkerOverlay;
import org.incidentatlas.rendering.LegendOverlay;
import org.incidentatlas.rendering.LabelPlacer;
import org.incidentatlas.rendering.MapOverlay;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.MarkerSpot;
import org.incidentatlas.rendering.PlaceLabelOverlay;
import org.incidentatlas.rendering.PlacedLabel;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.timeline.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code render --date} names the places of the day's markers beside them, and puts no name under a
 * marker: checked on the overlays the command draws, with the bundled incidents.
 */
class RenderLabelsBesideMarkersTest {

    private static List<PlacedLabel> labels(List<MapOverlay> command, Viewport v) {
        return overlay(command, PlaceLabelOverlay.class).labels(v);
    }

    private static <T extends MapOverlay> T overlay(List<MapOverlay> layers, Class<T> type) {
        return layers.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The day map {@code render --date} draws with the bundled incidents: read once, it is the same for every day. */
    private static DayMap dayMap;

    @BeforeAll
    static void readTheBundledIncidentsOnce() throws Exception {
        Timeline timeline = RenderCommand.readTimeline(null, new PrintWriter(System.err, true), "render").orElseThrow();
        dayMap = RenderCommand.dayMap(timeline, MapTheme.LIGHT);
    }

    /** The layers {@code render --date} draws for the day. */
    private static List<MapOverlay> command(String date, double zoom) {
        return dayMap.overlays(LocalDate.parse(date));
    }

    @Test
    void theHomeViewOn13May2010NamesOshJalalAbadAndBatkenBesideTheirMarkers() throws Exception {
        List<MapOverlay> command = command("2010-05-13", 7);
        Viewport v = Viewport.centredOn(41.35, 72.6, 7, 1200, 800);
        List<PlacedLabel> labels = labels(command, v);
        List<MarkerSpot> markers = overlay(command, IncidentMarkerOverlay.class).spots(v);
        List<String> names = labels.stream().map(l -> l.place().name()).toList();
        assertTrue(names.containsAll(List.of("Osh", "Jalal-Abad", "Batken")), names.toString());
        assertEquals(3, markers.size());
        for (MarkerSpot m : markers) {
            PlacedLabel own = labels.stream().filter(l -> l.place().id().equals(m.placeId())).findFirst().orElseThrow();
            assertTrue(own.marked());
            assertTrue(distance(own.box(), m.box()) < 6, own.place().name() + " is named beside its marker");
        }
        assertNothingUnder(command, v);
    }

    @Test
    void noNameGoesUnderAMarkerCloserInOrOnOtherDays() throws Exception {
        for (String date : List.of("2005-03-20", "2005-03-21", "2010-05-13", "2010-05-14")) {
            for (double zoom : new double[] {6, 7, 8, 9, 10}) {
                List<MapOverlay> command = command(date, zoom);
                Viewport v = Viewport.centredOn(41.35, 72.6, zoom, 1200, 800);
                assertNothingUnder(command, v);
            }
        }
    }

    private static void assertNothingUnder(List<MapOverlay> layers, Viewport v) {
        List<PlacedLabel> labels = labels(layers, v);
        List<MarkerSpot> markers = overlay(layers, IncidentMarkerOverlay.class).spots(v);
        DayCaptionOverlay caption = overlay(layers, DayCaptionOverlay.class);
        LegendOverlay legend = overlay(layers, LegendOverlay.class);
        List<PlacedLabel.Box> furniture = new java.util.ArrayList<>(LabelPlacer.mapFurniture(v.width(), v.height()));
        furniture.add(caption.box());
        furniture.add(legend.box(v));
        for (int i = 0; i < labels.size(); i++) {
            PlacedLabel l = labels.get(i);
            for (MarkerSpot m : markers) {
                assertFalse(l.box().intersects(m.box()), l.place().name() + " under the marker of " + m.place().name()
                        + " at zoom " + v.zoom());
            }
            for (PlacedLabel.Box f : furniture) {
                assertFalse(l.box().intersects(f), l.place().name() + " over the scale bar, credits, caption or legend");
            }
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(l.box().intersects(labels.get(j).box()), l.place().name() + " overlaps " + labels.get(j).place().name());
            }
        }
    }

    /** The gap between two boxes (0 when they touch or overlap). */
    private static double distance(PlacedLabel.Box a, PlacedLabel.Box b) {
        double dx = Math.max(0, Math.max(b.x() - (a.x() + a.width()), a.x() - (b.x() + b.width())));
        double dy = Math.max(0, Math.max(b.y() - (a.y() + a.height()), a.y() - (b.y() + b.height())));
        return Math.hypot(dx, dy);
    }
}
