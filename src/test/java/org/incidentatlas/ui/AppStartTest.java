package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.MapView;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

class AppStartTest extends ApplicationTest {

    private Stage stage;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        new IncidentAtlasApp().start(stage);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void windowShowsTheMapCentredOnSouthernKyrgyzstan() {
        assertEquals("Incident Atlas", stage.getTitle());
        MapView map = lookup("#map").queryAs(MapView.class);
        assertTrue(map.isVisible());
        assertTrue(map.getCenter().getLatitude() > 39.5 && map.getCenter().getLatitude() < 43.0);
        assertTrue(map.getCenter().getLongitude() > 70.5 && map.getCenter().getLongitude() < 75.0);
    }
}
