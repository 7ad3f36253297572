package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.model.Place;
import org.incidentatlas.timeline.Fixture;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.MarkerLayout;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.timeline.ViewMode;
import org.junit.jupiter.api.Test;

/** At a fixed view, the names of places without markers keep their spots while the replay moves from day to day. */
class StableLabelsTest {

    private final LabelPlacer placer = new LabelPlacer(new Java2dTextMeasurer(), "KG");
    private final List<Place> places = LabelPlacer.candidates(Gazetteer.bundled().places());
    private final Timeline timeline = new Timeline(Fixture.incidents());
    private final MarkerIndex index = new MarkerIndex(timeline, IncidentFilter.showAll());

    @Test
    void unmarkedNamesNeverMoveAndHideOnlyUnderAMarker() {
        for (double zoom : new double[] {7, 8.5}) {
            Viewport v = Viewport.centredOn(41.0, 72.6, zoom, 1200, 640);
            List<PlacedLabel.Box> furniture = LabelPlacer.mapFurniture(v.width(), v.height());
            List<PlacedLabel> base = placer.place(places, v, furniture);
            Map<String, PlacedLabel.Box> spotOf = new HashMap<>();
            base.forEach(l -> spotOf.put(l.place().id(), l.box()));
            int hidden = 0;
            for (ViewMode mode : ViewMode.values()) {
                for (LocalDate day : timeline.days()) {
                    List<MarkerSpot> markers = MarkerSpot.of(MarkerLayout.of(index.markersAt(day, mode),
                            (lat, lon) -> new MarkerClusters.ScreenPoint(v.screenX(lon), v.screenY(lat)), null));
                    List<PlacedLabel> shown = placer.placeAround(base, places, v, furniture, markers);
                    List<String> markedIds = markers.stream().map(MarkerSpot::placeId).toList();
                    for (PlacedLabel l : shown) {
                        if (!l.marked()) {
                            assertEquals(spotOf.get(l.place().id()), l.box(), l.place().name() + " moved on " + day);
                        }
                    }
                    List<PlacedLabel.Box> covering = new java.util.ArrayList<>();
                    markers.forEach(m -> covering.add(m.box().grow(3)));
                    shown.stream().filter(PlacedLabel::marked).forEach(l -> covering.add(l.box().grow(3)));
                    for (PlacedLabel l : base) {
                        boolean kept = shown.stream().anyMatch(s -> s.place().id().equals(l.place().id()));
                        if (!kept && !markedIds.contains(l.place().id())) {
                            hidden++;
                            double r = l.style().dotRadius();
                            PlacedLabel.Box dot = new PlacedLabel.Box(l.dotX() - r, l.dotY() - r, 2 * r, 2 * r);
                            assertTrue(covering.stream().anyMatch(c -> c.intersects(l.box()) || c.intersects(dot)),
                                    l.place().name() + " vanished on " + day + " with nothing over it");
                        }
                    }
                }
            }
            assertTrue(base.size() > 15, "the view names many places: " + base.size());
            assertTrue(hidden < base.size(), "not every name hides");
        }
    }
}
