package org.incidentatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.incidentatlas.model.Place;

/**
 * Every place the app knows by name: Kyrgyz settlements, regions and hand-added villages, the
 * neighbours' main cities, and the foreign places news on the region names. Immutable; load the
 * bundled one with {@link #bundled()} once and pass it to whoever needs it.
 */
public final class Gazetteer {

    /** The places, on the classpath (data/ is packaged into the jar). */
    public static final String PLACES_RESOURCE = "/data/gazetteer/places.tsv";
    /** English words one letter away from a place name: never read as a misspelt place. */
    public static final String ORDINARY_WORDS_RESOURCE = "/data/gazetteer/ordinary-words.txt";

    /** The credit the app must show wherever it shows gazetteer places (GeoNames' licence requires it). */
    public static final String ATTRIBUTION = "GeoNames (CC-BY 4.0)";

    private final Map<String, GazetteerEntry> entries;
    private final List<Place> places;
    private final Set<String> ordinaryWords;
    private final MapArea mapArea;

    private Gazetteer(List<GazetteerEntry> entries, Set<String> ordinaryWords, MapArea mapArea) {
        Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
        for (GazetteerEntry entry : entries) {
            if (byId.putIfAbsent(entry.place().id(), entry) != null) {
                throw new IllegalArgumentException("two gazetteer entries with id " + entry.place().id());
            }
        }
        this.entries = java.util.Collections.unmodifiableMap(byId);
        this.places = entries.stream().map(GazetteerEntry::place).toList();
        Set<String> words = new HashSet<>();
        for (String word : ordinaryWords) {
            words.add(Names.normalise(word));
        }
        this.ordinaryWords = Set.copyOf(words);
        this.mapArea = mapArea;
    }

    /** The gazetteer bundled with the app, read from the classpath. */
    public static Gazetteer bundled() {
        List<GazetteerEntry> entries = bundledEntries();
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(open(ORDINARY_WORDS_RESOURCE))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ORDINARY_WORDS_RESOURCE, e);
        }
        return new Gazetteer(entries, words, MapArea.CENTRAL_ASIA);
    }

    /**
     * The bundled places alone, in file order, as {@code bundled().places()}: for pictures, which name places
     * but never look a name up. The gazetteer itself normalises its ordinary words, which builds the name
     * folding tables (1,328 characters decomposed by {@link java.text.Normalizer}, its Unicode data loaded):
     * about 50 ms of CPU in a fresh JVM, for a {@code render} that folds no name.
     */
    public static List<Place> bundledPlaces() {
        return bundledEntries().stream().map(GazetteerEntry::place).toList();
    }

    private static List<GazetteerEntry> bundledEntries() {
        try (Reader reader = open(PLACES_RESOURCE)) {
            return GazetteerTsv.read(reader, PLACES_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PLACES_RESOURCE, e);
        }
    }

    /** A gazetteer of the given places, none needing context, no ordinary-word list: for tests and tools. */
    public static Gazetteer of(List<Place> places) {
        return new Gazetteer(places.stream().map(GazetteerEntry::of).toList(), Set.of(), MapArea.CENTRAL_ASIA);
    }

    /** A gazetteer of the given entries; {@code ordinaryWords} are never read as misspelt place names. */
    public static Gazetteer of(List<GazetteerEntry> entries, Set<String> ordinaryWords, MapArea mapArea) {
        return new Gazetteer(List.copyOf(entries), ordinaryWords, mapArea);
    }

    /**
     * This gazetteer with the places a user added ({@link AddedPlaces}): a place whose id it already holds is
     * not added twice, and one without a country (a row of a name and coordinates) takes the country of the
     * nearest place it knows, so that the study area judges it as it judges that place.
     */
    public Gazetteer withAdded(List<Place> added) {
        List<GazetteerEntry> all = new java.util.ArrayList<>(entries.values());
        Set<String> ids = new HashSet<>(entries.keySet());
        for (Place place : added) {
            if (!ids.add(place.id())) {
                continue;
            }
            Place placed = place.countryCode().isEmpty()
                    ? new Place(place.id(), place.name(), place.alternateNames(), place.kind(), place.lat(), place.lon(),
                            place.admin(), nearestCountry(place), place.population())
                    : place;
            // GeoNames places about 1 km; a row someone typed is trusted like a hand-added village.
            all.add(new GazetteerEntry(placed, false, place.id().startsWith(AddedPlaces.CSV_ID_PREFIX) ? 5.0 : 1.0));
        }
        return new Gazetteer(all, ordinaryWords, mapArea);
    }

    private String nearestCountry(Place place) {
        double cos = Math.cos(Math.toRadians(place.lat()));
        String country = "";
        double best = Double.MAX_VALUE;
        for (Place known : places) {
            double dx = (known.lon() - place.lon()) * cos;
            double dy = known.lat() - place.lat();
            double d = dx * dx + dy * dy;
            if (!known.countryCode().isEmpty() && d < best) {
                best = d;
                country = known.countryCode();
            }
        }
        return country;
    }

    private static Reader open(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new GazetteerFormatException("the gazetteer file " + resource + " is not on the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Every place, in file order. */
    public List<Place> places() {
        return places;
    }

    /** Every entry, in file order. */
    public List<GazetteerEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Place> byId(String id) {
        return entry(id).map(GazetteerEntry::place);
    }

    public Optional<GazetteerEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** True if the place lies in the map's area and may be plotted; false for Moscow, Minsk, Washington... */
    public boolean inMapArea(Place place) {
        return mapArea.contains(place);
    }

    public MapArea mapArea() {
        return mapArea;
    }

    /** True if the place's name is also a common word or a person's name, so a mention needs place-like context. */
    public boolean needsContext(Place place) {
        GazetteerEntry entry = entries.get(place.id());
        return entry != null && entry.needsContext();
    }

    /** True if the (normalised) word is an ordinary word that must not be read as a misspelt place name. */
    public boolean isOrdinaryWord(String normalisedWord) {
        return ordinaryWords.contains(normalisedWord);
    }

    /** How many ordinary words guard the fuzzy matcher (for reports). */
    public int ordinaryWordCount() {
        return ordinaryWords.size();
    }
}
