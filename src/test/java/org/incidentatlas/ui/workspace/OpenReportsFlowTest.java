package org.incidentatlas.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.incidentatlas.model.Episode;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.IncidentAtlasApp;
import org.incidentatlas.ui.MainViewModel;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.ui.ViewerPreferences;
import org.incidentatlas.ui.ViewerServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user opens a folder of their own reports (one without a publication date), confirms the date the
 * dialog proposes, watches the progress, finds the new episode and its markers beside the bundled
 * ones; then restarts the app and finds the same workspace, without being asked again.
 */
class OpenReportsFlowTest extends ApplicationTest {

    private Path appData;
    private Path reports;
    private String previousFolder;
    private IncidentAtlasApp app;

    @Override
    public void start(Stage stage) throws IOException {
        Path root = Files.createTempDirectory("reports-flow");
        appData = root.resolve("app-data");
        reports = Files.createDirectory(root.resolve("my reports"));
        Files.writeString(reports.resolve("talas.html"), """
                <html><head><title>Talas | Wire</title>
                <meta property="article:published_time" content="2015-05-15T10:00:00Z">
                <meta property="og:site_name" content="Valley Wire"></head>
                <body><nav>Home News</nav><article><h1>Talas</h1>
                <p>Protesters stormed the regional administration building in Talas on Thursday.</p></article></body></html>
                """);
        Files.writeString(reports.resolve("uzgen.md"), "---\ndate: 2015-05-16\nsource: Valley Wire\n---\n# Uzgen\n\n"
                + "Gunfire broke out in Uzgen on Friday.\n");
        Files.writeString(reports.resolve("2015-05-17-naryn.txt"), "Gunfire broke out in Naryn on Saturday.\n");
        previousFolder = System.getProperty(WorkspaceLocation.FOLDER_PROPERTY);
        System.setProperty(WorkspaceLocation.FOLDER_PROPERTY, appData.toString());
        ViewerPreferences.fromSystemProperty().clear();
        app = new IncidentAtlasApp(ViewerServices.bundled());
        app.start(stage);
    }

    @AfterEach
    void restore() throws TimeoutException {
        FxToolkit.hideStage();
        ViewerPreferences.fromSystemProperty().clear();
        if (previousFolder == null) {
            System.clearProperty(WorkspaceLocation.FOLDER_PROPERTY);
        } else {
            System.setProperty(WorkspaceLocation.FOLDER_PROPERTY, previousFolder);
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new TimeoutException("waited 60 s for " + what);
        }
    }

    private static boolean has2015(MainViewModel model) {
        return model.timeline() != null && model.timeline().episodes().stream().anyMatch(e -> e.firstDay().getYear() == 2015);
    }

    @Test
    void aVillageTheGazetteerLacksIsListedAsUnplacedThenAddedPlacesFindItsEvent() throws Exception {
        Path village = Files.createDirectory(appData.resolveSibling("village"));
        Files.writeString(village.resolve("jylkeldi.md"), "---\ndate: 2015-05-16\n---\n"
                + "Protesters seized the administration building in Jylkeldi on Friday.\n");
        Path places = Files.writeString(appData.resolveSibling("villages.csv"), "name,lat,lon\nJylkeldi,40.61,72.95\n");
        waitFor("the bundled incidents", () -> app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        interact(() -> app.workspace().openReports(List.of(village)));
        waitFor("the report extracted", () -> lookup("#importProgressMessage").tryQuery()
                .map(n -> ((Label) n).getText().equals("Extracted 1 of 1 reports")).orElse(false));
        assertFalse(has2015(app.model()), "no place, no incident");

        clickOn("Tools").clickOn("Unplaced names");
        waitFor("the unplaced names", () -> lookup("#unplacedNamesTree").tryQuery().isPresent());
        javafx.scene.control.TreeView<?> tree = lookup("#unplacedNamesTree").queryAs(javafx.scene.control.TreeView.class);
        assertEquals("Jylkeldi  (1 sentence)", tree.getRoot().getChildren().get(0).getValue());
        assertEquals("jylkeldi: Protesters seized the administration building in Jylkeldi on Friday.",
                tree.getRoot().getChildren().get(0).getChildren().get(0).getValue());

        interact(() -> app.workspace().addPlaces(places));
        waitFor("the event at the added village", () -> app.model().timeline() != null && app.model().timeline().incidents()
                .stream().anyMatch(i -> i.place().name().equals("Jylkeldi") && i.date().equals(LocalDate.of(2015, 5, 15))));
    }

    @Test
    void aFolderOfReportsBecomesANewEpisodeAndTheWorkspaceIsThereAfterARestart() throws Exception {
        waitFor("the bundled incidents", () -> app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        waitFor("the default workspace", () -> app.workspace().workspaceFileProperty().get() != null);
        assertEquals(appData.resolve("default.workspace").toAbsolutePath(), app.workspace().workspaceFileProperty().get());
        int bundled = app.model().timeline().incidents().size();
        int bundledEpisodes = app.model().timeline().episodes().size();

        interact(() -> app.workspace().openReports(List.of(reports)));

        // The undated report: the dialog proposes the date in its file name.
        waitFor("the date dialog", () -> lookup("#reportDate").tryQuery().isPresent());
        DatePicker picker = lookup("#reportDate").queryAs(DatePicker.class);
        assertEquals(LocalDate.of(2015, 5, 17), picker.getValue());
        assertTrue(lookup("#reportDateWhy").queryAs(Label.class).getText().contains("the file name"));
        clickOn((Node) lookup("#useDate").query());

        waitFor("the progress over the map", () -> lookup("#importProgress").tryQuery().isPresent());
        assertTrue(lookup("#importProgressBar").tryQuery().isPresent());
        waitFor("the last report extracted", () -> lookup("#importProgressMessage").tryQuery()
                .map(n -> ((Label) n).getText().equals("Extracted 3 of 3 reports")).orElse(false));
        waitFor("the new episode", () -> has2015(app.model()));
        waitFor("the incidents of every report", () -> app.model().timeline().incidents().size() >= bundled + 3);

        List<Incident> incidents = app.model().timeline().incidents();
        List<String> mine = incidents.stream().filter(i -> i.date().getYear() == 2015).map(Incident::id).sorted().toList();
        assertEquals(List.of("2015-05-14-seizure-talas", "2015-05-15-clash-uzgen", "2015-05-16-clash-naryn"), mine);
        assertEquals(bundled + 3, incidents.size(), "the bundled incidents stay beside the reports'");
        assertEquals(bundledEpisodes + 1, app.model().timeline().episodes().size());
        assertTrue(app.model().timeline().outlets().contains("Valley Wire"), "the outlet filters list the reports' outlet");

        // The new episode has its own button; pressing it shows its markers.
        Episode fresh = app.model().timeline().episodes().stream().filter(e -> e.firstDay().getYear() == 2015).findFirst().orElseThrow();
        Button button = lookup(".episode-button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(fresh.label())).findFirst().orElseThrow();
        clickOn(button);
        interact(() -> app.model().goTo(fresh.lastDay()));
        waitFor("the markers of the episode", () -> app.model().markersProperty().get().stream()
                .map(m -> m.place().name()).toList().containsAll(List.of("Talas", "Uzgen", "Naryn")));

        // Restart: a new app on the same app-data folder finds the workspace, and does not ask for the date again.
        interact(() -> app.stop());
        FxToolkit.hideStage();
        IncidentAtlasApp restarted = new IncidentAtlasApp(ViewerServices.bundled());
        FxToolkit.setupStage(stage -> restarted.start(stage));
        FxToolkit.showStage();
        waitFor("the workspace after the restart", () -> has2015(restarted.model()));
        assertEquals(appData.resolve("default.workspace").toAbsolutePath(), restarted.workspace().workspaceFileProperty().get());
        assertFalse(lookup("#reportDate").tryQuery().isPresent(), "the confirmed date is remembered");
        waitFor("all three reports again", () -> restarted.model().timeline().incidents().stream()
                .filter(i -> i.date().getYear() == 2015).count() == 3);
        assertEquals(bundled + 3, restarted.model().timeline().incidents().size());
    }
}
