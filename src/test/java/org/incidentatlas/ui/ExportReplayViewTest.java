package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.replay.ReplayWriter;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.Timeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export replay…: the form writes the animation off the JavaFX thread; Cancel leaves no file. */
class ExportReplayViewTest extends ApplicationTest {

    @TempDir
    Path dir;

    /** The export's own thread, so a test can wait until the writer has really stopped. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-export");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) throws Exception {
        Timeline timeline = new Timeline(new IncidentGeoJson().read(Path.of("src/test/resources/fixtures/incidents.geojson")));
        DayMap map = DayMap.bundled(List.of(), new MarkerIndex(timeline, IncidentFilter.showAll()), MapTheme.LIGHT);
        ExportReplayView view = new ExportReplayView(new ExportReplayView.Defaults(40.7, 72.9, 8, 161, 121,
                LocalDate.of(2005, 3, 18), LocalDate.of(2005, 3, 21), Path.of("target")),
                (replay, out, format, progress) -> new ReplayWriter(map).write(replay, out, format, progress), worker);
        stage.setScene(new Scene(view));
        stage.show();
    }

    @AfterEach
    void stopWorker() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    private String status() {
        return lookup("#exportStatus").queryAs(Label.class).getText();
    }

    private void fill(String id, String text) {
        interact(() -> lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    void exportWritesTheEpisodeAsAGifOfOneFramePerDay() throws Exception {
        Path gif = dir.resolve("march.gif");
        fill("#exportFile", gif.toString());
        clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status().startsWith("Wrote") || status().startsWith("Not"));
        assertEquals("Wrote " + gif + ".", status());
        assertEquals(1.0, lookup("#exportProgress").queryAs(ProgressBar.class).getProgress(), 1e-9);
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        interact(() -> shot[0] = lookup("#exportReplay").query().getScene().snapshot(null));
        Screenshots.write(shot[0], new java.io.File(Screenshots.DIR, "export-replay.png"));
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true), "18 to 21 March, the form's default range");
            BufferedImage first = reader.read(0);
            // The map's odd width and height are made even, as an MP4 needs.
            assertEquals(160, first.getWidth());
            assertEquals(120, first.getHeight());
        }
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFile() throws Exception {
        Path mp4 = dir.resolve("long.mp4");
        fill("#exportFrom", "2005-01-01");
        fill("#exportTo", "2005-12-31");
        interact(() -> lookup("#exportFormat").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(org.incidentatlas.replay.ReplayFormat.MP4));
        fill("#exportFile", mp4.toString());
        clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status().startsWith("Day 2 of 365"));
        clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().startsWith("Cancelled"));
        worker.shutdown();
        assertTrue(worker.awaitTermination(60, TimeUnit.SECONDS), "the writer stops");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no file and no temporary file");
        }
        assertEquals("Cancelled; no file was written.", status());
    }

    @Test
    void aMistypedDateIsSaidAndNothingStarts() {
        fill("#exportFrom", "18 March");
        clickOn("#exportButton");
        assertEquals("Dates are written YYYY-MM-DD, such as 2005-03-18.", status());
    }
}
