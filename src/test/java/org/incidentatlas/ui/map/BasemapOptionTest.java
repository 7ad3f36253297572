package org.incidentatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.scene.control.Label;

import org.incidentatlas.io.ViewerFiles;
import org.incidentatlas.ui.IncidentAtlasApp;
import org.incidentatlas.ui.ViewerServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --basemap FILE} travels from the command line to the map; a broken file is explained on the map. */
class BasemapOptionTest {

    @TempDir
    Path dir;

    private Application app;

    @AfterEach
    void tearDown() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.hideStage();
    }

    @Test
    void corruptBasemapIsNamedInANoticeOverTheDrawnMap() throws Exception {
        Path corrupt = Files.writeString(dir.resolve("region.mbtiles"), "not sqlite");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new IncidentAtlasApp(ViewerServices.bundled(),
                new ViewerFiles(Optional.of(corrupt), Optional.empty())));
        WaitForAsyncUtils.waitForFxEvents();

        Label notice = new FxRobot().lookup("#map-notice").queryAs(Label.class);
        // The file is opened off the JavaFX thread: wait for its verdict (a guard, not a timing assertion).
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, notice::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().contains(corrupt.toString()) && notice.getText().contains("neither an MBTiles file"),
                notice.getText());
    }
}
