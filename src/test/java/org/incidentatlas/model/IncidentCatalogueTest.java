package org.incidentatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.incidentatlas.markers.MarkerIcons;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of incident types is complete: every type and variant has an icon file, a label, a
 * colour and a place in each order, so a type added to the catalogue cannot show as a blank marker,
 * sort ahead of the others or vanish from the histogram.
 */
class IncidentCatalogueTest {

    private static final Path ICONS = Path.of("icons");

    @Test
    void everyKindHasAnIconFileWithAPath() throws IOException {
        for (IncidentKind kind : IncidentKind.all()) {
            Path svg = ICONS.resolve(kind.code() + ".svg");
            assertTrue(Files.isRegularFile(svg), kind.label() + " needs " + svg);
            assertTrue(Files.readString(svg).contains(" d=\""), svg + " has no path data");
            assertEquals("/icons/" + kind.code() + ".svg", kind.iconResource());
        }
        // What the app and render load: one icon per kind, from the class path.
        MarkerIcons bundled = MarkerIcons.bundled();
        IncidentKind.all().forEach(kind -> assertFalse(bundled.of(kind).pathData().isBlank(), kind.label()));
    }

    @Test
    void everyMarkerIconFileBelongsToAKind() throws IOException {
        Set<String> codes = IncidentKind.all().stream().map(IncidentKind::code).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(ICONS)) {
            List<String> orphans = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".svg") && !n.startsWith("app"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .filter(code -> !codes.contains(code)).toList();
            assertEquals(List.of(), orphans, "icons no kind of the catalogue uses");
        }
    }

    @Test
    void everyTypeHasALabelAColourAndAPlaceInEachOrder() {
        IncidentType[] types = IncidentType.values();
        Set<String> labels = new HashSet<>();
        for (IncidentType t : types) {
            assertFalse(t.label().isBlank(), t + " has no label");
            assertTrue(labels.add(t.label()), "two types called " + t.label());
            assertTrue(t.color().matches("#[0-9a-f]{6}"), t + ": " + t.color());
        }
        // Each order is a permutation of 0..n-1: no type missing, none sharing a place.
        List<Integer> all = IntStream.range(0, types.length).boxed().toList();
        assertEquals(all, Arrays.stream(types).map(IncidentType::markerPriority).sorted().toList());
        assertEquals(all, Arrays.stream(types).map(IncidentType::histogramOrder).sorted().toList());
        assertEquals(types.length, IncidentType.byMarkerPriority().size());
        assertEquals(types.length, IncidentType.byHistogramOrder().size());
    }

    @Test
    void kindsHaveDistinctColoursLabelsAndIcons() {
        List<IncidentKind> kinds = IncidentKind.all();
        assertEquals(kinds.size(), kinds.stream().map(IncidentKind::color).distinct().count(), "colours");
        assertEquals(kinds.size(), kinds.stream().map(IncidentKind::label).distinct().count(), "labels");
        assertEquals(kinds.size(), kinds.stream().map(IncidentKind::code).distinct().count(), "icons");
    }

    @Test
    void retakenIsAVariantOnlyOfTheTypesThatDeclareIt() {
        IncidentKind retaken = new IncidentKind(IncidentType.SEIZURE, IncidentType.Variant.RETAKEN);
        assertEquals("seizure-retaken", retaken.code());
        assertEquals("Seizure (retaken)", retaken.label());
        assertTrue(IncidentKind.all().contains(retaken));
        assertThrows(IllegalArgumentException.class, () -> new IncidentKind(IncidentType.CLASH, IncidentType.Variant.RETAKEN));
        Place osh = new Place("1527534", "Osh", List.of(), PlaceKind.CITY, 40.5, 72.8, "", "KG", 0);
        Incident retaking = new Incident("r", java.time.LocalDate.of(2005, 3, 19), IncidentType.SEIZURE, osh,
                Precision.CITY, List.of(), List.of(), null, null, true, List.of());
        assertEquals(retaken, retaking.kind());
        // A file may say "retaken" of a clash: the clash has no such variant and shows as a clash.
        Incident clash = new Incident("c", java.time.LocalDate.of(2005, 3, 19), IncidentType.CLASH, osh,
                Precision.CITY, List.of(), List.of(), null, null, true, List.of());
        assertEquals(IncidentKind.of(IncidentType.CLASH), clash.kind());
    }

    @Test
    void violenceOutranksSeizuresAndSeizuresOutrankProtestsOnAMarker() {
        assertEquals(List.of(IncidentType.CLASH, IncidentType.ATTACK, IncidentType.SEIZURE, IncidentType.PROTEST),
                IncidentType.byMarkerPriority());
        assertEquals(Set.of(IncidentType.SEIZURE, IncidentType.CLASH), IncidentType.scored());
    }
}
