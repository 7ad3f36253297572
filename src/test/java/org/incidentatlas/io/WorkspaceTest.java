package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    private static final Place VILLAGE = new Place("added:jylkeldi", "Jylkeldi", List.of("Жылкелди"), PlaceKind.VILLAGE,
            40.61, 72.95, "", "KG", 0);

    @Test
    void whatWasOpenedIsThereWhenTheFileIsOpenedAgain() throws Exception {
        Path file = dir.resolve("sub/my.workspace");
        Path reports = Files.createDirectory(dir.resolve("reports"));
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.showsBundled(), "a new workspace shows the bundled corpus until told otherwise");
            w.addReports(reports, "folder");
            w.addIncidentFile(dir.resolve("acled.csv"));
            w.addReports(reports, "folder");
            w.confirmDate(reports.resolve("undated.html"), LocalDate.of(2010, 6, 11));
            w.addPlaces(dir.resolve("villages.csv"), List.of(VILLAGE));
            w.setShowsBundled(false);
        }
        try (Workspace w = Workspace.open(file)) {
            assertFalse(w.showsBundled());
            List<Workspace.Source> sources = w.sources();
            assertEquals(2, sources.size(), "the folder opened twice is one source");
            assertEquals(Workspace.Kind.REPORTS, sources.get(0).kind());
            assertEquals(reports.toAbsolutePath(), sources.get(0).path());
            assertEquals(Workspace.Kind.INCIDENTS, sources.get(1).kind());
            assertEquals("csv", sources.get(1).format());
            assertEquals(Map.of(reports.resolve("undated.html").toAbsolutePath(), LocalDate.of(2010, 6, 11)), w.confirmedDates());
            assertEquals(List.of(VILLAGE), w.places());
            w.removeSource(sources.get(1).id());
            assertEquals(1, w.sources().size());
        }
    }

    @Test
    void aFileThatIsNotAWorkspaceIsNamedAndLeftAlone() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.workspace"), "these are my notes, not a database\n".repeat(20));
        FileProblemException e = assertThrows(FileProblemException.class, () -> Workspace.open(notes));
        assertEquals(notes.toAbsolutePath() + ": is not a workspace (not an SQLite database)", e.getMessage());
        assertEquals("these are my notes, not a database\n".repeat(20), Files.readString(notes));
    }

    @Test
    void aWorkspaceOfALaterVersionIsRefused() throws Exception {
        Path file = dir.resolve("later.workspace");
        Workspace.open(file).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        FileProblemException e = assertThrows(FileProblemException.class, () -> Workspace.open(file));
        assertTrue(e.getMessage().contains("was written by a later version of Incident Atlas (workspace version 99)"), e.getMessage());
    }

    @Test
    void aFailedChangeLeavesWhatTheWorkspaceHeld() throws Exception {
        Path file = dir.resolve("w.workspace");
        try (Workspace w = Workspace.open(file)) {
            w.addPlaces(dir.resolve("a.csv"), List.of(VILLAGE));
            Place bad = new Place("added:bad", "Bad", List.of(), PlaceKind.VILLAGE, Double.NaN, 72, "", "KG", 0);
            Place second = new Place("added:second", "Second", List.of(), PlaceKind.VILLAGE, 40, 72, "", "KG", 0);
            // SQLite stores NaN as NULL, which the schema refuses: the whole file of places is refused, not half of it.
            assertThrows(FileProblemException.class, () -> w.addPlaces(dir.resolve("b.csv"), List.of(second, bad)));
            assertEquals(List.of(VILLAGE), w.places());
        }
    }
}
