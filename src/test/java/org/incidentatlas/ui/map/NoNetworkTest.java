package org.incidentatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import com.gluonhq.maps.tile.TileRetrieverProvider;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;

import org.incidentatlas.ui.BundledAppTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The app must never touch the network: not while starting, panning or zooming the map. */
class NoNetworkTest extends BundledAppTest {

    /** The only address the guard's own self-check may try. */
    private static final String SELF_TEST_HOST = "guard-self-test.invalid";

    @BeforeAll
    static void forbidNetwork() throws IOException {
        NetworkGuard.install();
    }


    @Test
    void startingPanningAndZoomingTheMapOpensNoConnection() throws TimeoutException {
        MapView map = lookup("#map").queryAs(MapView.class);
        waitForTiles();
        for (double zoom : new double[] {6, 9, 12, 15}) {
            interact(() -> {
                map.setZoom(zoom);
                map.setCenter(new MapPoint(40.53, 72.80));
            });
            waitForTiles();
        }
        // Pan with the mouse, as a user would, and zoom with the wheel.
        Point2D middle = map.localToScreen(map.getWidth() / 2, map.getHeight() / 2);
        drag(middle, MouseButton.PRIMARY).moveBy(-250, -150).release(MouseButton.PRIMARY);
        moveTo(middle).scroll(3);
        waitForTiles();
        interact(() -> map.setZoom(4));
        waitForTiles();

        assertEquals(List.of(), networkAttempts(), "network attempts");
        assertInstanceOf(OfflineTileRetriever.class, TileRetrieverProvider.getInstance().load());
    }

    @Test
    void theGuardNoticesSocketsAndUrls() {
        assertThrows(IOException.class, () -> new Socket(SELF_TEST_HOST, 80).close());
        assertThrows(IOException.class, () -> new URL("https://" + SELF_TEST_HOST + "/tile.png").openStream().close());
        assertTrue(NetworkGuard.attempts().stream().anyMatch(a -> a.contains(SELF_TEST_HOST)));
    }

    private static List<String> networkAttempts() {
        return NetworkGuard.attempts().stream().filter(a -> !a.contains(SELF_TEST_HOST)).toList();
    }

    private static void waitForTiles() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OfflineTileRetriever.installed().pendingTiles() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
