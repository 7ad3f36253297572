package org.incidentatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.incidentatlas.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The geocoder's rules, on sentences of our own, against the bundled gazetteer. */
class GeocoderRulesTest {

    private static Geocoder geocoder;

    @BeforeAll
    static void loadBundledGazetteer() {
        geocoder = new Geocoder(Gazetteer.bundled());
    }

    private static List<String> ids(String text) {
        return geocoder.find(text).stream().map(m -> m.place().id()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jalal-Abad          | geonames:1528249
            Jalalabad           | geonames:1528249
            Jalal'abad          | geonames:1528249
            Jalal’abad          | geonames:1528249
            Jalal Abad          | geonames:1528249
            JALAL-ABAD          | geonames:1528249
            Jala-Abad           | geonames:1528249
            Jalal-Abd           | geonames:1528249
            Dzhalal-Abad        | geonames:1528249
            Zhalal-Abad         | geonames:1528249
            Джалал-Абад         | geonames:1528249
            Жалал-Абад          | geonames:1528249
            Osh                 | geonames:1527534
            Ош                  | geonames:1527534
            Bishkek             | geonames:1528675
            Бишкек              | geonames:1528675
            Bishkeck            | geonames:1528675
            Frunze              | geonames:1528675
            Фрунзе              | geonames:1528675
            Pishpek             | geonames:1528675
            Przhevalsk          | geonames:1528121
            Przheval'sk         | geonames:1528121
            Karakol             | geonames:1528121
            Rybachye            | geonames:1527004
            Rybach'ye           | geonames:1527004
            Balykchy            | geonames:1527004
            Batken              | geonames:1528735
            Баткен              | geonames:1528735
            Uzgen               | geonames:1527513
            Özgön               | geonames:1527513
            Kara-Suu            | geonames:1528091
            Kara Suu            | geonames:1528091
            Tokmak              | geonames:1527199
            Kyrgyzstan          | country:KG
            Kyrgystan           | country:KG
            Kirghizia           | country:KG
            Кыргызстан          | country:KG
            Киргизия            | country:KG
            Kyrgyz Republic     | country:KG
            Osh region          | region:KG-O
            Osh oblast          | region:KG-O
            Osh Province        | region:KG-O
            Ошская область      | region:KG-O
            Jalal-Abad Oblast   | region:KG-J
            Jalalabad province  | region:KG-J
            Джалал-Абадская область | region:KG-J
            Batken region       | region:KG-B
            Chüy Region         | region:KG-C
            Issyk-Kul           | region:KG-Y
            Ысык-Көл облусу     | region:KG-Y
            Talas region        | region:KG-T
            Naryn oblast        | region:KG-N
            Teyit               | manual:teyit
            Moscow              | geonames:524901
            Minsk               | geonames:625144
            Kiev                | geonames:703448
            Kyiv                | geonames:703448
            Tbilisi             | geonames:611717
            Washington          | geonames:4140963
            Baku                | geonames:587084
            Kabul               | geonames:1138958
            Almaty              | geonames:1526384
            Alma-Ata            | geonames:1526384
            Astana              | geonames:1526273
            Tashkent            | geonames:1512569
            Andijan             | geonames:1514588
            Dushanbe            | geonames:1221874
            Kashgar             | geonames:1280849
            Belarus             | country:BY
            Byelorussia         | country:BY
            Ukraine             | country:UA
            Georgia             | country:GE
            Russia              | country:RU
            United States       | country:US
            U.S.                | country:US
            Azerbaijan          | country:AZ
            Afghanistan         | country:AF
            Kazakhstan          | country:KZ
            Uzbekistan          | country:UZ
            Tajikistan          | country:TJ
            China               | country:CN
            """)
    void spellingsResolve(String spelling, String id) {
        assertEquals(Optional.of(id), geocoder.geocode(spelling).map(Place::id), "geocode(" + spelling + ")");
        assertEquals(List.of(id), ids("Crowds gathered in " + spelling + " on Friday."), "in running text");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oshkosh is a city in Wisconsin.
            The broken window was repaired.
            Kant's philosophy is taught at the university.
            Immanuel Kant wrote about reason.
            The Manas epic is recited at festivals.
            He paid with a chek.
            Talks resumed on Friday.
            Russian troops stayed in their barracks.
            The Kyrgyz government resigned.
            Kyrgyz people are freedom-loving people.
            The caravan moved on.
            Alga blooms covered the lake.
            Pop music played in the square.
            The Talas river flooded the fields.
            The Aral Sea is shrinking.
            Markaz officials met the press.
            Chek Mate was the winning horse.
            President Bakiyev and Akayev met Otunbayeva.
            us and them
            The Tulip Revolution of 2005.
            Tar was found on the road.
            Protesters marched down Chui Avenue.
            Traders at the Osh Bazaar closed their stalls.
            Prime Minister Felix Kulov resigned.
            Osmon said nothing.
            Kulov arrived in the capital.
            """)
    void nonPlacesDoNotResolve(String text) {
        assertEquals(List.of(), ids(text), text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Osh city            | geonames:1527534
            Osh, Kyrgyzstan     | geonames:1527534
            jalal-abad          | geonames:1528249
            bishkek's           | geonames:1528675
            """)
    void queriesThatAreMoreThanAName(String query, String id) {
        assertEquals(Optional.of(id), geocoder.geocode(query).map(Place::id), query);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oshkosh
            broken
            Broken
            the broken window
            Kant's philosophy
            Talks
            Russian
            Kyrgyz
            Caravan
            Oshs
            """)
    void ordinaryWordsAreNotGeocoded(String word) {
        assertEquals(Optional.empty(), geocoder.geocode(word), word);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Protesters marched in Kant on Sunday.                | geonames:1528193
            The town of Kant lies east of Bishkek.               | geonames:1528193 geonames:1528675
            Kant district officials fled.                        | geonames:1528193
            Kant argued that reason has limits.                  |
            Shots were fired near Alga.                          | geonames:1528856
            Alga is a word for forward.                          |
            Fighting broke out at Chek.                          | geonames:8375110
            People from Markaz joined.                           | geonames:8376125
            The village of Markaz was quiet.                     | geonames:8376125
            Kemin was the name on the list.                      |
            They drove to Kemin overnight.                       | geonames:1528606
            Crowds gathered in Talas on Monday.                  | geonames:1527299
            Talas was calm.                                      |
            Talas region officials resigned.                     | region:KG-T
            The Ak-Suu river is cold.                            |
            Buildings were seized in Ak-Suu.                     | geonames:1527232
            """)
    void namesThatAreAlsoWordsNeedPlaceContext(String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(" "));
        assertEquals(want, ids(text), text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Gunfire erupted in Jala-Abad on Friday.      | geonames:1528249
            Jala-Abad was tense.                         | geonames:1528249
            Talks in Bishkeck failed.                    | geonames:1528675
            Unrest in southern Kyrgystan grew.           | country:KG
            Buildings were seized in Batkn.              | geonames:1528735
            Batkn was quiet.                             |
            Jala Abad residents fled.                    | geonames:1528249
            """)
    void oneLetterMisspellingsNeedLongNamesOrPlaceContext(String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected);
        assertEquals(want, ids(text), text);
    }

    @Test
    void aRegionPhraseIsTheRegionAndCoversTheWholePhrase() {
        String text = "Clashes spread across the Osh region and into Jalal-Abad oblast.";
        List<PlaceMention> mentions = geocoder.find(text);
        assertEquals(List.of("region:KG-O", "region:KG-J"), mentions.stream().map(m -> m.place().id()).toList());
        assertEquals("Osh region", mentions.get(0).surface());
        assertEquals("Jalal-Abad oblast", mentions.get(1).surface());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Unrest spread to the Osh and Jalal-Abad regions.            | region:KG-O region:KG-J
            Governors of Osh, Jalal-Abad and Batken oblasts resigned.   | region:KG-O region:KG-J region:KG-B
            Talks in Bishkek and the Osh and Batken provinces.         | geonames:1528675 region:KG-O region:KG-B
            Violence spread in the province of Jalal-Abad.             | region:KG-J
            The town of Batken and the region of Osh.                  | geonames:1528735 region:KG-O
            """)
    void aListEndingInRegionsIsAListOfRegions(String text, String expected) {
        assertEquals(List.of(expected.split(" ")), ids(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Беспорядки в Оше продолжались.         | Оше         | geonames:1527534
            Он прилетел из Бишкека.                | Бишкека     | geonames:1528675
            Стрельба в Джалал-Абаде.               | Джалал-Абаде | geonames:1528249
            Митинг в Баткене.                      | Баткене     | geonames:1528735
            Ситуация в Кыргызстане.                | Кыргызстане | country:KG
            """)
    void russianCaseEndingsAreTheSamePlace(String text, String surface, String id) {
        List<PlaceMention> mentions = geocoder.find(text);
        assertEquals(1, mentions.size(), text);
        assertEquals(surface, mentions.get(0).surface());
        assertEquals(id, mentions.get(0).place().id());
    }

    @Test
    void aBareCityNameIsTheCityNotItsRegion() {
        assertEquals(List.of("geonames:1527534"), ids("Protesters stormed buildings in Osh."));
        assertEquals(List.of("geonames:1527534"), ids("The Osh regional administration was seized."));
        assertEquals(List.of("geonames:1527534"), ids("The mayor of Osh city spoke."));
    }

    @Test
    void southernKyrgyzstanIsTheCountry() {
        List<PlaceMention> mentions = geocoder.find("Unrest in southern Kyrgyzstan grew.");
        assertEquals(1, mentions.size());
        assertEquals("country:KG", mentions.get(0).place().id());
        assertEquals("Kyrgyzstan", mentions.get(0).surface());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Osh's mayor resigned.                  | Osh        | geonames:1527534
            Jalal-Abad's governor fled.            | Jalal-Abad | geonames:1528249
            Kyrgyzstan’s president spoke.          | Kyrgyzstan | country:KG
            An Osh-based journalist reported it.   | Osh        | geonames:1527534
            pro-Bishkek forces arrived.            | Bishkek    | geonames:1528675
            Unrest in Uch-Korgon spread.           | Uch-Korgon | geonames:1527103
            "Osh" was painted on the wall.         | Osh        | geonames:1527534
            Osh's bazaar was closed.               | Osh        | geonames:1527534
            """)
    void wordBoundariesAndPossessives(String text, String surface, String id) {
        List<PlaceMention> mentions = geocoder.find(text);
        assertEquals(1, mentions.size(), text);
        assertEquals(surface, mentions.get(0).surface());
        assertEquals(id, mentions.get(0).place().id());
        assertEquals(surface, text.substring(mentions.get(0).start(), mentions.get(0).end()));
    }

    @Test
    void aListOfPlacesGivesEveryPlace() {
        assertEquals(List.of("geonames:1527534", "geonames:1528249", "geonames:1528735"),
                ids("They seized buildings in Osh, Jalal'abad and Batken."));
        assertEquals(List.of("geonames:1528675", "geonames:1527534"), ids("Talks in Bishkek Osh"));
    }

    @Test
    void foreignCapitalsAreOutsideTheMapAndNeighboursCitiesInsideIt() {
        Gazetteer gazetteer = geocoder.gazetteer();
        for (String id : List.of("geonames:524901", "geonames:625144", "geonames:703448", "geonames:611717",
                "geonames:4140963", "geonames:587084", "geonames:1138958", "country:RU", "country:US", "country:BY",
                "country:AF")) {
            Place place = gazetteer.byId(id).orElseThrow();
            assertTrue(!gazetteer.inMapArea(place), id + " is outside the map");
        }
        for (String id : List.of("geonames:1527534", "geonames:1514588", "geonames:1512569", "geonames:1526384",
                "geonames:1221874", "geonames:1280849", "country:KG", "region:KG-O", "manual:teyit")) {
            Place place = gazetteer.byId(id).orElseThrow();
            assertTrue(gazetteer.inMapArea(place), id + " is in the map area");
        }
    }
}
