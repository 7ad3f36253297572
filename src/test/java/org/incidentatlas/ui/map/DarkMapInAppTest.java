package org.incidentatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import com.gluonhq.maps.MapView;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import org.incidentatlas.ui.BundledAppTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dark theme darkens the map itself (tiles, background, names, scale bar, credits), and the
 * tiles meet without the faint lines of background Gluon's fractional placement used to leave.
 */
class DarkMapInAppTest extends BundledAppTest {

    private void chooseTheme(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(Menu.class::isInstance).flatMap(m -> ((Menu) m).getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        interact(item::fire);
    }

    private BufferedImage mapSnapshot() {
        MapView map = lookup("#map").queryAs(MapView.class);
        BufferedImage[] out = new BufferedImage[1];
        interact(() -> out[0] = SwingFXUtils.fromFXImage(map.snapshot(null, null), null));
        return out[0];
    }

    private static double meanLuminance(BufferedImage image) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                int rgb = image.getRGB(x, y);
                sum += 0.3 * ((rgb >> 16) & 255) + 0.59 * ((rgb >> 8) & 255) + 0.11 * (rgb & 255);
                n++;
            }
        }
        return sum / n;
    }

    /**
     * The largest share of rows in which one column is darker than both its neighbours, down the
     * middle half of the map: a seam is a whole column blended with the dark background, while
     * the map's own lines (borders, rivers) are brighter and darken no column on both sides.
     */
    private static double worstColumn(BufferedImage image) {
        int y0 = image.getHeight() / 4, y1 = image.getHeight() * 3 / 4;
        double worst = 0;
        for (int x = 1; x < image.getWidth() - 1; x++) {
            int darker = 0;
            for (int y = y0; y < y1; y++) {
                int here = luminance(image.getRGB(x, y));
                if (luminance(image.getRGB(x - 1, y)) - here >= 2 && luminance(image.getRGB(x + 1, y)) - here >= 2) {
                    darker++;
                }
            }
            worst = Math.max(worst, darker / (double) (y1 - y0));
        }
        return worst;
    }

    private static int luminance(int rgb) {
        return (int) (0.3 * ((rgb >> 16) & 255) + 0.59 * ((rgb >> 8) & 255) + 0.11 * (rgb & 255));
    }

    @Test
    void theDarkThemeDarkensTheMapAndTilesMeetWithoutSeams() throws TimeoutException, IOException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OfflineTileRetriever.installed().pendingTiles() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        double light = meanLuminance(mapSnapshot());

        chooseTheme("theme-dark");
        // The tiles on screen are redrawn off the JavaFX thread and swapped in as they arrive.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> meanLuminance(mapSnapshot()) < light / 2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OfflineTileRetriever.installed().pendingTiles() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage dark = mapSnapshot();
        Files.createDirectories(new File("target/screenshots").toPath());
        ImageIO.write(dark, "png", new File("target/screenshots/app-dark-map.png"));
        double darkLuminance = meanLuminance(dark);
        assertTrue(light > 150 && darkLuminance < 90, "light map " + light + ", dark map " + darkLuminance);
        // Against the dark background a seam would stand out by about a quarter of the relief's brightness.
        assertTrue(worstColumn(dark) < 0.3, "a column darker than its neighbours in " + Math.round(100 * worstColumn(dark))
                + "% of rows: a seam between tiles");

        chooseTheme("theme-light");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> meanLuminance(mapSnapshot()) > light - 10);
    }
}
