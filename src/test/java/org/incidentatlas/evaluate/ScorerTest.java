package org.incidentatlas.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.incidentatlas.extract.CodedIncident;
import org.incidentatlas.extract.EventClaim;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The scoring rules of the corpus README, on a small hand-written gold and hand-built incidents. */
class ScorerTest {

    /** a1: Jalal-Abad seized on 13 May (must), a clash in Osh on 14 May (may); a2: an Osh clash on 10 or 11 June (must). */
    static final String GOLD = """
            {"places": {"Osh": [40.5283, 72.7985], "Jalal-Abad": [40.9333, 73.0]},
             "articles": {
               "a1": {"must": [["2010-05-13", "Jalal-Abad", "seizure"]],
                      "may":  [["2010-05-14", "Osh", "clash"]],
                      "why":  ["must: 'stormed the building in Jalal-Abad'", "may: 'clashes in passing'"]},
               "a2": {"must": [["2010-06-10..2010-06-11", "Osh", "clash"]], "may": []}}}
            """;

    static final Place JALAL_ABAD = city("Jalal-Abad", List.of("Jalalabad", "Джалал-Абад"), 40.9333, 73.0, "KG");
    /** Same name, spelled otherwise; its point is far away, so only the name can match. */
    static final Place JALAL_ABAD_SPELLED = city("JALAL ABAD City", List.of(), 42.0, 78.0, "KG");
    static final Place JALAL_ABAD_BY_ALTERNATE = city("Zhalal", List.of("Jalal’ábad"), 42.0, 78.0, "KG");
    /** About 4 km from Jalal-Abad's gold point. */
    static final Place TEYIT = city("Teyit", List.of(), 40.95, 72.95, "KG");
    /** About 48 km from Jalal-Abad. */
    static final Place OSH = city("Osh", List.of(), 40.5283, 72.7985, "KG");
    /** Uzbek Kara-Suu: about 20 km from Osh, across the border. */
    static final Place QORASUV = city("Qorasuv", List.of("Kara-Suu"), 40.72, 72.88, "UZ");
    static final Place OSH_REGION = region("Osh Region", 40.2, 73.5);
    static final Place JALAL_ABAD_REGION = region("Jalal-Abad Region", 41.3, 72.5);
    /** About 240 km from Jalal-Abad and Osh. */
    static final Place BATKEN_REGION = region("Batken Region", 39.9, 70.5);

    static Stream<Arguments> oneIncident() {
        return Stream.of(
                // article, type, date, place, precision, must found, false positives, why
                Arguments.of("a1", "seizure", "2010-05-13", JALAL_ABAD, Precision.CITY, 1, 0, "same name and day"),
                Arguments.of("a1", "seizure", "2010-05-13", JALAL_ABAD_SPELLED, Precision.CITY, 1, 0, "case, spaces, 'city' set aside"),
                Arguments.of("a1", "seizure", "2010-05-13", JALAL_ABAD_BY_ALTERNATE, Precision.CITY, 1, 0, "an alternate name, accents set aside"),
                Arguments.of("a1", "seizure", "2010-05-13", TEYIT, Precision.CITY, 1, 0, "a village within 25 km"),
                Arguments.of("a1", "seizure", "2010-05-13", OSH, Precision.CITY, 0, 1, "48 km away"),
                Arguments.of("a1", "seizure", "2010-05-12", JALAL_ABAD, Precision.CITY, 0, 1, "a day early"),
                Arguments.of("a1", "clash", "2010-05-13", JALAL_ABAD, Precision.CITY, 0, 1, "wrong type"),
                Arguments.of("a1", "clash", "2010-05-14", OSH, Precision.CITY, 0, 0, "a may item: neither found nor wrong"),
                Arguments.of("a2", "clash", "2010-06-10", OSH, Precision.CITY, 1, 0, "first day of the range"),
                Arguments.of("a2", "clash", "2010-06-11", OSH, Precision.CITY, 1, 0, "last day of the range"),
                Arguments.of("a2", "clash", "2010-06-12", OSH, Precision.CITY, 0, 1, "after the range"),
                Arguments.of("a2", "seizure", "2010-05-13", JALAL_ABAD, Precision.CITY, 0, 1, "another article's must item"),
                Arguments.of("a1", "seizure", "2010-05-13", JALAL_ABAD_REGION, Precision.REGION, 0, 0, "region: allowed, finds nothing"),
                Arguments.of("a1", "clash", "2010-05-14", OSH_REGION, Precision.REGION, 0, 0, "region near a may item"),
                Arguments.of("a1", "clash", "2010-05-15", OSH_REGION, Precision.REGION, 0, 1, "region, no coded event that day"),
                Arguments.of("a1", "seizure", "2010-05-13", BATKEN_REGION, Precision.REGION, 0, 1, "region over 150 km away"),
                Arguments.of("a1", "clash", "2010-05-14", QORASUV, Precision.CITY, 0, 1, "outside Kyrgyzstan, though near Osh"),
                Arguments.of("a1", "protest", "2010-05-13", OSH, Precision.CITY, 0, 0, "protests are not scored"),
                Arguments.of("a1", "attack", "2010-05-13", JALAL_ABAD, Precision.CITY, 0, 0, "attacks are not scored"),
                Arguments.of("zz", "seizure", "2010-05-13", JALAL_ABAD, Precision.CITY, 0, 0, "article not in the gold"));
    }

    @ParameterizedTest(name = "{7}")
    @MethodSource
    void oneIncident(String article, String type, String date, Place place, Precision precision,
                     int found, int falsePositives, String why) throws Exception {
        Score score = score(List.of(incident(IncidentType.fromCode(type), date, place, precision, article)));
        assertEquals(found, score.all().found(), why);
        assertEquals(falsePositives, score.all().falsePositives(), why);
        assertEquals(2, score.all().must());
    }

    @Test
    void totalsGiveRecallPrecisionAndF1PerType() throws Exception {
        Score score = score(List.of(
                incident(IncidentType.SEIZURE, "2010-05-13", JALAL_ABAD, Precision.CITY, "a1"),
                incident(IncidentType.CLASH, "2010-05-14", OSH, Precision.CITY, "a1"),
                incident(IncidentType.CLASH, "2010-05-20", OSH, Precision.CITY, "a1", "a2")));
        Totals seizure = score.totals(IncidentType.SEIZURE);
        assertEquals(new Totals(1, 1, 1, 0), seizure);
        // The late clash is scored once for each article it comes from, and wrong in both.
        Totals clash = score.totals(IncidentType.CLASH);
        assertEquals(new Totals(1, 0, 3, 2), clash);
        assertEquals(0.0, clash.recall());
        assertEquals(1 / 3.0, clash.precision(), 1e-9);
        Totals all = score.all();
        assertEquals(new Totals(2, 1, 4, 2), all);
        assertEquals(0.5, all.recall());
        assertEquals(0.5, all.precision());
        assertEquals(0.5, all.f1(), 1e-9);
        assertTrue(Double.isNaN(Totals.NONE.recall()) && Double.isNaN(Totals.NONE.precision()));
    }

    @Test
    void aMissNamesTheClosestIncidentOfItsTypeFromItsArticle() throws Exception {
        Score score = score(List.of(
                incident(IncidentType.SEIZURE, "2010-05-20", JALAL_ABAD, Precision.CITY, "a1"),
                incident(IncidentType.SEIZURE, "2010-05-14", OSH, Precision.CITY, "a1"),
                incident(IncidentType.CLASH, "2010-05-13", JALAL_ABAD, Precision.CITY, "a1")));
        ArticleScore a1 = score.articles().get(0);
        assertEquals(1, a1.misses().size());
        ArticleScore.Miss miss = a1.misses().get(0);
        assertEquals("2010-05-13 Jalal-Abad seizure", miss.item().label());
        assertEquals("Osh", miss.closest().incident().place().name(), "one day off beats seven days off");
        assertEquals("the claim", miss.claims().get(0).text());
        ArticleScore a2 = score.articles().get(1);
        assertNull(a2.misses().get(0).closest(), "a2 has no clash at all");
    }

    @Test
    void articlesOnlyInTheGoldOrOnlyAmongTheInputsAreNamedAndNotScored() throws Exception {
        Score score = new Scorer().score(gold(GOLD), List.of("a1", "extra"), List.of());
        assertEquals(List.of("a2"), score.goldOnly());
        assertEquals(List.of("extra"), score.inputOnly());
        assertEquals(1, score.all().must());
    }

    @Test
    void theReportShowsSentenceRuleAndHowPlaceAndDateWereChosen() throws Exception {
        Score score = score(List.of(incident(IncidentType.CLASH, "2010-05-20", OSH, Precision.CITY, "a1")));
        String report = new ScoreReport().report(score);
        assertTrue(report.contains("MISS  2010-05-13 Jalal-Abad seizure"), report);
        assertTrue(report.contains("gold: must: 'stormed the building in Jalal-Abad'"), report);
        assertTrue(report.contains("FALSE 2010-05-20 clash Osh [city]: no must or may item"), report);
        assertTrue(report.contains("\"the claim\""), report);
        assertTrue(report.contains("rule: clash: fighting | place: named in the sentence | date: \"on Thursday\""), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("all\\s+2\\s+0\\s+0\\.000\\s+1\\s+1\\s+0\\.000\\s+0\\.000")), report);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Jalal-Abad            | jalalabad
            Jalal'abad            | jalalabad
            Jalal’ábad            | jalalabad
            Jalal Abad City       | jalalabad
            Jalal-Abad Oblast     | jalalabad
            Osh region            | osh
            Bazar-Korgon          | bazarkorgon
            Province of Batken    | ofbatken
            Ош                    | ош
            Townsville            | townsville
            """)
    void namesAreComparedWithoutCaseAccentsPunctuationAndPlaceWords(String name, String normalised) {
        assertEquals(normalised, Scorer.normalise(name));
    }

    static Score score(List<CodedIncident> coded) throws Exception {
        return new Scorer().score(gold(GOLD), List.of("a1", "a2", "zz"), coded);
    }

    static GoldStandard gold(String json) throws Exception {
        return GoldStandard.parse("gold.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                name -> Optional.empty());
    }

    static Place city(String name, List<String> alternates, double lat, double lon, String country) {
        return new Place("test:" + name, name, alternates, PlaceKind.CITY, lat, lon, "", country, 0);
    }

    static Place region(String name, double lat, double lon) {
        return new Place("region:" + name, name, List.of(), PlaceKind.REGION, lat, lon, "", "KG", 0);
    }

    /** An incident made of one claim from each of the articles. */
    static CodedIncident incident(IncidentType type, String date, Place place, Precision precision, String... articles) {
        LocalDate day = LocalDate.parse(date);
        List<EventClaim> claims = Stream.of(articles).map(id -> new EventClaim(
                new Article(id, "", "Wire", day, "", "", "the claim"), type, false, place, day, 0, 9, 0, "the claim",
                List.of("fighting"), List.of(type.code() + ": fighting"), "named in the sentence", "\"on Thursday\"",
                List.of(), List.of(), null, null, null, false, List.of(), precision, "")).toList();
        Incident incident = new Incident(date + "-" + type.code() + "-" + place.name(), day, type, place, precision,
                List.of(), List.of(), null, null, false, List.of());
        return new CodedIncident(incident, claims);
    }
}
