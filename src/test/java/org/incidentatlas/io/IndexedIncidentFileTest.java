package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.bench.SyntheticIncidents;
import org.incidentatlas.model.Incident;
import org.incidentatlas.timeline.TimeIndex;
import org.incidentatlas.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read for its columns gives every incident back, read again from the file, as a full read gives it. */
class IndexedIncidentFileTest {

    private static final Path BUNDLED = Path.of("data/events.geojson");

    @Test
    void everyRowReadAgainIsTheIncidentTheFullReadGives(@TempDir Path dir) throws Exception {
        // Non-ASCII names and a byte order mark: offsets are bytes, not characters.
        String text = Files.readString(BUNDLED).replace("\"Osh\"", "\"Ош\"");
        Path file = dir.resolve("events.geojson");
        Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        List<Incident> full = new IncidentGeoJson().read(file);
        IndexedIncidentFile rows = new IndexedIncidentFile(file);
        List<Incident> handedOut = new ArrayList<>();
        rows.read(3, (batch, bytesRead) -> handedOut.addAll(batch));
        assertEquals(full, handedOut);
        assertEquals(full.size(), rows.size());
        for (int row = rows.size() - 1; row >= 0; row--) {
            assertEquals(full.get(row), rows.get(row), "row " + row);
        }
        assertTrue(full.stream().anyMatch(i -> i.place().name().equals("Ош")), "the file names Ош");
    }

    @Test
    void aTimelineOverColumnsShowsWhatATimelineInMemoryShows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.geojson");
        new SyntheticIncidents(3).write(5_000, file);
        IndexedIncidentFile rows = new IndexedIncidentFile(file);
        TimeIndex.Builder columns = new TimeIndex.Builder();
        rows.read(1_000, (batch, bytesRead) -> columns.addAll(batch));
        Timeline fromColumns = columns.timeline(rows::get);
        Timeline inMemory = new Timeline(new IncidentGeoJson().read(file));
        assertEquals(inMemory.incidents(), fromColumns.incidents());
        assertEquals(inMemory.days(), fromColumns.days());
        assertEquals(inMemory.outlets(), fromColumns.outlets());
        assertEquals(inMemory.episodes(), fromColumns.episodes());
    }

    @Test
    void aFileThatChangedAfterItWasReadIsNamedNotMisread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.geojson");
        Files.copy(BUNDLED, file);
        IndexedIncidentFile rows = new IndexedIncidentFile(file);
        rows.read(100, (batch, bytesRead) -> { });
        Files.writeString(file, Files.readString(file).replace("\"id\"", " \"id\""));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> rows.get(rows.size() - 1));
        assertEquals(file + ": has changed since it was opened; open it again to see its incidents", e.getCause().getMessage());
    }

    @Test
    void utf16TextKeepsItsIncidents(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("utf16.geojson");
        Files.write(file, ("\uFEFF" + Files.readString(BUNDLED)).getBytes(StandardCharsets.UTF_16LE));
        IndexedIncidentFile rows = new IndexedIncidentFile(file);
        rows.read(4, (batch, bytesRead) -> { });
        List<Incident> full = new IncidentGeoJson().read(BUNDLED);
        Files.delete(file);
        for (int row = 0; row < full.size(); row++) {
            assertEquals(full.get(row), rows.get(row));
        }
    }
}
