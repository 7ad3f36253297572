package org.incidentatlas.basemap;

import java.util.List;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * A stand-in list of towns until the gazetteer (issue: gazetteer) supplies its places: the
 * label layer takes any {@code List<Place>}, and the integrator passes the gazetteer's instead.
 * Coordinates and populations are rounded GeoNames cities1000 values (2020), good to ~1 km.
 */
public final class ProvisionalPlaces {

    private ProvisionalPlaces() {
    }

    public static List<Place> places() {
        return List.of(
                city("Bishkek", 42.8700, 74.5900, "KG", 900_000),
                city("Osh", 40.5283, 72.7985, "KG", 258_111),
                city("Jalal-Abad", 40.9333, 73.0000, "KG", 89_004),
                city("Karakol", 42.4907, 78.3936, "KG", 67_100),
                city("Tokmok", 42.8419, 75.3015, "KG", 63_047),
                city("Kara-Balta", 42.8142, 73.8481, "KG", 47_159),
                city("Balykchy", 42.4602, 76.1871, "KG", 42_875),
                city("Uzgen", 40.7699, 73.3007, "KG", 40_000),
                city("Talas", 42.5228, 72.2427, "KG", 32_638),
                city("Naryn", 41.4287, 75.9911, "KG", 35_000),
                city("Kyzyl-Kyya", 40.2567, 72.1279, "KG", 32_000),
                city("Tash-Kumyr", 41.3468, 72.2174, "KG", 23_000),
                city("Kara Suu", 40.7048, 72.8656, "KG", 20_000),
                city("Kant", 42.8911, 74.8508, "KG", 21_000),
                city("Suluktu", 39.9338, 69.5674, "KG", 13_000),
                city("Batken", 40.0626, 70.8194, "KG", 12_000),
                city("Nookat", 40.2661, 72.6186, "KG", 12_000),
                city("Aravan", 40.5156, 72.5007, "KG", 10_000),
                city("Cholpon-Ata", 42.6493, 77.0824, "KG", 10_000),
                city("Toktogul", 41.8723, 72.9408, "KG", 9_000),
                city("Isfana", 39.8389, 69.5276, "KG", 8_000),
                city("Andijan", 40.7829, 72.3442, "UZ", 318_419),
                city("Namangan", 40.9983, 71.6726, "UZ", 432_456),
                city("Fergana", 40.3842, 71.7843, "UZ", 187_000),
                city("Margilan", 40.4714, 71.7247, "UZ", 150_000),
                city("Kokand", 40.5286, 70.9425, "UZ", 192_500),
                city("Tashkent", 41.2646, 69.2163, "UZ", 1_978_028),
                city("Khujand", 40.2826, 69.6222, "TJ", 144_865),
                city("Dushanbe", 38.5358, 68.7791, "TJ", 543_107),
                city("Almaty", 43.2500, 76.9167, "KZ", 1_977_011),
                city("Shymkent", 42.3000, 69.6000, "KZ", 414_032),
                city("Taraz", 42.9000, 71.3667, "KZ", 330_000),
                city("Kashgar", 39.4704, 75.9898, "CN", 350_000));
    }

    private static Place city(String name, double lat, double lon, String country, long population) {
        PlaceKind kind = population >= 50_000 ? PlaceKind.CITY : PlaceKind.TOWN;
        return new Place("provisional:" + name.toLowerCase(java.util.Locale.ROOT), name, List.of(), kind, lat, lon, "", country, population);
    }
}
