package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.incidentatlas.testing.MapFrames;
import org.incidentatlas.io.FieldMapping;
import org.incidentatlas.io.IncidentFormats;
import org.incidentatlas.model.Incident;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.ui.io.FileDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** File → Open incidents… and File → Export, as a user goes through them (the file chooser answers with a fixed path). */
class IncidentFilesInAppTest extends BundledAppTest {

    private static final String ACLED = """
            event_id_cnty,event_date,event_type,sub_event_type,actor1,location,latitude,longitude,source,notes,fatalities
            KGZ100,11 June 2010,Riots,Mob violence,Rioters (Kyrgyzstan),Osh,40.5333,72.7833,AKIpress,Shops burned in Osh.,4
            KGZ101,12 June 2010,Violence against civilians,Attack,Unidentified armed group,Bazar-Korgon,41.0376,72.7459,Kabar,,0
            """;

    @TempDir
    Path dir;

    private Path chosen;

    @BeforeEach
    void answerTheFileChooser() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().timeline() != null);
        app.incidentFiles().useFileDialogs(new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
                return Optional.of(chosen);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, FileChooser.ExtensionFilter filter) {
                return Optional.of(chosen);
            }
        });
    }

    @Test
    void anAcledCsvJoinsTheBundledIncidentsAndItsMarkersShow() throws Exception {
        int bundled = app.model().timeline().incidents().size();
        chosen = Files.writeString(dir.resolve("acled.csv"), ACLED);
        fire("openIncidentsItem");
        waitOnFxThread(() -> app.model().timeline() != null
                && app.model().timeline().incidents().size() == bundled + 2
                && app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        WaitForAsyncUtils.waitForFxEvents();
        // The map goes to the file's first day, where its Osh riot is a marker with the notes as its excerpt.
        assertEquals(LocalDate.of(2010, 6, 11), app.model().date());
        PlaceMarker osh = app.model().markersProperty().get().stream()
                .filter(m -> m.incidents().stream().anyMatch(v -> v.incident().id().equals("KGZ100"))).findFirst().orElseThrow();
        assertEquals("Osh", osh.place().name());
        assertEquals("Shops burned in Osh.", osh.incidents().get(0).incident().sources().get(0).excerpt());
        assertTrue(app.model().timeline().outlets().contains("AKIpress"), "the outlet filters offer the file's outlets");
        MapFrames.awaitDrawn(app.view().incidentLayer());
        assertFalse(app.view().incidentLayer().shownMarkers().isEmpty(), "a marker is drawn on the map");
    }

    @Test
    void allIncidentsExportedAsKmlReadBackTheSame() throws Exception {
        List<Incident> shown = app.model().timeline().incidents();
        chosen = dir.resolve("export.kml");
        fire("export-kml");
        DialogPane which = dialog(pane -> pane.getHeaderText() != null && pane.getHeaderText().equals("Which incidents?"));
        interact(() -> ((Button) which.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        List<Incident> read = IncidentFormats.read(chosen);
        assertEquals(shown.stream().map(Incident::id).toList(), read.stream().map(Incident::id).toList());
        assertEquals(shown.stream().map(Incident::date).toList(), read.stream().map(Incident::date).toList());
        assertTrue(Files.readString(chosen).contains("<styleUrl>#"), "placemarks are styled by type");
    }

    @Test
    void onlyWhatTheMapShowsNowIsExportedWhenChosen() throws Exception {
        int visible = app.model().visibleCountProperty().get();
        assertTrue(visible > 0 && visible < app.model().timeline().incidents().size(), "the first day shows some incidents: " + visible);
        chosen = dir.resolve("shown.csv");
        fire("export-csv");
        DialogPane which = dialog(pane -> "Which incidents?".equals(pane.getHeaderText()));
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> choice = (ComboBox<String>) which.lookup(".combo-box");
            choice.getSelectionModel().select(1);
            ((Button) which.lookupButton(ButtonType.OK)).fire();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(chosen));
        assertEquals(visible, IncidentFormats.read(chosen).size());
    }

    @Test
    void theCurrentViewIsExportedAsAPngOfTheMapsSize() throws Exception {
        chosen = dir.resolve("view.png");
        fire("export-png");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(chosen));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(chosen.toFile());
        javafx.geometry.Bounds map = lookup("#map").query().getLayoutBounds();
        assertEquals((int) map.getWidth(), image.getWidth());
        assertEquals((int) map.getHeight(), image.getHeight());
        long colours = java.util.stream.IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, image.getHeight() / 2)).distinct().count();
        assertTrue(colours > 20, "a drawn map, not a blank image: " + colours + " colours across the middle");
    }

    @Test
    void aKmlThatIsNotXmlIsOneLineInADialogAndTheMapKeepsItsIncidents() throws Exception {
        List<Incident> before = app.model().timeline().incidents();
        chosen = Files.writeString(dir.resolve("broken.kml"), "<kml><Placemark><name>Osh</nam></Placemark></kml>");
        fire("openIncidentsItem");
        DialogPane problem = dialog(pane -> "incidentFileProblem".equals(pane.getId()));
        assertTrue(problem.getContentText().startsWith(chosen + ": line 1, column "), problem.getContentText());
        assertEquals(1, problem.getContentText().lines().count());
        assertEquals(before, app.model().timeline().incidents());
        interact(() -> problem.getScene().getWindow().hide());
    }

    @Test
    void someoneElsesGeoJsonAsksWhichPropertiesHoldWhatAndRemembersTheAnswer() throws Exception {
        chosen = Files.writeString(dir.resolve("own.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                  "geometry": {"type": "Point", "coordinates": [72.7833, 40.5333]},
                  "properties": {"happened": "2010-06-13", "what": "seizure", "town": "Osh"}}]}
                """);
        int bundled = app.model().timeline().incidents().size();
        fire("openIncidentsItem");
        DialogPane mapping = dialog(pane -> pane.lookup("#mappingDate") != null);
        interact(() -> {
            combo(mapping, "#mappingDate").setValue("happened");
            combo(mapping, "#mappingType").setValue("what");
            combo(mapping, "#mappingPlace").setValue("town");
            ((Button) mapping.lookupButton(ButtonType.OK)).fire();
        });
        waitOnFxThread(() -> app.model().timeline().incidents().size() == bundled + 1
                && app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        assertEquals(LocalDate.of(2010, 6, 13), app.model().date());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ViewerPreferences.fromSystemProperty().fieldMapping().isPresent());
        assertEquals(new FieldMapping("happened", "what", Optional.of("town"), Optional.empty()),
                ViewerPreferences.fromSystemProperty().fieldMapping().orElseThrow());
    }

    /**
     * Waits until the condition holds, asked on the JavaFX thread: the new timeline and the day it goes to
     * are set in one step there, which a look from the test thread could see half done (the date of before).
     */
    private static void waitOnFxThread(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(DialogPane pane, String id) {
        return (ComboBox<String>) pane.lookup(id);
    }

    private void fire(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().filter(m -> m.getText().equals("File"))
                .flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertTrue(!item.isDisable(), id + " is enabled");
        // Not interact(): an item may open a dialog that waits for the user, and the test is that user.
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane dialog(java.util.function.Predicate<DialogPane> which) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> find(which) != null);
        return find(which);
    }

    private static DialogPane find(java.util.function.Predicate<DialogPane> which) {
        return Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).filter(which).findFirst().orElse(null);
    }
}
