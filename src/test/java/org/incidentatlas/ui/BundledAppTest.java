package org.incidentatlas.ui;

import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;

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
    public void start(Stage stage) {
        ViewerPreferences.fromSystemProperty().clear();
        app = new IncidentAtlasApp(ViewerServices.bundled());
        app.start(stage);
    }

    @AfterEach
    void hideApp() throws TimeoutException {
        FxToolkit.hideStage();
        ViewerPreferences.fromSystemProperty().clear();
    }
}
