package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import com.gluonhq.maps.MapPoint;

import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.incidentatlas.rendering.SideBySideMap;
import org.incidentatlas.geo.Viewport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** View → Compare episodes: two maps, one slider, the same view, each its own excerpt, PNG export. */
class CompareViewTest extends BundledAppTest {

    @TempDir
    Path dir;

    private CompareView compare;
    private Stage window;

    @BeforeEach
    void openCompare() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().timeline() != null);
        MenuItem item = lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("View")).flatMap(m -> m.getItems().stream())
                .filter(i -> "compareItem".equals(i.getId())).findFirst().orElseThrow();
        assertFalse(item.isDisable(), "enabled once the incidents are loaded");
        interact(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof CompareView));
        window = (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof CompareView).findFirst().orElseThrow();
        compare = (CompareView) window.getScene().getRoot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> compare.leftModel().date() != null && compare.rightModel().date() != null);
    }

    @Test
    void theWindowComparesMarch2005WithMay2010FromTheirFirstDays() {
        assertEquals("Compare episodes", window.getTitle());
        assertEquals("March 2005", compare.pair().left().label());
        assertEquals("May 2010", compare.pair().right().label());
        assertEquals("Day 1 of 4", text("#compareDay"));
        assertEquals(LocalDate.of(2005, 3, 18), compare.leftModel().date());
        assertEquals(LocalDate.of(2010, 5, 13), compare.rightModel().date());
        assertTrue(text("#compareLeftCaption").startsWith("March 2005 \u00b7 day 1 of 4"), text("#compareLeftCaption"));
    }

    @Test
    void theSliderMovesBothMapsByDaySinceEachEpisodesStart() {
        interact(() -> from("#compareSlider", Slider.class).setValue(2));
        assertEquals(LocalDate.of(2005, 3, 19), compare.leftModel().date());
        assertEquals(LocalDate.of(2010, 5, 14), compare.rightModel().date());
        interact(() -> from("#compareSlider", Slider.class).setValue(4));
        assertEquals("Day 4 of 4", text("#compareDay"));
        assertEquals(LocalDate.of(2005, 3, 21), compare.leftModel().date());
        // May 2010 lasted two days: it stays on its last day and says so.
        assertEquals(LocalDate.of(2010, 5, 14), compare.rightModel().date());
        assertTrue(text("#compareRightCaption").contains("ended on day 2"), text("#compareRightCaption"));
        // Swapping the episodes keeps the slider's day.
        interact(() -> compare.compare(compare.pair().right(), compare.pair().left()));
        assertEquals(LocalDate.of(2010, 5, 14), compare.leftModel().date());
        assertEquals(LocalDate.of(2005, 3, 21), compare.rightModel().date());
    }

    @Test
    void panningOrZoomingOneMapMovesTheOther() {
        interact(() -> {
            compare.leftMap().setZoom(9);
            compare.leftMap().setCenter(new MapPoint(40.53, 72.8));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, compare.rightMap().getZoom(), 1e-6);
        assertEquals(40.53, compare.rightMap().getCenter().getLatitude(), 1e-4);
        assertEquals(72.8, compare.rightMap().getCenter().getLongitude(), 1e-4);
        interact(() -> compare.rightMap().setCenter(new MapPoint(42.87, 74.6)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(42.87, compare.leftMap().getCenter().getLatitude(), 1e-4);
    }

    @Test
    void eachMapHasItsOwnExcerptPanel() {
        String placeId = compare.rightModel().markersProperty().get().get(0).placeId();
        interact(() -> compare.rightModel().select(placeId));
        assertNotNull(window.getScene().lookup("#compareRightExcerpt"), "the right map's excerpt opens");
        assertEquals(null, window.getScene().lookup("#compareLeftExcerpt"), "the left one stays closed");
    }

    @Test
    void exportPngWritesBothMapsSideBySideWithCaptions() throws Exception {
        interact(() -> from("#compareSlider", Slider.class).setValue(3));
        Path out = dir.resolve("compare.png");
        Task<Path> task = onFx(() -> compare.exportPng(out));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(out), text("#compareStatus"));
        BufferedImage image = ImageIO.read(out.toFile());
        Viewport panel = onFx(compare::panelView);
        assertEquals(SideBySideMap.width(panel), image.getWidth());
        assertEquals(SideBySideMap.height(panel), image.getHeight());
        assertTrue(text("#compareStatus").startsWith("Wrote compare.png"), text("#compareStatus"));
    }

    private String text(String id) {
        return from(id, Label.class).getText();
    }

    private <T> T from(String id, Class<T> type) {
        return type.cast(window.getScene().lookup(id));
    }

    private <T> T onFx(java.util.concurrent.Callable<T> call) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }
}
