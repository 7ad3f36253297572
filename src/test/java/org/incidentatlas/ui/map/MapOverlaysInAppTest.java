package org.incidentatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import com.gluonhq.maps.MapView;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

import org.incidentatlas.testing.MapFrames;
import org.incidentatlas.rendering.PlacedLabel;
import org.incidentatlas.ui.BundledAppTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The app's map shows place names, a scale bar and the data credits over the drawn tiles. */
class MapOverlaysInAppTest extends BundledAppTest {


    @Test
    void homeViewShowsTownNamesScaleBarAndCredits() throws TimeoutException, IOException {
        MapView map = lookup("#map").queryAs(MapView.class);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OfflineTileRetriever.installed().pendingTiles() == 0);
        WaitForAsyncUtils.waitForFxEvents();

        PlaceLabelLayer labels = (PlaceLabelLayer) map.getChildrenUnmodifiable().stream()
                .filter(PlaceLabelLayer.class::isInstance).findFirst().orElseThrow();
        MapFrames.awaitDrawn(app.view().incidentLayer());
        List<String> names = labels.shownLabels().stream().map(PlacedLabel::place).map(p -> p.name()).toList();
        assertTrue(names.containsAll(List.of("Osh", "Jalal-Abad", "Bishkek", "Namangan")), "labels shown: " + names);

        MapChromeLayer chrome = (MapChromeLayer) map.getChildrenUnmodifiable().stream()
                .filter(MapChromeLayer.class::isInstance).findFirst().orElseThrow();
        assertTrue(chrome.attributionText().contains("Natural Earth · GeoNames"));
        assertTrue(chrome.scaleBar().orElseThrow().label().endsWith("km"));

        // To look at the app headless: mvn verify -Dincidentatlas.snapshot=/tmp/app.png
        String snapshot = System.getProperty("incidentatlas.snapshot");
        if (snapshot != null) {
            WritableImage image = interactAndGet(() -> map.getScene().snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(snapshot));
        }
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> c) {
        Object[] out = new Object[1];
        interact(() -> {
            try {
                out[0] = c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
