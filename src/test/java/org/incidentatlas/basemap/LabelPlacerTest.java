package org.incidentatlas.basemap;

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
}
