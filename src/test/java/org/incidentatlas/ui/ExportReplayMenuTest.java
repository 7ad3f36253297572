package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export replay… opens the export form on the current episode and the map's own size. */
class ExportReplayMenuTest extends BundledAppTest {

    @Test
    void theFileMenuOpensTheExportFormOnTheCurrentEpisode() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().timeline() != null);
        MenuItem export = lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("File")).flatMap(m -> m.getItems().stream())
                .filter(i -> "exportReplayItem".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(!export.isDisable(), "enabled once the incidents are loaded");
        interact(export::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof ExportReplayView));
        Stage form = (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof ExportReplayView).findFirst().orElseThrow();
        assertEquals("Export replay", form.getTitle());
        // The bundled data opens on the first day of March 2005.
        assertEquals("2005-03-18", from(form, "#exportFrom").getText());
        assertEquals("2005-03-21", from(form, "#exportTo").getText());
        int width = (Integer) from(form, "#exportWidth", Spinner.class).getValue();
        double mapWidth = lookup("#map").query().getLayoutBounds().getWidth();
        assertTrue(width % 2 == 0 && Math.abs(width - mapWidth) <= 1, "the map's width, made even: " + width + " for " + mapWidth);
        interact(form::close);
    }

    private static TextField from(Stage stage, String id) {
        return from(stage, id, TextField.class);
    }

    private static <T> T from(Stage stage, String id, Class<T> type) {
        return type.cast(stage.getScene().getRoot().lookup(id));
    }
}
