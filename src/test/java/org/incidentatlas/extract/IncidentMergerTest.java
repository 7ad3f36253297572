package org.incidentatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The merge as a reduce: per key, then per place-name slug, in whatever order the claims arrive,
 * gives what the one-pass merge gives (the Spark job relies on it).
 */
class IncidentMergerTest {

    private static List<EventClaim> seedClaims;

    @BeforeAll
    static void extractSeeds() {
        List<Article> seeds = new ArticleReader().readAll(List.of(Path.of("data/articles"))).articles();
        EventExtractor extractor = new EventExtractor(TestPlaces.finder());
        seedClaims = seeds.stream().flatMap(a -> extractor.extract(a).claims().stream()).toList();
    }

    @Test
    void claimsInAnyOrderMergeIntoTheSameIncidents() {
        List<Incident> inOrder = IncidentMerger.merge(seedClaims).incidents();
        List<EventClaim> shuffled = new ArrayList<>(seedClaims);
        Collections.shuffle(shuffled, new Random(17));
        assertFalse(inOrder.isEmpty());
        assertEquals(inOrder, IncidentMerger.merge(shuffled).incidents());
    }

    @Test
    void mergingPerKeyThenPerSlugEqualsTheOnePassMerge() {
        Map<String, List<EventClaim>> byKey = new LinkedHashMap<>();
        List<EventClaim> shuffled = new ArrayList<>(seedClaims);
        Collections.shuffle(shuffled, new Random(4));
        shuffled.forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        Map<String, List<Incident>> bySlug = new LinkedHashMap<>();
        byKey.values().forEach(group -> IncidentMerger.mergeKey(group).incident()
                .ifPresent(c -> bySlug.computeIfAbsent(IncidentMerger.slugOf(c.incident()), s -> new ArrayList<>())
                        .add(c.incident())));
        List<Incident> distributed = new ArrayList<>();
        bySlug.values().forEach(incidents -> distributed.addAll(IncidentMerger.withUniqueIds(incidents)));
        distributed.sort(IncidentMerger.ORDER);
        assertEquals(IncidentMerger.merge(seedClaims).incidents(), distributed);
    }

    @Test
    void twoPlacesOfOneNameAreToldApartByTheSecondOnesId() {
        Place first = new Place("kg-1", "Kyzyl-Kiya", List.of(), PlaceKind.CITY, 40.2, 72.1, "Batken", "KG", 0);
        Place second = new Place("kg-2", "Kyzyl Kiya", List.of(), PlaceKind.CITY, 42.0, 75.0, "Chuy", "KG", 0);
        Incident later = incident("2010-05-14-clash-kyzyl-kiya", LocalDate.of(2010, 5, 14), first);
        Incident earlier = incident("2010-05-13-clash-kyzyl-kiya", LocalDate.of(2010, 5, 13), second);
        List<Incident> named = IncidentMerger.withUniqueIds(List.of(later, earlier));
        assertEquals(List.of("2010-05-13-clash-kyzyl-kiya", "2010-05-14-clash-kyzyl-kiya-kg-1"),
                named.stream().map(Incident::id).toList());
    }

    private static Incident incident(String id, LocalDate date, Place place) {
        return new Incident(id, date, IncidentType.CLASH, place, Precision.CITY, List.of(), List.of(), null, null,
                false, List.of());
    }
}
