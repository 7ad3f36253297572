package org.incidentatlas.rendering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * Chooses which place names to show at a zoom and where, without overlaps: the most important
 * places (by population, then kind) are placed first, each trying right, left, above and below
 * its dot; a name that fits nowhere is left out. Places with an incident marker come first and
 * use the marker as their dot, and no name goes under a marker ({@link MarkerSpot}). Used by the app's label layer and by the
 * {@code render} command, so both show the same names.
 */
public final class LabelPlacer {

    /** Space kept clear between labels, in pixels. */
    private static final double PADDING = 3;
    private static final double GAP = 3;

    /**
     * Places in the focus country count this many times their population: the map is about
     * Kyrgyzstan, so Jalal-Abad (76 000) wins a spot over Andijan or Namangan (400 000+) across the border.
     */
    private static final double FOCUS_WEIGHT = 10;

    /**
     * Country names are shown below this zoom: beyond it the view is a region, whose borders and
     * oblast names say enough, and a country's name would sit among its towns.
     */
    static final double COUNTRY_NAMES_BELOW_ZOOM = 7;

    private final TextMeasurer measurer;
    private final String focusCountry;
    private final java.util.function.Supplier<List<CountryName>> countryNames;
    /** Biggest country first; sorted on first use. */
    private List<CountryName> countries;

    /** @param focusCountry ISO code of the country whose places are preferred, e.g. "KG" */
    public LabelPlacer(TextMeasurer measurer, String focusCountry) {
        this(measurer, focusCountry, List::of);
    }

    /**
     * @param countryNames country names to show where they fit, before the places (e.g.
     *                     {@code BasemapData::countryNames}); asked for on the first placement at a
     *                     zoom that shows them, so building a label layer reads no file
     */
    public LabelPlacer(TextMeasurer measurer, String focusCountry, java.util.function.Supplier<List<CountryName>> countryNames) {
        this.measurer = measurer;
        this.focusCountry = focusCountry;
        this.countryNames = countryNames;
    }

    private List<CountryName> countries() {
        if (countries == null) {
            countries = countryNames.get().stream()
                    .sorted(Comparator.comparingDouble(CountryName::room).reversed().thenComparing(CountryName::name))
                    .toList();
        }
        return countries;
    }

    /**
     * The places worth a label: a region that is itself a city (Bishkek and Osh have republican
     * status) is left out, because the city's own label names the same spot more briefly.
     */
    public static List<Place> candidates(List<Place> places) {
        java.util.Set<String> regionsOfCities = new java.util.HashSet<>();
        for (Place p : places) {
            if (p.kind() != PlaceKind.REGION && !p.admin().isEmpty()) {
                regionsOfCities.add(p.admin() + "|" + p.name());
            }
        }
        return places.stream()
                .filter(p -> p.kind() != PlaceKind.REGION || !isCityRegion(p, regionsOfCities))
                .toList();
    }

    private static boolean isCityRegion(Place region, java.util.Set<String> regionsOfCities) {
        String name = region.name();
        int paren = name.indexOf(" (");
        String cityName = paren > 0 ? name.substring(0, paren) : name;
        return regionsOfCities.contains(region.id() + "|" + cityName);
    }

    /**
     * @param reserved screen areas no label may cover (scale bar, attribution)
     */
    public List<PlacedLabel> place(List<Place> places, Viewport v, List<PlacedLabel.Box> reserved) {
        return place(places, v, reserved, List.of());
    }

    /**
     * Names the places with a marker first, whatever their size: each beside its marker, which
     * stands for its dot. Then the other places by importance, as without markers, but never under
     * a marker: every marker's box is kept free of other names, and a place whose dot a marker
     * hides is not named.
     *
     * @param reserved screen areas no label may cover (scale bar, attribution)
     * @param markers  the markers on screen; a place's gazetteer entry is used for its name when
     *                 {@code places} has one with the same id
     */
    public List<PlacedLabel> place(List<Place> places, Viewport v, List<PlacedLabel.Box> reserved,
                                   List<MarkerSpot> markers) {
        OnScreen on = onScreen(places, v, reserved, markers);
        List<PlacedLabel.Box> taken = on.taken();
        Map<String, MarkerSpot> marked = on.marked();
        Set<String> grouped = on.grouped();
        List<PlacedLabel> placed = nameMarkedPlaces(on, v, List.of());

        placed.addAll(placeCountries(v, taken));

        List<Place> candidates = new ArrayList<>();
        for (Place p : places) {
            if (!marked.containsKey(p.id()) && !grouped.contains(p.id()) && visibleAtZoom(p, v.zoom())) {
                double x = v.screenX(p.lon()), y = v.screenY(p.lat());
                if (x >= 0 && y >= 0 && x <= v.width() && y <= v.height()) {
                    candidates.add(p);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(this::weightedImportance).reversed()
                .thenComparing(Place::name).thenComparing(Place::id));
        for (Place p : candidates) {
            LabelStyle style = style(p);
            double x = v.screenX(p.lon()), y = v.screenY(p.lat());
            TextMeasurer.TextSize size = measurer.measure(p.name(), style);
            PlacedLabel label = firstFree(p, style, x, y, size, v, taken);
            if (label != null) {
                placed.add(label);
                taken.add(label.box().grow(PADDING));
                double r = style.dotRadius();
                if (r > 0) {
                    taken.add(new PlacedLabel.Box(x - r, y - r, 2 * r, 2 * r).grow(1));
                }
            }
        }
        return placed;
    }

    /**
     * Names for a view that stays while its markers change (the replay moving from day to day):
     * {@code base} is this view's naming without markers ({@link #place(List, Viewport, List)}), and
     * every name there keeps its spot, or hides while a marker or a marked place's name covers it.
     * So the names of places without markers never jump to another side nor give way to one
     * another as the date moves. Marked places are named beside their markers, on a side that
     * leaves the base names alone where one is free.
     */
    public List<PlacedLabel> placeAround(List<PlacedLabel> base, List<Place> places, Viewport v,
                                         List<PlacedLabel.Box> reserved, List<MarkerSpot> markers) {
        OnScreen on = onScreen(places, v, reserved, markers);
        List<PlacedLabel.Box> taken = on.taken();
        Map<String, MarkerSpot> marked = on.marked();
        Set<String> grouped = on.grouped();
        List<PlacedLabel.Box> baseBoxes = new ArrayList<>();
        for (PlacedLabel l : base) {
            if (!marked.containsKey(l.place().id())) {
                baseBoxes.add(l.box().grow(PADDING));
            }
        }
        List<PlacedLabel> placed = nameMarkedPlaces(on, v, baseBoxes);
        for (PlacedLabel l : base) {
            if (marked.containsKey(l.place().id()) || grouped.contains(l.place().id()) || collides(l.box(), taken)) {
                continue;
            }
            double r = l.style().dotRadius();
            if (l.hasDot() && r > 0 && collides(new PlacedLabel.Box(l.dotX() - r, l.dotY() - r, 2 * r, 2 * r), taken)) {
                continue;
            }
            placed.add(l);
        }
        return placed;
    }

    /**
     * Country names, biggest country first, each centred in its country when the zoom gives it
     * room there and nothing placed before covers it; their boxes are added to {@code taken}.
     */
    private List<PlacedLabel> placeCountries(Viewport v, List<PlacedLabel.Box> taken) {
        List<PlacedLabel> placed = new ArrayList<>();
        if (v.zoom() >= COUNTRY_NAMES_BELOW_ZOOM) {
            return placed;
        }
        for (CountryName c : countries()) {
            double x = v.screenX(c.lon()), y = v.screenY(c.lat());
            if (x < 0 || y < 0 || x > v.width() || y > v.height() || c.roomPixels(v) < 8) {
                continue;
            }
            String text = c.name().toUpperCase(java.util.Locale.ROOT);
            TextMeasurer.TextSize size = measurer.measure(text, LabelStyle.COUNTRY);
            if (!c.fits(size.width(), size.height(), v)) {
                continue;
            }
            Place country = new Place("country:" + c.isoN3(), text, List.of(), PlaceKind.COUNTRY, c.lat(), c.lon(), "", "", 0);
            PlacedLabel label = firstFree(country, LabelStyle.COUNTRY, x, y, size, v, taken);
            if (label != null) {
                placed.add(label);
                taken.add(label.box().grow(PADDING));
            }
        }
        return placed;
    }

    /**
     * Marked places named beside their markers, the most important first, each on a side that also
     * keeps clear of {@code preferClear} where one is free; their boxes are added to {@code on.taken()}.
     */
    private List<PlacedLabel> nameMarkedPlaces(OnScreen on, Viewport v, List<PlacedLabel.Box> preferClear) {
        List<PlacedLabel> placed = new ArrayList<>();
        List<MarkerSpot> markedFirst = new ArrayList<>(on.marked().values());
        markedFirst.sort(Comparator.comparingDouble((MarkerSpot m) -> weightedImportance(m.place())).reversed()
                .thenComparing(m -> m.place().name()).thenComparing(MarkerSpot::placeId));
        List<PlacedLabel.Box> taken = on.taken();
        for (MarkerSpot m : markedFirst) {
            Place p = on.byId().getOrDefault(m.placeId(), m.place());
            LabelStyle style = style(p);
            TextMeasurer.TextSize size = measurer.measure(m.name(), style);
            PlacedLabel label = null;
            if (!preferClear.isEmpty()) {
                List<PlacedLabel.Box> clearOfBoth = new ArrayList<>(taken);
                clearOfBoth.addAll(preferClear);
                label = besideMarker(p, style, m, size, v, clearOfBoth);
            }
            if (label == null) {
                label = besideMarker(p, style, m, size, v, taken);
            }
            if (label != null) {
                placed.add(label);
                taken.add(label.box().grow(PADDING));
            }
        }
        return placed;
    }

    /**
     * What the markers on screen take from the names: their boxes (other names keep the same
     * distance from a marker as from each other), the marked places, the places grouped under a
     * marker (named in its label, not again on their own), and each marked place's gazetteer entry.
     */
    private record OnScreen(List<PlacedLabel.Box> taken, Map<String, MarkerSpot> marked, Set<String> grouped,
                            Map<String, Place> byId) {
    }

    private static OnScreen onScreen(List<Place> places, Viewport v, List<PlacedLabel.Box> reserved,
                                     List<MarkerSpot> markers) {
        List<PlacedLabel.Box> taken = new ArrayList<>(reserved);
        Map<String, MarkerSpot> marked = new LinkedHashMap<>();
        Set<String> grouped = new HashSet<>();
        for (MarkerSpot m : markers) {
            taken.add(m.box().grow(PADDING));
            if (m.x() >= 0 && m.y() >= 0 && m.x() <= v.width() && m.y() <= v.height()) {
                marked.putIfAbsent(m.placeId(), m);
                m.others().forEach(o -> grouped.add(o.id()));
            }
        }
        Map<String, Place> byId = new HashMap<>();
        if (!marked.isEmpty()) {
            for (Place p : places) {
                if (marked.containsKey(p.id())) {
                    byId.putIfAbsent(p.id(), p);
                }
            }
        }
        return new OnScreen(taken, marked, grouped, byId);
    }

    /**
     * A marked place's name beside its marker: right, left, above or below it as beside a dot, then
     * at the marker's upper and lower edge on the right and on the left; null when none is free.
     */
    private static PlacedLabel besideMarker(Place p, LabelStyle style, MarkerSpot m, TextMeasurer.TextSize size,
                                            Viewport v, List<PlacedLabel.Box> taken) {
        PlacedLabel.Box b = m.box();
        double w = size.width(), h = size.height();
        double right = b.x() + b.width() + GAP, left = b.x() - GAP - w;
        double top = b.y(), bottom = b.y() + b.height();
        double[][] origins = {
            {right, m.y() - h / 2},
            {left, m.y() - h / 2},
            {m.x() - w / 2, top - GAP - h},
            {m.x() - w / 2, bottom + GAP},
            {right, top - h / 2},
            {right, bottom - h / 2},
            {left, top - h / 2},
            {left, bottom - h / 2},
        };
        // Its own marker is the one box a name may come closer to than the padding.
        PlacedLabel.Box own = b.grow(PADDING);
        for (double[] o : origins) {
            PlacedLabel.Box box = new PlacedLabel.Box(o[0], o[1], w, h);
            if (box.inside(v.width(), v.height()) && !box.intersects(b) && !collides(box, taken, own)) {
                return new PlacedLabel(p, style, m.x(), m.y(), o[0], o[1] + size.ascent(), box, true, m.name());
            }
        }
        return null;
    }

    private static PlacedLabel firstFree(Place p, LabelStyle style, double x, double y, TextMeasurer.TextSize size,
                                         Viewport v, List<PlacedLabel.Box> taken) {
        double r = style.dotRadius();
        double w = size.width(), h = size.height();
        double[][] origins = r == 0
                ? new double[][] {{x - w / 2, y - h / 2}}
                : new double[][] {
                    {x + r + GAP, y - h / 2},          // right
                    {x - r - GAP - w, y - h / 2},      // left
                    {x - w / 2, y - r - GAP - h},      // above
                    {x - w / 2, y + r + GAP},          // below
                };
        PlacedLabel.Box dot = new PlacedLabel.Box(x - r, y - r, 2 * r, 2 * r);
        for (double[] o : origins) {
            PlacedLabel.Box box = new PlacedLabel.Box(o[0], o[1], w, h);
            if (!box.inside(v.width(), v.height()) || collides(box, taken) || (r > 0 && collides(dot, taken))) {
                continue;
            }
            return new PlacedLabel(p, style, x, y, o[0], o[1] + size.ascent(), box, false, p.name());
        }
        return null;
    }

    private static boolean collides(PlacedLabel.Box box, List<PlacedLabel.Box> taken) {
        return collides(box, taken, null);
    }

    private static boolean collides(PlacedLabel.Box box, List<PlacedLabel.Box> taken, PlacedLabel.Box except) {
        for (PlacedLabel.Box t : taken) {
            if (t.intersects(box) && !t.equals(except)) {
                return true;
            }
        }
        return false;
    }

    /** The corners kept for the scale bar (bottom left) and the attribution (bottom right). */
    public static List<PlacedLabel.Box> mapFurniture(double width, double height) {
        return List.of(new PlacedLabel.Box(0, height - 44, 150, 44),
                new PlacedLabel.Box(width - 250, height - 18, 250, 18));
    }

    private double weightedImportance(Place p) {
        return importance(p) * (focusCountry.equals(p.countryCode()) ? FOCUS_WEIGHT : 1);
    }

    /**
     * Bigger places first; among equals, cities before towns before villages. An oblast name ranks
     * with a town of 20,000: it orients the reader, but must not push a city of the story off the map.
     */
    static double importance(Place p) {
        double kindBonus = switch (p.kind()) {
            case COUNTRY -> 1e9;
            case REGION -> 2e4;
            case CITY -> 3;
            case TOWN -> 2;
            case VILLAGE -> 1;
        };
        return p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.REGION ? kindBonus : p.population() + kindBonus;
    }

    /** The zoom from which a place's name is offered: the bigger the place, the earlier. */
    static double minZoom(Place p) {
        long pop = p.population();
        double byPopulation = pop >= 1_000_000 ? 3 : pop >= 300_000 ? 5 : pop >= 100_000 ? 6
                : pop >= 30_000 ? 7 : pop >= 10_000 ? 8 : pop >= 3_000 ? 9.5 : pop >= 1_000 ? 10.5 : 11.5;
        return switch (p.kind()) {
            case COUNTRY -> 3;
            case REGION -> 6;
            case CITY -> Math.min(byPopulation, 8);
            case TOWN -> Math.min(byPopulation, 10);
            case VILLAGE -> byPopulation;
        };
    }

    static boolean visibleAtZoom(Place p, double zoom) {
        return switch (p.kind()) {
            // Country names would sit on top of everything; the borders say enough.
            case COUNTRY -> false;
            // Region names help between country and town scale, then give way to towns.
            case REGION -> zoom >= 6 && zoom < 9.5;
            default -> zoom >= minZoom(p);
        };
    }

    static LabelStyle style(Place p) {
        if (p.kind() == PlaceKind.REGION) {
            return LabelStyle.REGION;
        }
        long pop = p.population();
        if (pop >= 300_000) {
            return LabelStyle.MAJOR_CITY;
        }
        if (pop >= 50_000) {
            return LabelStyle.CITY;
        }
        return pop >= 5_000 || p.kind() == PlaceKind.CITY ? LabelStyle.TOWN : LabelStyle.VILLAGE;
    }
}
