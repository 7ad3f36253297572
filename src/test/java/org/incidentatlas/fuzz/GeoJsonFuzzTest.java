package org.incidentatlas.fuzz;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.incidentatlas.io.GeoJsonFormatException;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;
import org.incidentatlas.testing.Mutations;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the GeoJSON reader two ways: byte mutants of the incident files, and structure-aware
 * mutants (one value of a valid file replaced by a value of another kind or range). Every input is
 * read or refused with a {@link GeoJsonFormatException}; whatever is read satisfies the schema and
 * survives a write and a second read unchanged (issue 16, defect 7).
 */
class GeoJsonFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final IncidentGeoJson geoJson = new IncidentGeoJson();

    @Property(seed = "1607")
    void byteMutantsAreReadOrRefused(@ForAll("bytes") byte[] bytes) throws Exception {
        check(bytes);
    }

    @Property(seed = "1607")
    void structureMutantsAreReadOrRefused(@ForAll("structures") byte[] bytes) throws Exception {
        check(bytes);
    }

    private void check(byte[] bytes) throws Exception {
        List<Incident> incidents;
        try {
            incidents = geoJson.read(new ByteArrayInputStream(bytes), "fuzz.geojson", id -> Optional.empty());
        } catch (GeoJsonFormatException e) {
            if (e.getMessage().contains("No enum constant") || e.getMessage().contains("java.")) {
                throw new AssertionError("message names Java internals: " + e.getMessage());
            }
            return;
        }
        for (Incident i : incidents) {
            valid(i.killed());
            valid(i.injured());
            valid(i.crowd());
            if (i.date().getYear() < 1900 || i.date().getYear() > 2100 || Math.abs(i.place().lat()) > 90 || Math.abs(i.place().lon()) > 180) {
                throw new AssertionError("out of range: " + i);
            }
            for (Source s : i.sources()) {
                valid(s.killed());
                valid(s.injured());
                valid(s.crowd());
            }
        }
        byte[] again = geoJson.toJson(incidents).getBytes(StandardCharsets.UTF_8);
        List<Incident> reread = geoJson.read(new ByteArrayInputStream(again), "again", id -> Optional.empty());
        if (!reread.equals(incidents)) {
            throw new AssertionError("meaning changed in a round trip");
        }
    }

    private static void valid(Integer count) {
        if (count != null && (count < 0 || count > IncidentGeoJson.MAX_COUNT)) {
            throw new AssertionError("count out of range: " + count);
        }
    }

    private static List<byte[]> seeds() {
        try {
            return List.of(Files.readAllBytes(Path.of("src/test/resources/fixtures/incidents.geojson")),
                    Files.readAllBytes(Path.of("data/events.geojson")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Mutations.of(seeds(), 6);
    }

    @Provide
    Arbitrary<byte[]> structures() {
        return Arbitraries.longs().map(r -> {
            try {
                Random random = new Random(r);
                JsonNode root = JSON.readTree(seeds().get(random.nextInt(2)));
                List<JsonNode> containers = new ArrayList<>();
                collect(root, containers);
                for (int m = 1 + random.nextInt(3); m > 0; m--) {
                    replaceOne(containers.get(random.nextInt(containers.size())), random);
                }
                return JSON.writeValueAsBytes(root);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static JsonNode strange(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> F.numberNode(3e9);
            case 1 -> F.numberNode(1e12);
            case 2 -> F.numberNode(-1);
            case 3 -> F.numberNode(2.5);
            case 4 -> F.numberNode(Long.MAX_VALUE);
            case 5 -> F.textNode("riot");
            case 6 -> F.textNode("+999999999-12-31");
            case 7 -> F.textNode("");
            case 8 -> F.nullNode();
            case 9 -> F.booleanNode(true);
            case 10 -> F.arrayNode().add(1).add("x");
            case 11 -> F.objectNode().put("type", "Polygon");
            case 12 -> F.numberNode(400.0);
            default -> F.textNode("72.8");
        };
    }

    private static void replaceOne(JsonNode container, Random random) {
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(5) == 0) {
                object.remove(name);
            } else {
                object.set(name, strange(random));
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), strange(random));
        }
    }
}
