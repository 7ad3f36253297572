package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.PlaceLabelOverlay;
import org.incidentatlas.rendering.PlacedLabel;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.MarkerGeometry;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.timeline.ViewMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code render --date} shows every type at a place: on 20 March 2005 Jalal-Abad had a clash and a
 * seizure, and the picture shows the clash's disc with the seizure's beside it; on 14 May 2010 the
 * group ring at Jalal-Abad is named with the places it holds. Read from the drawn pixels and labels.
 */
class RenderEveryTypeAtAPlaceTest {

    private static final double JALAL_ABAD_LAT = 40.93, JALAL_ABAD_LON = 73.00;

    private static Timeline timeline;
    private static DayMap map;

    @BeforeAll
    static void readTheBundledIncidentsOnce() throws Exception {
        timeline = RenderCommand.readTimeline(null, new PrintWriter(System.err, true), "render").orElseThrow();
        map = RenderCommand.dayMap(timeline, MapTheme.LIGHT);
    }

    @Test
    void aClashAndASeizureOnOneDayAtJalalAbadAreBothDrawn() throws Exception {
        LocalDate day = LocalDate.of(2005, 3, 20);
        Viewport v = Viewport.centredOn(JALAL_ABAD_LAT, JALAL_ABAD_LON, 9, 400, 300);
        BufferedImage image = map.draw(v, day).image();

        PlaceMarker jalalAbad = new org.incidentatlas.timeline.MarkerIndex(timeline,
                org.incidentatlas.timeline.IncidentFilter.showAll()).markersAt(day, ViewMode.UP_TO_DAY).stream()
                .filter(m -> m.place().name().equals("Jalal-Abad")).findFirst().orElseThrow();
        assertEquals(List.of(IncidentKind.of(IncidentType.CLASH), IncidentKind.of(IncidentType.SEIZURE)), jalalAbad.kinds());

        double x = v.screenX(jalalAbad.place().lon()), y = v.screenY(jalalAbad.place().lat());
        double r = jalalAbad.radius();
        // The disc is the clash's colour (sampled between the centre's icon and the rim) ...
        assertNear(IncidentType.CLASH.color(), image.getRGB((int) Math.round(x + r * 0.8), (int) Math.round(y)), "the disc");
        // ... and the fanned disc the seizure's, next to its icon.
        MarkerGeometry.Fan fan = MarkerGeometry.fans(r, 2).get(0);
        double fx = x + fan.dx(), fy = y + fan.dy();
        assertNear(IncidentType.SEIZURE.color(),
                image.getRGB((int) Math.round(fx - fan.radius() * 0.75), (int) Math.round(fy)), "the seizure beside it");
    }

    @Test
    void aGroupRingIsNamedWithItsPlaces() throws Exception {
        Viewport v = Viewport.centredOn(40.6, 72.9, 9, 700, 500);
        PlaceLabelOverlay names = map.overlays(LocalDate.of(2010, 5, 14)).stream()
                .filter(PlaceLabelOverlay.class::isInstance).map(PlaceLabelOverlay.class::cast).findFirst().orElseThrow();
        List<String> texts = names.labels(v).stream().map(PlacedLabel::text).toList();
        assertTrue(texts.contains("Jalal-Abad, Teyit"), texts.toString());
        assertTrue(texts.stream().noneMatch("Teyit"::equals), "Teyit is named in its group's label only: " + texts);
    }

    private static void assertNear(String expected, int argb, String what) {
        Color want = Color.decode(expected);
        Color got = new Color(argb);
        double d = Math.abs(want.getRed() - got.getRed()) + Math.abs(want.getGreen() - got.getGreen())
                + Math.abs(want.getBlue() - got.getBlue());
        assertTrue(d < 40, what + ": expected about " + expected + ", drew " + String.format("#%06x", argb & 0xffffff));
    }
}
