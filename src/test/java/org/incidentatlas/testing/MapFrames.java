package org.incidentatlas.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.incidentatlas.ui.map.IncidentLayer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until the map shows what the viewer's state asks for: a change of date, selection or view
 * is laid out off the JavaFX thread (clusters, names) and painted when it is made, so a test that
 * looks at the drawn markers or names waits for that frame first.
 */
public final class MapFrames {

    private MapFrames() {
    }

    /** Lets pending pulses lay the layers out, then waits for the frame they asked for to be painted. */
    public static void awaitDrawn(IncidentLayer layer) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layer.markers().settled() && layer.painting());
        } catch (TimeoutException e) {
            throw new AssertionError("the map's frame was not made within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
