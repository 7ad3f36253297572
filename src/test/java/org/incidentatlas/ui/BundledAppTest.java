package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;

import org.incidentatlas.ui.workspace.WorkspaceLocation;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Starts the app as shipped (bundled incidents and articles) on the test preference node, cleared
 * before and after, so that no test inherits another's saved date or view.
 */
public abstract class BundledAppTest extends ApplicationTest {

    protected IncidentAtlasApp app;

    @Override
    public void start(Stage stage) throws IOException {
        ViewerPreferences.fromSystemProperty().clear();
        clearWorkspaces();
        app = new IncidentAtlasApp(ViewerServices.bundled());
        app.start(stage);
    }

    @AfterEach
    void hideApp() throws TimeoutException, IOException {
        FxToolkit.hideStage();
        ViewerPreferences.fromSystemProperty().clear();
        clearWorkspaces();
    }

    /**
     * The test workspace folder is shared by every test class: a file one test opened (and the
     * workspace recorded) must not show up in the next one's map.
     */
    static void clearWorkspaces() throws IOException {
        WorkspaceLocation location = WorkspaceLocation.fromSystemProperty();
        Files.deleteIfExists(location.defaultWorkspace());
        Files.deleteIfExists(location.folder().resolve(WorkspaceLocation.RECENT_NAME));
    }
}
