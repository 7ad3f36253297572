package org.incidentatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.extract.EventExtractor;
import org.incidentatlas.extract.Extraction;
import org.incidentatlas.extract.UnplacedNames;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AddedPlacesTest {

    private static Gazetteer bundled;

    @BeforeAll
    static void load() {
        bundled = Gazetteer.bundled();
    }

    /** Rows in the GeoNames export's 19 columns, written here: a village, a stream (not a place events happen in), a region. */
    private static final String GEONAMES = String.join("\n",
            String.join("\t", "9000001", "Jylkeldi", "Jylkeldi", "Dzhylkeldi,Жылкелди,Jylkeldi-Ata,http://x.example,12345",
                    "40.61", "72.95", "P", "PPL", "KG", "", "03", "", "", "", "1200", "", "900", "Asia/Bishkek", "2020-01-01"),
            String.join("\t", "9000002", "Jylkeldi-Say", "Jylkeldi-Say", "", "40.62", "72.96", "H", "STM", "KG", "", "03", "",
                    "", "", "0", "", "900", "Asia/Bishkek", "2020-01-01"),
            String.join("\t", "9000003", "Big Town", "Big Town", "", "41.0", "73.0", "P", "PPLA", "KG", "", "03", "", "", "",
                    "250000", "", "900", "Asia/Bishkek", "2020-01-01"),
            "");

    @Test
    void aGeoNamesDumpGivesItsPopulatedPlacesWithTheirLatinAndCyrillicNames() {
        AddedPlaces.Read read = AddedPlaces.read(new StringReader(GEONAMES), "KG.txt", lines -> { });
        assertEquals("GeoNames", read.format());
        assertEquals(1, read.skipped());
        assertEquals(List.of(
                new Place("geonames:9000001", "Jylkeldi", List.of("Dzhylkeldi", "Жылкелди", "Jylkeldi-Ata"), PlaceKind.VILLAGE,
                        40.61, 72.95, "", "KG", 1200),
                new Place("geonames:9000003", "Big Town", List.of(), PlaceKind.CITY, 41.0, 73.0, "", "KG", 250000)),
                read.places());
    }

    @Test
    void aCsvOfNamesAndCoordinatesIsReadWithOrWithoutAHeader() {
        AddedPlaces.Read read = AddedPlaces.read(new StringReader("name,lat,lon\nJylkeldi,40.61,72.95\n\"Kara Tash\",\"40.5, 72.8\"\n"),
                "villages.csv", lines -> { });
        assertEquals(List.of("Jylkeldi", "Kara Tash"), read.places().stream().map(Place::name).toList());
        assertEquals(40.5, read.places().get(1).lat());
        assertEquals(72.8, read.places().get(1).lon());
        assertEquals(1, AddedPlaces.read(new StringReader("Jylkeldi,40.61,72.95\n"), "v.csv", l -> { }).places().size());
    }

    @Test
    void aBadRowIsNamedByFileAndLine() {
        GazetteerFormatException range = assertThrows(GazetteerFormatException.class,
                () -> AddedPlaces.read(new StringReader("name,lat,lon\nA,40,72\nB,95.5,72\n"), "v.csv", l -> { }));
        assertEquals("v.csv line 3: the latitude 95.5 is outside -90 to 90", range.getMessage());
        GazetteerFormatException fields = assertThrows(GazetteerFormatException.class,
                () -> AddedPlaces.read(new StringReader("A,40\n"), "v.csv", l -> { }));
        assertTrue(fields.getMessage().startsWith("v.csv line 1: expected a name and its coordinates"), fields.getMessage());
        GazetteerFormatException cut = assertThrows(GazetteerFormatException.class, () -> AddedPlaces.read(
                new StringReader(GEONAMES.lines().findFirst().orElseThrow() + "\n9000004\tCut\trow\n"), "KG.txt", l -> { }));
        assertEquals("KG.txt line 2: has 3 tab-separated fields; a GeoNames row has 19", cut.getMessage());
        assertEquals("empty.csv: is empty: no places to add", assertThrows(GazetteerFormatException.class,
                () -> AddedPlaces.read(new StringReader(""), "empty.csv", l -> { })).getMessage());
    }

    @Test
    void aVillageTheBundledGazetteerLacksIsUnplacedUntilItIsAddedThenItsEventIsFound() {
        Article report = new Article("jylkeldi", "", "Wire", LocalDate.of(2010, 6, 12), "", "",
                "Protesters seized the administration building in Jylkeldi on Friday.\n");
        Extraction before = new EventExtractor(new Geocoder(bundled)).extract(List.of(report));
        assertEquals(List.of(), before.incidents());
        List<UnplacedNames.Unplaced> unplaced = UnplacedNames.of(before.skipped(), new Geocoder(bundled));
        assertEquals(List.of(new UnplacedNames.Unplaced("Jylkeldi", List.of(new UnplacedNames.Mention("jylkeldi",
                "Protesters seized the administration building in Jylkeldi on Friday.")))), unplaced);

        Gazetteer extended = bundled.withAdded(AddedPlaces.read(new StringReader("Jylkeldi,40.61,72.95\n"), "v.csv", l -> { }).places());
        List<Incident> after = new EventExtractor(new Geocoder(extended)).extract(List.of(report)).incidents();
        assertEquals(1, after.size());
        assertEquals("Jylkeldi", after.get(0).place().name());
        assertEquals("KG", after.get(0).place().countryCode(), "a CSV place takes the country of the nearest known place");
        assertEquals(LocalDate.of(2010, 6, 11), after.get(0).date());
        assertEquals(List.of(), UnplacedNames.of(new EventExtractor(new Geocoder(extended)).extract(List.of(report)).skipped(),
                new Geocoder(extended)));
    }
}
