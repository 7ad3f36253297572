package org.incidentatlas.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.incidentatlas.extract.CodedIncident;
import org.incidentatlas.extract.EventClaim;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;

/**
 * Scores extracted incidents against a gold standard, article by article (the rules of the corpus
 * README, "Scoring"):
 * <ul>
 *   <li>an incident is <em>attributed</em> to an article when one of its claims or sources comes from it;</li>
 *   <li>a must item is <em>found</em> when an incident of its type, attributed to its article, placed at city
 *       precision, is on its day (inside its range) and at its place: the same name (the incident place's
 *       name or one of its alternate names) once case, accents, hyphens, spaces, punctuation and the words
 *       region, oblast, province, city and town are set aside, or a point within {@value #PLACE_KM} km;</li>
 *   <li>a seizure or clash attributed to an article is a <em>false positive</em> there when it is placed outside
 *       Kyrgyzstan, or matches (as above) neither a must nor a may item of that article; an incident at
 *       region precision is instead allowed when a must or may item of the article of its type and day lies
 *       within {@value #REGION_KM} km of it, and never finds a must item;</li>
 *   <li>protests and attacks are not scored; articles only in the gold or only among the inputs are not scored.</li>
 * </ul>
 * An incident attributed to several articles is scored once for each of them.
 */
public final class Scorer {

    /** The types scored: seizures and clashes. */
    public static final Set<IncidentType> SCORED = IncidentType.scored();
    /** A town or village point this close to the gold place is the same place. */
    public static final double PLACE_KM = 25;
    /** A region-precision incident this close to a coded event of its type and day is no false positive. */
    public static final double REGION_KM = 150;
    public static final String KYRGYZSTAN = "KG";

    private static final Pattern SET_ASIDE = Pattern.compile("\\b(region|oblast|province|city|town)\\b");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * @param gold     the truth
     * @param inputs   ids of the articles that were extracted (an article with no incident still counts)
     * @param coded    the extraction's incidents with their claims
     */
    public Score score(GoldStandard gold, Collection<String> inputs, List<CodedIncident> coded) {
        Set<String> inputSet = new LinkedHashSet<>(inputs);
        List<ArticleScore> articles = new ArrayList<>();
        Map<IncidentType, Totals> totals = new EnumMap<>(IncidentType.class);
        List<String> goldOnly = new ArrayList<>();
        for (ArticleGold article : gold.articles().values()) {
            if (!inputSet.contains(article.article())) {
                goldOnly.add(article.article());
                continue;
            }
            ArticleScore s = scoreArticle(article, coded);
            articles.add(s);
            s.totals().forEach((type, t) -> totals.merge(type, t, Totals::plus));
        }
        for (IncidentType type : SCORED) {
            totals.putIfAbsent(type, Totals.NONE);
        }
        List<String> inputOnly = inputSet.stream().filter(id -> !gold.articles().containsKey(id)).toList();
        return new Score(articles, totals, goldOnly, inputOnly);
    }

    private ArticleScore scoreArticle(ArticleGold gold, List<CodedIncident> coded) {
        String id = gold.article();
        List<CodedIncident> mine = coded.stream()
                .filter(c -> SCORED.contains(c.incident().type()) && attributed(c, id)).toList();
        List<GoldItem> must = gold.must().stream().filter(g -> SCORED.contains(g.type())).toList();
        List<GoldItem> allowed = new ArrayList<>(must);
        gold.may().stream().filter(g -> SCORED.contains(g.type())).forEach(allowed::add);

        Map<IncidentType, int[]> counts = new EnumMap<>(IncidentType.class); // must, found, scored, false
        for (IncidentType type : SCORED) {
            counts.put(type, new int[4]);
        }
        List<ArticleScore.Found> found = new ArrayList<>();
        List<ArticleScore.Miss> misses = new ArrayList<>();
        for (GoldItem item : must) {
            int[] c = counts.get(item.type());
            c[0]++;
            CodedIncident by = mine.stream().filter(i -> finds(i.incident(), item)).findFirst().orElse(null);
            if (by != null) {
                c[1]++;
                found.add(new ArticleScore.Found(item, by));
            } else {
                CodedIncident closest = closest(item, mine);
                misses.add(new ArticleScore.Miss(item, closest, closest == null ? List.of() : claimsOf(closest, id)));
            }
        }
        List<ArticleScore.FalsePositive> falsePositives = new ArrayList<>();
        for (CodedIncident c : mine) {
            int[] n = counts.get(c.incident().type());
            n[2]++;
            String reason = wrong(c.incident(), allowed);
            if (reason != null) {
                n[3]++;
                falsePositives.add(new ArticleScore.FalsePositive(c, reason, claimsOf(c, id)));
            }
        }
        Map<IncidentType, Totals> totals = new EnumMap<>(IncidentType.class);
        counts.forEach((type, c) -> totals.put(type, new Totals(c[0], c[1], c[2], c[3])));
        return new ArticleScore(id, found, misses, falsePositives, totals);
    }

    /** Why the incident is a false positive among the article's allowed items; null when it is none. */
    private static String wrong(Incident incident, List<GoldItem> allowed) {
        Place place = incident.place();
        if (!KYRGYZSTAN.equals(place.countryCode())) {
            return "placed outside Kyrgyzstan (" + (place.countryCode().isEmpty() ? "no country" : place.countryCode()) + ")";
        }
        if (incident.precision() == Precision.REGION) {
            boolean near = allowed.stream().anyMatch(g -> g.type() == incident.type() && g.dates().contains(incident.date())
                    && (g.point() != null ? km(place, g.point()) <= REGION_KM : sameName(place, g.place())));
            return near ? null : "region precision, and no coded " + incident.type().code() + " that day within "
                    + (int) REGION_KM + " km";
        }
        boolean matches = allowed.stream().anyMatch(g -> matches(incident, g));
        return matches ? null : "no must or may item of this type, day and place";
    }

    /** True when the incident can find the must item: city precision and a match. */
    static boolean finds(Incident incident, GoldItem item) {
        // Near a town (a village the gazetteer lacks, placed at the town it is tied to) is a town's point too.
        return (incident.precision() == Precision.CITY || incident.precision() == Precision.NEAR)
                && KYRGYZSTAN.equals(incident.place().countryCode())
                && matches(incident, item);
    }

    /** Same type, day inside the item's days, and same place (name or within {@value #PLACE_KM} km). */
    static boolean matches(Incident incident, GoldItem item) {
        return incident.type() == item.type() && item.dates().contains(incident.date()) && samePlace(incident.place(), item);
    }

    static boolean samePlace(Place place, GoldItem item) {
        return sameName(place, item.place()) || item.point() != null && km(place, item.point()) <= PLACE_KM;
    }

    static boolean sameName(Place place, String goldName) {
        String gold = normalise(goldName);
        if (gold.isEmpty()) {
            return false;
        }
        if (gold.equals(normalise(place.name()))) {
            return true;
        }
        return place.alternateNames().stream().anyMatch(n -> gold.equals(normalise(n)));
    }

    /**
     * The comparison form of a place name: lower case, no accents, without the words region, oblast, province,
     * city and town, and without spaces, hyphens or punctuation ("Jalal-Abad Oblast" and "jalalabad" meet).
     */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = NOT_NAME.matcher(s).replaceAll(" ");
        s = SET_ASIDE.matcher(s).replaceAll(" ");
        return s.replace(" ", "");
    }

    private static double km(Place place, Coordinates point) {
        return new Coordinates(place.lat(), place.lon()).kmTo(point);
    }

    private static CodedIncident closest(GoldItem item, List<CodedIncident> mine) {
        Comparator<CodedIncident> byDays = Comparator.comparingLong(c -> item.dates().daysFrom(c.incident().date()));
        Comparator<CodedIncident> byKm = Comparator.comparingDouble(c -> sameName(c.incident().place(), item.place()) ? 0
                : item.point() == null ? Double.MAX_VALUE : km(c.incident().place(), item.point()));
        return mine.stream().filter(c -> c.incident().type() == item.type()).min(byDays.thenComparing(byKm)).orElse(null);
    }

    static boolean attributed(CodedIncident c, String article) {
        return c.claims().stream().anyMatch(cl -> cl.article().id().equals(article))
                || c.incident().sources().stream().map(Source::article).anyMatch(article::equals);
    }

    private static List<EventClaim> claimsOf(CodedIncident c, String article) {
        return c.claims().stream().filter(cl -> cl.article().id().equals(article)).toList();
    }

    /** Distance in km from an incident's place to a gold item's place; NaN when the item has no point. */
    public static double kmFrom(Incident incident, GoldItem item) {
        return item.point() == null ? Double.NaN : km(incident.place(), item.point());
    }
}
