package org.incidentatlas.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.gazetteer.PlaceFinder;
import org.incidentatlas.gazetteer.PlaceMention;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * A small in-memory gazetteer for extraction tests: a few southern Kyrgyz towns with their
 * spellings, the capital, and the foreign places the reports mention. Matches whole words,
 * case-sensitively, longest name first; a possessive "'s" is left out of the mention. Each place
 * carries the id the bundled gazetteer gives it (checked by {@code FakePlaceFinderContractTest}),
 * so an id seen in a test means the same place as in the app.
 */
public final class FakePlaceFinder implements PlaceFinder {

    public static final Place OSH = city("geonames:1527534", "Osh", 40.5333, 72.7833);
    public static final Place JALAL_ABAD = city("geonames:1528249", "Jalal-Abad", 40.9333, 73.0);
    public static final Place BATKEN = city("geonames:1528735", "Batken", 40.0625, 70.8194);
    public static final Place BISHKEK = city("geonames:1528675", "Bishkek", 42.87, 74.59);
    public static final Place TEYIT = new Place("manual:teyit", "Teyit", List.of(), PlaceKind.VILLAGE, 40.97, 73.05,
            "Jalal-Abad", "KG", 0);
    public static final Place KYRGYZSTAN = new Place("country:KG", "Kyrgyzstan", List.of(), PlaceKind.COUNTRY, 41.5, 74.5,
            "", "KG", 5_000_000);
    public static final Place OSH_REGION = new Place("region:KG-O", "Osh Region", List.of(), PlaceKind.REGION, 40.3, 73.3,
            "", "KG", 0);

    private final List<Entry> entries = new ArrayList<>();

    public FakePlaceFinder() {
        add(OSH, true, "Osh", "OSH");
        add(JALAL_ABAD, true, "Jalal-Abad", "Jalalabad", "Jalal'abad", "Jalal’abad", "Jala-Abad", "JALAL-ABAD");
        add(BATKEN, true, "Batken");
        add(BISHKEK, true, "Bishkek", "BISHKEK");
        add(TEYIT, true, "Teyit");
        add(KYRGYZSTAN, true, "Kyrgyzstan", "KYRGYZSTAN");
        add(OSH_REGION, true, "Osh region", "Osh Region", "Osh province", "Osh oblast");
        for (String[] town : new String[][] {
            {"geonames:1527513", "Uzgen"}, {"geonames:1528121", "Karakol"}, {"geonames:1527592", "Naryn"},
            {"geonames:1527299", "Talas"}, {"geonames:1527199", "Tokmok"}, {"geonames:1528091", "Kara-Suu"},
            {"geonames:1528831", "Aravan"}, {"geonames:1528339", "Nookat"}, {"geonames:1527719", "Kyzyl-Kiya"},
            {"geonames:1527260", "Tash-Kumyr"}, {"geonames:1528182", "Kara-Balta"}}) {
            add(city(town[0], town[1], 41.0, 73.0), true, town[1]);
        }
        // Inside the map, outside Kyrgyzstan: the study area, not the map, keeps its events out.
        add(new Place("geonames:1514588", "Andijan", List.of(), PlaceKind.CITY, 40.78, 72.34, "Andijan", "UZ", 0), true,
                "Andijan");
        add(foreign("geonames:524901", "Moscow", PlaceKind.CITY, "RU"), false, "Moscow", "MOSCOW");
        add(foreign("geonames:625144", "Minsk", PlaceKind.CITY, "BY"), false, "Minsk");
        add(foreign("geonames:4140963", "Washington", PlaceKind.CITY, "US"), false, "Washington");
        add(foreign("geonames:703448", "Kiev", PlaceKind.CITY, "UA"), false, "Kiev", "Kyiv");
        add(foreign("geonames:611717", "Tbilisi", PlaceKind.CITY, "GE"), false, "Tbilisi");
        add(foreign("geonames:1512569", "Tashkent", PlaceKind.CITY, "UZ"), false, "Tashkent");
        add(foreign("country:BY", "Belarus", PlaceKind.COUNTRY, "BY"), false, "Belarus");
        add(foreign("country:UA", "Ukraine", PlaceKind.COUNTRY, "UA"), false, "Ukraine");
        add(foreign("country:GE", "Georgia", PlaceKind.COUNTRY, "GE"), false, "Georgia");
        add(foreign("country:RU", "Russia", PlaceKind.COUNTRY, "RU"), false, "Russia");
        add(foreign("country:US", "United States", PlaceKind.COUNTRY, "US"), false, "United States");
        add(foreign("country:UZ", "Uzbekistan", PlaceKind.COUNTRY, "UZ"), false, "Uzbekistan");
        entries.sort(Comparator.comparingInt((Entry e) -> e.name().length()).reversed());
    }

    private static Place city(String id, String name, double lat, double lon) {
        return new Place(id, name, List.of(), PlaceKind.CITY, lat, lon, name, "KG", 0);
    }

    private static Place foreign(String id, String name, PlaceKind kind, String country) {
        return new Place(id, name, List.of(), kind, 0, 0, "", country, 0);
    }

    private void add(Place place, boolean inMap, String... names) {
        for (String n : names) {
            entries.add(new Entry(n, place, inMap));
        }
    }

    @Override
    public List<PlaceMention> find(String text) {
        List<PlaceMention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Entry e : entries) {
            int from = 0;
            int at;
            while ((at = text.indexOf(e.name(), from)) >= 0) {
                int end = at + e.name().length();
                from = at + 1;
                boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                boolean free = true;
                for (int i = at; i < end && free; i++) {
                    free = !taken[i];
                }
                if (word && free) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    found.add(new PlaceMention(at, end, e.name(), e.place(), e.name(), e.inMap()));
                }
            }
        }
        found.sort(Comparator.comparingInt(PlaceMention::start));
        return found;
    }

    /** Every name this finder knows, with its place: what the contract test compares with the real gazetteer. */
    Map<String, Place> placesByName() {
        Map<String, Place> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.name(), e.place()));
        return byName;
    }

    private record Entry(String name, Place place, boolean inMap) {
    }
}
