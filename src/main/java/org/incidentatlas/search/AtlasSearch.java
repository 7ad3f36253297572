package org.incidentatlas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.Source;

/**
 * Finds places and words for the viewer's search box. A place is found through the geocoder, so
 * every spelling the gazetteer knows works ("Jalalabad", "Джалал-Абад", one wrong letter in a long
 * name), and among the incidents' own places (a village the gazetteer lacks); words are found in
 * the incidents' excerpts and in the reports' titles and text, ignoring case and accents. Each hit
 * points at a place and the first day it has an incident. Immutable; searching is a linear scan
 * (a few milliseconds for 100,000 incidents), so callers run it off the UI thread.
 */
public final class AtlasSearch {

    /** Characters of context either side of a match in a snippet. */
    static final int CONTEXT = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Geocoder geocoder;
    /** Oldest first: the first incident of a place or report is where a hit takes the user. */
    private final List<Incident> incidents;
    private final Map<String, Incident> firstAtPlace = new HashMap<>();
    private final Map<String, Incident> firstOfArticle = new HashMap<>();
    private final List<Article> articles;

    /** @param articles the reports the incidents cite (others are searched too but lead nowhere and are left out) */
    public AtlasSearch(Geocoder geocoder, List<Incident> incidents, List<Article> articles) {
        this.geocoder = geocoder;
        List<Incident> sorted = new ArrayList<>(incidents);
        sorted.sort(Comparator.comparing(Incident::date).thenComparing(Incident::id));
        this.incidents = List.copyOf(sorted);
        for (Incident incident : this.incidents) {
            firstAtPlace.putIfAbsent(incident.place().id(), incident);
            for (Source source : incident.sources()) {
                firstOfArticle.putIfAbsent(source.article(), incident);
            }
        }
        this.articles = articles.stream().filter(a -> firstOfArticle.containsKey(a.id())).toList();
    }

    /** Places first, then excerpts, then reports; at most {@code limit} hits. Blank queries find nothing. */
    public List<SearchHit> search(String query, int limit) {
        String wanted = fold(query.strip());
        if (wanted.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>(places(query.strip(), wanted));
        for (Incident incident : incidents) {
            for (Source source : incident.sources()) {
                if (hits.size() >= limit) {
                    return List.copyOf(hits);
                }
                int at = fold(source.excerpt()).indexOf(wanted);
                if (at >= 0) {
                    hits.add(new SearchHit(SearchHit.Kind.EXCERPT,
                            incident.place().name() + ", " + incident.date() + " (" + source.outlet() + ")",
                            snippet(source.excerpt(), at, wanted.length()), incident.place(), incident.date()));
                }
            }
        }
        for (Article article : articles) {
            if (hits.size() >= limit) {
                break;
            }
            String heading = article.title().isEmpty() ? article.outlet() : article.title();
            int inTitle = fold(article.title()).indexOf(wanted);
            int inBody = fold(article.body()).indexOf(wanted);
            if (inTitle >= 0 || inBody >= 0) {
                Incident first = firstOfArticle.get(article.id());
                hits.add(new SearchHit(SearchHit.Kind.ARTICLE, heading + " (" + article.outlet() + ")",
                        inBody >= 0 ? snippet(article.body(), inBody, wanted.length()) : article.title(),
                        first.place(), first.date()));
            }
        }
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    private List<SearchHit> places(String query, String wanted) {
        Map<String, Place> found = new LinkedHashMap<>();
        Optional<Place> geocoded = geocoder.geocode(query);
        geocoded.ifPresent(p -> found.put(p.id(), p));
        for (Incident incident : incidents) {
            Place place = incident.place();
            if (!found.containsKey(place.id()) && (fold(place.name()).equals(wanted)
                    || place.alternateNames().stream().anyMatch(n -> fold(n).equals(wanted)))) {
                found.put(place.id(), place);
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Place place : found.values()) {
            Incident first = firstAtPlace.get(place.id());
            hits.add(new SearchHit(SearchHit.Kind.PLACE, place.name(),
                    first == null ? "no incidents reported here" : "first incident " + first.date(),
                    place, first == null ? null : first.date()));
        }
        return hits;
    }

    /** Lower case without accents, so "Jalal-Abad" finds "jalal-abad" and "Ösh" finds "Osh"; lengths are kept. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c < 128) {
                folded.append(c);
                continue;
            }
            String bare = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
            // One character per character, so positions in the folded text are positions in the text.
            folded.append(bare.length() == 1 ? bare.charAt(0) : c);
        }
        return folded.toString();
    }

    /** "… the crowd stormed the building in Osh …": the match with some context, on whole words. */
    static String snippet(String text, int at, int length) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + length + CONTEXT);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && at - from < CONTEXT + 15) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - at - length < CONTEXT + 15) {
            to++;
        }
        return (from > 0 ? "\u2026" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
                + (to < text.length() ? "\u2026" : "");
    }
}
