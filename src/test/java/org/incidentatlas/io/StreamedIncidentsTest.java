package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.bench.SyntheticIncidents;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incident files read as a stream: batches in file order, progress, the same strict errors. */
class StreamedIncidentsTest {

    @Test
    void aGeneratedFileIsValidAndArrivesInBatchesInFileOrderWithGrowingProgress(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.geojson");
        SyntheticIncidents synthetic = new SyntheticIncidents(1);
        synthetic.write(2_500, file);
        List<Integer> sizes = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        List<Incident> read = new ArrayList<>();
        new IncidentGeoJson().read(file, 1_000, (batch, bytesRead) -> {
            sizes.add(batch.size());
            progress.add(bytesRead);
            read.addAll(batch);
        });
        assertEquals(List.of(1_000, 1_000, 500), sizes);
        assertTrue(progress.get(0) > 0 && progress.get(0) < progress.get(1) && progress.get(1) < progress.get(2), progress.toString());
        assertEquals(Files.size(file), progress.get(2), "the last batch comes at the end of the file");
        assertEquals(synthetic.incidents(2_500), read);
    }

    @Test
    void incidentsAtOnePlaceShareOnePlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.geojson");
        new SyntheticIncidents(2).write(20_000, file);
        List<Incident> read = new IncidentGeoJson().read(file);
        Incident first = read.get(0);
        Incident samePlace = read.stream().skip(1).filter(i -> i.place().id().equals(first.place().id())).findFirst().orElseThrow();
        assertSame(first.place(), samePlace.place());
    }

    @Test
    void aPlaceIdNamedWithOtherPropertiesKeepsThemAndTheFirstPlaceIsSharedAgainAfterIt() throws Exception {
        String osh = "\"place\":\"Osh\",\"placeId\":\"osh\"";
        String base = placed("[72.8,40.5]", osh);
        // Each variant differs from the place before it (the first) in one property.
        List<String> variants = List.of(
                placed("[72.9,40.5]", osh),
                placed("[72.8,40.6]", osh),
                placed("[72.8,40.5]", "\"place\":\"Osh city\",\"placeId\":\"osh\""),
                placed("[72.8,40.5]", osh + ",\"admin\":\"Osh Region\""),
                placed("[72.8,40.5]", osh + ",\"country\":\"KG\""),
                placed("[72.8,40.5]", osh + ",\"population\":5"),
                placed("[72.8,40.5]", osh + ",\"placeKind\":\"village\""));
        List<String> features = new ArrayList<>();
        for (String variant : variants) {
            features.add(base);
            features.add(variant);
        }
        features.add(base);
        String json = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
        List<Incident> read = new IncidentGeoJson().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "osh.geojson", id -> Optional.empty());
        Place first = read.get(0).place();
        assertEquals(72.9, read.get(1).place().lon());
        assertEquals(40.6, read.get(3).place().lat());
        assertEquals("Osh city", read.get(5).place().name());
        assertEquals("Osh Region", read.get(7).place().admin());
        assertEquals("KG", read.get(9).place().countryCode());
        assertEquals(5, read.get(11).place().population());
        assertEquals(PlaceKind.VILLAGE, read.get(13).place().kind());
        for (int i = 0; i < read.size(); i++) {
            if (i % 2 == 0) {
                assertSame(first, read.get(i).place(), "feature " + i + " names the first place again");
            } else {
                assertNotEquals(first, read.get(i).place(), "feature " + i);
            }
        }
    }

    @Test
    void oneTextInMembersOfDifferentRulesIsReadByEachMembersRule() throws Exception {
        // "city" as a place kind and as a precision, one date as the incident's and as the report's.
        String feature = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[72.8,40.5]},"
                + "\"properties\":{\"id\":\"%s\",\"date\":\"%s\",\"type\":\"%s\",\"place\":\"Osh\",\"placeId\":\"osh\","
                + "\"placeKind\":\"city\",\"precision\":\"city\",\"sources\":[{\"article\":\"a\",\"outlet\":\"AKIpress\","
                + "\"published\":\"%s\"}]}}";
        String json = "{\"type\":\"FeatureCollection\",\"features\":["
                + String.format(feature, "a", "2010-05-14", "clash", "2010-05-14") + ","
                + String.format(feature, "b", "2010-05-15", "seizure", "2010-05-14") + ","
                + String.format(feature, "c", "2010-05-14", "clash", "2010-05-15") + "]}";
        List<Incident> read = new IncidentGeoJson().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "city.geojson", id -> Optional.empty());
        assertEquals(List.of("2010-05-14", "2010-05-15", "2010-05-14"), read.stream().map(i -> i.date().toString()).toList());
        assertEquals(List.of("2010-05-14", "2010-05-14", "2010-05-15"),
                read.stream().map(i -> i.sources().get(0).published().toString()).toList());
        assertEquals(List.of("clash", "seizure", "clash"), read.stream().map(i -> i.type().code()).toList());
        for (Incident incident : read) {
            assertEquals(PlaceKind.CITY, incident.place().kind());
            assertEquals(org.incidentatlas.model.Precision.CITY, incident.precision());
            assertEquals("AKIpress", incident.sources().get(0).outlet());
        }
    }

    @Test
    void moreDistinctValuesOfAMemberThanItsTableKeepsAreEachReadAsWritten() throws Exception {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        int count = RepeatedTexts.MAX_PER_MEMBER + 300;
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[72.8,40.5]},")
                    .append("\"properties\":{\"id\":\"i").append(i).append("\",\"date\":\"2010-05-14\",\"type\":\"clash\",")
                    .append("\"place\":\"Place ").append(i % 8_300).append("\",\"placeId\":\"p").append(i % 8_300).append("\",")
                    .append("\"sources\":[{\"article\":\"a\",\"outlet\":\"Outlet ").append(i).append("\"}]}}");
        }
        json.append("]}");
        List<Incident> read = new IncidentGeoJson().read(
                new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), "many.geojson", id -> Optional.empty());
        assertEquals(count, read.size());
        for (int i = 0; i < count; i++) {
            Incident incident = read.get(i);
            assertEquals("Outlet " + i, incident.sources().get(0).outlet(), "feature " + i);
            assertEquals("Place " + i % 8_300, incident.place().name(), "feature " + i);
            assertEquals("p" + i % 8_300, incident.place().id(), "feature " + i);
        }
        assertSame(read.get(5).place(), read.get(8_305).place(), "a place kept in the table is shared");
    }

    private static String placed(String coordinates, String placeProperties) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + coordinates + "},"
                + "\"properties\":{\"id\":\"i\",\"date\":\"2010-05-10\",\"type\":\"clash\"," + placeProperties + "}}";
    }

    @Test
    void aBadFeatureAfterTheFirstBatchFailsTheReadAndNamesTheFeature() {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < 5; i++) {
            json.append(feature("i" + i, "2010-05-1" + i)).append(",\n");
        }
        json.append(feature("bad", "2010-13-40")).append("]}");
        List<Integer> batches = new ArrayList<>();
        GeoJsonFormatException e = assertThrows(GeoJsonFormatException.class, () -> new IncidentGeoJson().read(
                new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), "big.geojson",
                id -> Optional.empty(), 2, (batch, bytesRead) -> batches.add(batch.size())));
        assertEquals(List.of(2, 2), batches, "batches before the bad feature were delivered; none after it");
        assertTrue(e.getMessage().startsWith("big.geojson: feature 5 (line 7, column 1) has a date \"2010-13-40\""), e.getMessage());
    }

    @Test
    void aFileThatIsNoFeatureCollectionDeliversNoFinalBatch() {
        String json = "{\"type\":\"Topology\",\"features\":[" + feature("a", "2010-05-10") + "]}";
        List<Integer> batches = new ArrayList<>();
        assertThrows(GeoJsonFormatException.class, () -> new IncidentGeoJson().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.geojson",
                id -> Optional.empty(), 10, (batch, bytesRead) -> batches.add(batch.size())));
        assertEquals(List.of(), batches);
    }

    private static String feature(String id, String date) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[72.8,40.5]},"
                + "\"properties\":{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"type\":\"clash\",\"place\":\"Osh\",\"placeId\":\"osh\"}}";
    }
}
