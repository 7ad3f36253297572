package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    /** Fixed-width glyphs, so the tests do not depend on installed fonts. */
    private final LabelPlacer placer = new LabelPlacer((text, style) ->
            new TextMeasurer.TextSize(text.length() * style.fontSize() * 0.6, style.fontSize() * 0.8, style.fontSize() * 0.2), "KG");

    private static Place town(String name, double lat, double lon, long population) {
        return new Place("test:" + name, name, List.of(), population >= 50_000 ? PlaceKind.CITY : PlaceKind.TOWN,
                lat, lon, "", "KG", population);
    }

    private static final Place OSH = town("Osh", 40.5283, 72.7985, 258_111);
    private static final Place KARA_SUU = town("Kara Suu", 40.7048, 72.8656, 20_000);
    private static final Place ARAVAN = town("Aravan", 40.5156, 72.5007, 10_000);
    private static final Place NEAR_OSH = town("Osh Bazaar", 40.5290, 72.7990, 15_000);

    @Test
    void smallTownsWaitForCloserZooms() {
        List<Place> all = List.of(OSH, KARA_SUU, ARAVAN);
        assertEquals(List.of("Osh"), names(placer.place(all, Viewport.centredOn(40.6, 72.7, 6, 800, 600), List.of())));
        assertEquals(3, placer.place(all, Viewport.centredOn(40.6, 72.7, 9, 800, 600), List.of()).size());
    }

    @Test
    void labelsNeverOverlapAndTheBiggerPlaceWins() {
        List<PlacedLabel> labels = placer.place(List.of(NEAR_OSH, OSH), Viewport.centredOn(40.53, 72.8, 9, 800, 600), List.of());
        assertEquals("Osh", labels.get(0).place().name());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).box().intersects(labels.get(j).box()));
            }
        }
    }

    @Test
    void labelsStayInsideThePictureAndOutOfReservedCorners() {
        Viewport v = Viewport.centredOn(40.53, 72.8, 10, 400, 300);
        List<PlacedLabel.Box> reserved = LabelPlacer.mapFurniture(400, 300);
        for (PlacedLabel l : placer.place(List.of(OSH, KARA_SUU, ARAVAN), v, reserved)) {
            assertTrue(l.box().inside(400, 300));
            reserved.forEach(r -> assertFalse(r.intersects(l.box())));
        }
    }

    @Test
    void labelSitsBesideItsDotAtTheProjectedPosition() {
        Viewport v = Viewport.centredOn(OSH.lat(), OSH.lon(), 12, 800, 600);
        PlacedLabel osh = placer.place(List.of(OSH), v, List.of()).get(0);
        assertEquals(400, osh.dotX(), 1e-6);
        assertEquals(300, osh.dotY(), 1e-6);
        assertTrue(osh.textX() > osh.dotX(), "first choice: to the right of the dot");
    }

    @Test
    void placesOfTheFocusCountryWinOverBiggerForeignNeighbours() {
        Place foreign = new Place("test:big", "Big Foreign Town", List.of(), PlaceKind.CITY, 40.5283, 72.7985, "", "UZ", 150_000);
        Place kyrgyz = new Place("test:kg", "Kyrgyz Town", List.of(), PlaceKind.CITY, 40.5290, 72.7990, "", "KG", 90_000);
        List<PlacedLabel> labels = placer.place(List.of(foreign, kyrgyz), Viewport.centredOn(40.53, 72.8, 8, 800, 600), List.of());
        assertEquals("Kyrgyz Town", labels.get(0).place().name());
    }

    private static List<String> names(List<PlacedLabel> labels) {
        return labels.stream().map(l -> l.place().name()).toList();
    }

    @Test
    void cityOfRepublicanStatusIsLabelledOnceByItsCityNameNotAlsoAsARegion() {
        List<Place> candidates = LabelPlacer.candidates(org.incidentatlas.gazetteer.Gazetteer.bundled().places());
        List<String> names = candidates.stream().map(Place::name).toList();
        assertTrue(names.contains("Osh"));
        assertTrue(names.contains("Bishkek"));
        assertTrue(names.contains("Osh Region"), "an ordinary oblast keeps its label");
        assertFalse(names.stream().anyMatch(n -> n.contains("republican significance")), names.toString());

        Viewport osh = Viewport.centredOn(40.53, 72.80, 8, 1200, 800);
        List<String> shown = placer.place(candidates, osh, List.of()).stream().map(l -> l.place().name()).toList();
        assertTrue(shown.contains("Osh"), shown.toString());
    }

    // ---- incident markers

    private static MarkerSpot markerOn(Place p, Viewport v, double radius) {
        double x = v.screenX(p.lon()), y = v.screenY(p.lat());
        return new MarkerSpot(p, x, y, new PlacedLabel.Box(x - radius, y - radius, 2 * radius, 2 * radius));
    }

    private static final Place BATKEN = town("Batken", 40.0626, 70.8194, 10_155);
    private static final Place ISFARA = new Place("test:isfara", "Isfara", List.of(), PlaceKind.TOWN,
            40.1265, 70.6253, "", "TJ", 37_738);

    @Test
    void aPlaceWithAMarkerIsNamedBesideItEvenBelowItsZoom() {
        Viewport v = Viewport.centredOn(40.1, 70.8, 7, 800, 600);
        assertFalse(names(placer.place(List.of(BATKEN), v, List.of())).contains("Batken"),
                "a town of 10,000 waits for zoom 8 when nothing happened there");

        MarkerSpot marker = markerOn(BATKEN, v, 16);
        List<PlacedLabel> labels = placer.place(List.of(BATKEN, ISFARA), v, List.of(), List.of(marker));
        PlacedLabel batken = labels.stream().filter(l -> l.place() == BATKEN).findFirst()
                .orElseThrow(() -> new AssertionError("Batken not named: " + names(labels)));
        assertTrue(batken.marked(), "the marker stands for Batken's dot");
        assertFalse(batken.hasDot());
        assertFalse(batken.box().intersects(marker.box()), "the name is beside the marker, not under it");
        assertTrue(batken.textX() > marker.box().x() + marker.box().width(), "first choice: right of the marker");
        assertTrue(batken.textX() - (marker.box().x() + marker.box().width()) < 6, "close to the marker");
        for (PlacedLabel l : labels) {
            assertFalse(l.box().intersects(marker.box()), l.place().name() + " under the marker");
        }
    }

    @Test
    void aMarkedPlaceIsNamedEvenWhenTheListLacksIt() {
        Viewport v = Viewport.centredOn(40.1, 70.8, 9, 800, 600);
        Place hamlet = new Place("manual:teyit", "Teyit", List.of(), PlaceKind.VILLAGE, 40.1, 70.8, "", "KG", 0);
        List<PlacedLabel> labels = placer.place(List.of(), v, List.of(), List.of(markerOn(hamlet, v, 11)));
        assertEquals(List.of("Teyit"), names(labels));
    }

    @Test
    void noOtherNameGoesUnderAMarker() {
        // A marker just right of Osh, where Osh's name would go first, and one on Kara Suu's dot.
        Viewport v = Viewport.centredOn(40.6, 72.8, 10, 1000, 800);
        Place east = town("East of Osh", OSH.lat(), OSH.lon() + 0.04, 500);
        List<MarkerSpot> markers = List.of(markerOn(east, v, 20), markerOn(KARA_SUU, v, 14));
        List<PlacedLabel> labels = placer.place(List.of(OSH, KARA_SUU, ARAVAN, NEAR_OSH), v,
                LabelPlacer.mapFurniture(1000, 800), markers);
        assertTrue(names(labels).containsAll(List.of("Osh", "Kara Suu", "East of Osh")), names(labels).toString());
        for (PlacedLabel l : labels) {
            for (MarkerSpot m : markers) {
                assertFalse(l.box().intersects(m.box()), l.place().name() + " under the marker of " + m.place().name());
                if (!l.place().equals(m.place())) {
                    assertFalse(l.box().intersects(m.box().grow(2.5)), l.place().name() + " touches the marker of "
                            + m.place().name() + ": other names keep their distance");
                }
            }
        }
        assertNoOverlaps(labels);
    }

    @Test
    void neighbouringMarkersAllGetTheirNamesWithoutOverlaps() {
        Viewport v = Viewport.centredOn(40.6, 72.8, 8, 800, 600);
        List<Place> places = new java.util.ArrayList<>();
        List<MarkerSpot> markers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Place p = town("Village " + i, 40.6 + 0.05 * (i % 2), 72.8 + 0.25 * i, 300);
            places.add(p);
            markers.add(markerOn(p, v, 15));
        }
        places.addAll(List.of(OSH, KARA_SUU, ARAVAN));
        List<PlacedLabel> labels = placer.place(places, v, LabelPlacer.mapFurniture(800, 600), markers);
        for (MarkerSpot m : markers) {
            assertTrue(labels.stream().anyMatch(l -> l.place().equals(m.place())), m.place().name() + " not named");
            for (PlacedLabel l : labels) {
                assertFalse(l.box().intersects(m.box()), l.place().name() + " under " + m.place().name());
            }
        }
        assertNoOverlaps(labels);
    }

    private static void assertNoOverlaps(List<PlacedLabel> labels) {
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).box().intersects(labels.get(j).box()),
                        labels.get(i).place().name() + " overlaps " + labels.get(j).place().name());
            }
        }
    }
}
