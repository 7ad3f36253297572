package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentGeoJsonTest {

    private static final Place OSH = new Place("geonames:1527534", "Osh", List.of(), PlaceKind.CITY,
            40.5283, 72.7985, "Osh", "KG", 200000);
    private static final Place JALAL_ABAD = new Place("geonames:1528249", "Jalal-Abad", List.of(), PlaceKind.CITY,
            40.9333, 73.0, "Jalal-Abad", "KG", 0);

    private final IncidentGeoJson geoJson = new IncidentGeoJson();

    private static List<Incident> sample() {
        Source fox = new Source("000_fox", "Fox News", LocalDate.of(2005, 3, 21),
                "took control of the main administration building in Osh", 120, 175, null, null, 1000,
                List.of(new Highlight(120, 132, Highlight.Kind.TRIGGER), new Highlight(172, 175, Highlight.Kind.PLACE)));
        Source voa = new Source("004_voa", "Voice of America", null, "At least one person has died", 10, 38, 1, 30, List.of());
        return List.of(
                new Incident("2005-03-21-seizure-osh", LocalDate.of(2005, 3, 21), IncidentType.SEIZURE, OSH,
                        Precision.CITY, List.of("protesters"), List.of("main administration building"), null, null,
                        1000, true, List.of(fox)),
                new Incident("2010-05-14-clash-jalal-abad", LocalDate.of(2010, 5, 14), IncidentType.CLASH, JALAL_ABAD,
                        Precision.CITY, List.of(), List.of(), 1, 43, false, List.of(voa)));
    }

    @Test
    void incidentsSurviveARoundTripThroughGeoJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/incidents.geojson");
        geoJson.write(sample(), file);
        assertEquals(sample(), geoJson.read(file));
    }

    @Test
    void featuresFollowTheContract() throws Exception {
        JsonNode root = new ObjectMapper().readTree(geoJson.toJson(sample()));
        assertEquals("FeatureCollection", root.get("type").asText());
        JsonNode f = root.get("features").get(0);
        assertEquals("Point", f.at("/geometry/type").asText());
        assertEquals(72.7985, f.at("/geometry/coordinates/0").asDouble());
        assertEquals(40.5283, f.at("/geometry/coordinates/1").asDouble());
        JsonNode p = f.get("properties");
        assertEquals("2005-03-21", p.get("date").asText());
        assertEquals("seizure", p.get("type").asText());
        assertEquals("Osh", p.get("place").asText());
        assertEquals("geonames:1527534", p.get("placeId").asText());
        assertEquals("city", p.get("precision").asText());
        assertEquals(true, p.get("killed").isNull());
        assertEquals(1000, p.get("crowd").asInt());
        assertEquals(1000, p.at("/sources/0/crowd").asInt());
        assertTrue(root.at("/features/1/properties/crowd").isNull(), "an unknown crowd is written as null");
        assertTrue(root.at("/features/1/properties/sources/0/crowd").isNull());
        assertEquals("000_fox", p.at("/sources/0/article").asText());
        assertEquals(120, p.at("/sources/0/start").asInt());
        assertEquals(175, p.at("/sources/0/end").asInt());
        assertEquals("2005-03-21", p.at("/sources/0/published").asText());
    }

    @Test
    void filesWrittenBeforeCrowdSizesStillRead() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(geoJson.toJson(sample()));
        for (JsonNode f : root.get("features")) {
            ObjectNode p = (ObjectNode) f.get("properties");
            p.remove("crowd");
            p.get("sources").forEach(s -> ((ObjectNode) s).remove("crowd"));
        }
        byte[] old = new ObjectMapper().writeValueAsBytes(root);
        List<Incident> read = geoJson.read(new ByteArrayInputStream(old), "old.geojson", id -> Optional.empty());
        assertNull(read.get(0).crowd());
        assertNull(read.get(0).sources().get(0).crowd());
        assertEquals(sample().get(1), read.get(1));
    }

    @Test
    void placesCanBeResolvedFromTheGazetteerWhileReading() throws Exception {
        Place richOsh = new Place(OSH.id(), "Osh", List.of("Ош", "Oš"), PlaceKind.CITY, 40.5283, 72.7985, "Osh", "KG", 200000);
        byte[] json = geoJson.toJson(sample()).getBytes(StandardCharsets.UTF_8);
        List<Incident> read = geoJson.read(new ByteArrayInputStream(json), "mem",
                id -> id.equals(OSH.id()) ? Optional.of(richOsh) : Optional.empty());
        assertEquals(richOsh, read.get(0).place());
        assertEquals(JALAL_ABAD, read.get(1).place());
    }

    @Test
    void featureWithoutDateIsRejectedNamingTheFeature() {
        String json = """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "geometry":{"type":"Point","coordinates":[72.8,40.5]},
                 "properties":{"id":"x","type":"clash","place":"Osh","placeId":"p"}}]}""";
        GeoJsonFormatException e = assertThrows(GeoJsonFormatException.class,
                () -> geoJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.geojson", id -> Optional.empty()));
        assertEquals("bad.geojson: feature 0 (line 1, column 41) lacks the property \"date\"", e.getMessage());
    }

    @Test
    void nonJsonIsRejectedNamingTheFile() {
        GeoJsonFormatException e = assertThrows(GeoJsonFormatException.class,
                () -> geoJson.read(new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8)), "x.geojson", id -> Optional.empty()));
        assertEquals(true, e.getMessage().startsWith("x.geojson: not valid JSON"));
    }
}
