package org.incidentatlas.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both gold formats, told apart by their keys, and what is said about a broken file. */
class GoldStandardTest {

    @TempDir
    Path dir;

    @Test
    void corpusFormatKeepsMustMayRangesCoordinatesAndReasons() throws Exception {
        GoldStandard gold = ScorerTest.gold(ScorerTest.GOLD);
        assertEquals(GoldStandard.CORPUS, gold.format());
        assertEquals(List.of("a1", "a2"), List.copyOf(gold.articles().keySet()));
        GoldItem must = gold.articles().get("a1").must().get(0);
        assertEquals(IncidentType.SEIZURE, must.type());
        assertEquals(new Coordinates(40.9333, 73.0), must.point());
        assertEquals("must: 'stormed the building in Jalal-Abad'", must.why());
        assertEquals("may: 'clashes in passing'", gold.articles().get("a1").may().get(0).why());
        DateRange range = gold.articles().get("a2").must().get(0).dates();
        assertEquals(new DateRange(LocalDate.of(2010, 6, 10), LocalDate.of(2010, 6, 11)), range);
    }

    @Test
    void seedsFormatMakesEachIncidentAMustItemOfEveryArticleOfItsEvidence() throws Exception {
        String seeds = """
                {"incidents": [
                  {"date": "2010-05-13", "type": "seizure", "place": "Osh", "evidence": [{"article": "003"}, {"article": "004"}]},
                  {"date": "2010-05-14", "type": "attack", "place": "Nowhere", "evidence": [{"article": "003"}]}],
                 "notCoded": [{"article": "002", "quote": "q", "why": "w"}]}
                """;
        Place osh = new Place("geonames:1", "Osh", List.of(), PlaceKind.CITY, 40.5, 72.8, "", "KG", 0);
        GoldStandard gold = GoldStandard.parse("seeds.json", new ByteArrayInputStream(seeds.getBytes(StandardCharsets.UTF_8)),
                name -> name.equals("Osh") ? Optional.of(osh) : Optional.empty());
        assertEquals(GoldStandard.SEEDS, gold.format());
        assertEquals(List.of("002", "003", "004"), List.copyOf(gold.articles().keySet()));
        assertEquals(List.of(), gold.articles().get("002").must());
        assertEquals(2, gold.articles().get("003").must().size());
        GoldItem item = gold.articles().get("004").must().get(0);
        assertEquals("2010-05-13 Osh seizure", item.label());
        assertEquals(new Coordinates(40.5, 72.8), item.point(), "from the gazetteer");
        assertNull(gold.articles().get("003").must().get(1).point(), "unknown place: name only");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"articles": [                                                 | is not valid JSON
            []                                                             | is not a JSON object
            {"foo": 1}                                                     | has neither 'articles' (corpus gold) nor 'incidents' (seeds gold)
            {"articles": {"x": {"must": [["2005-13-01", "Osh", "clash"]]}}} | article 'x', must item 1: '2005-13-01' is not a date
            {"articles": {"x": {"may": [["2005-03-01", "Osh", "riot"]]}}}   | article 'x', may item 1: 'riot' is not a type
            {"articles": {"x": {"must": [["2005-03-01", "Osh"]]}}}          | article 'x', must item 1 is not [date, place, type]
            {"places": {"Osh": [40.5]}, "articles": {}}                    | place 'Osh' is not [latitude, longitude]
            {"incidents": [{"date": "2005-03-01"}]}                        | incident 1 lacks date, type, place or evidence
            """)
    void aBrokenGoldIsExplainedWithItsFileName(String json, String problem) throws Exception {
        Path file = Files.writeString(dir.resolve("gold.json"), json);
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(file, n -> Optional.empty()));
        assertTrue(e.getMessage().startsWith(file + ": " + problem), e.getMessage());
    }

    @Test
    void aMissingGoldIsNamed() {
        Path file = dir.resolve("none.json");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(file, n -> Optional.empty()));
        assertEquals(file + ": does not exist", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2010-05-13               | 2010-05-12 | false | 1
            2010-05-13               | 2010-05-13 | true  | 0
            2010-06-10..2010-06-11   | 2010-06-11 | true  | 0
            2010-06-10..2010-06-11   | 2010-06-14 | false | 3
            """)
    void rangesIncludeBothEnds(String range, String day, boolean contains, long daysFrom) {
        DateRange r = DateRange.parse(range);
        assertEquals(contains, r.contains(LocalDate.parse(day)));
        assertEquals(daysFrom, r.daysFrom(LocalDate.parse(day)));
        assertEquals(range, r.toString());
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        double km = new Coordinates(40.5283, 72.7985).kmTo(new Coordinates(40.9333, 73.0));
        assertEquals(48.0, km, 1.0);
    }
}
