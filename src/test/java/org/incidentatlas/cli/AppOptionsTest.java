package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.io.ViewerFiles;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The window's options reach it as paths in ViewerFiles, never as strings to parse again. */
class AppOptionsTest {

    private ViewerFiles launch(String... args) {
        List<ViewerFiles> opened = new ArrayList<>();
        assertEquals(0, IncidentAtlasCommand.commandLine(opened::add).execute(args));
        return opened.get(0);
    }

    @Test
    void reportsFoldersAndFilesAreHandedToTheWindowInOrder() {
        ViewerFiles files = launch("--reports", "my reports", "extra/osh.html", "--incidents", "acled.csv");
        assertEquals(List.of(Path.of("my reports"), Path.of("extra/osh.html")), files.reports());
        assertEquals(Optional.of(Path.of("acled.csv")), files.incidents());
    }

    @Test
    void withoutOptionsNoReportsAreOpened() {
        assertEquals(List.of(), launch().reports());
    }
}
