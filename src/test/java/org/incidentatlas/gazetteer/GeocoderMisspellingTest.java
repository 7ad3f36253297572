package org.incidentatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One-letter misspellings on a small gazetteer of our own: the search skips names that cannot end
 * where the text lets a name end, and these are the cases where such a shortcut would go wrong.
 */
class GeocoderMisspellingTest {

    /** More letters than the search's bit masks hold: that gazetteer is searched without the shortcut. */
    private static final String VERY_LONG_NAME =
            "Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu";

    private static final Geocoder GEOCODER = new Geocoder(Gazetteer.of(List.of(
            place("t:kyzyl-kiya", "Kyzyl-Kiya"),
            place("t:jalal-abad", "Jalal-Abad"),
            place("t:bishkek", "Bishkek"))));

    private static Place place(String id, String name) {
        return new Place(id, name, List.of(), PlaceKind.TOWN, 41, 73, "", "KG", 1_000);
    }

    private static List<String> ids(Geocoder geocoder, String text) {
        return geocoder.find(text).stream().map(m -> m.place().id()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Shops closed in Kyzyl Kiia overnight.       | t:kyzyl-kiya | Kyzyl Kiia
            Shops closed in Kyzyl-Kiia overnight.       | t:kyzyl-kiya | Kyzyl-Kiia
            Shops closed in Kyzl-Kiya overnight.        | t:kyzyl-kiya | Kyzl-Kiya
            Shops closed in Kyzyl-Kiyya overnight.      | t:kyzyl-kiya | Kyzyl-Kiyya
            Gunfire in Jalal-Aba on Friday.             | t:jalal-abad | Jalal-Aba
            Kyzyl-Kiia Mayor Bolot Said                 | t:kyzyl-kiya | Kyzyl-Kiia
            Talks in Bishkeck failed.                   | t:bishkek    | Bishkeck
            """)
    void aWrongMissingOrExtraLetterAnywhereInANameOfSeveralWords(String text, String id, String surface) {
        List<PlaceMention> mentions = GEOCODER.find(text);
        assertEquals(List.of(id), mentions.stream().map(m -> m.place().id()).toList(), text);
        assertEquals(surface, mentions.get(0).surface());
    }

    @Test
    void aLetterAddedAtTheEndMakesAnotherWord() {
        assertEquals(List.of(), ids(GEOCODER, "Talks in Bishkecks failed."));
    }

    @Test
    void aMisspellingOneLetterFromTwoNamesIsNeither() {
        Geocoder one = new Geocoder(Gazetteer.of(List.of(place("t:talasek", "Talasek"))));
        Geocoder two = new Geocoder(Gazetteer.of(List.of(place("t:talasek", "Talasek"), place("t:talasok", "Talasok"))));
        assertEquals(List.of("t:talasek"), ids(one, "Talks in Talasak failed."));
        assertEquals(List.of(), ids(two, "Talks in Talasak failed."));
    }

    @Test
    void veryLongNamesAreStillFoundMisspelt() {
        Geocoder geocoder = new Geocoder(Gazetteer.of(List.of(
                place("t:long", VERY_LONG_NAME), place("t:bishkek", "Bishkek"))));
        String misspelt = VERY_LONG_NAME.substring(0, VERY_LONG_NAME.length() - 2) + "u";
        assertEquals(List.of("t:long", "t:bishkek"), ids(geocoder, "From " + misspelt + " to Bishkeck."));
        assertEquals(Optional.of("t:bishkek"), geocoder.geocode("Bishkeck").map(Place::id));
    }
}
