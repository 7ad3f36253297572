package org.incidentatlas.ui;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Rectangle2D;

/** Whether a remembered window place can still be used on the screens there are now. */
final class WindowPlacement {

    /** How much of the title bar must be on a screen for the window to be grabbed and moved. */
    private static final double TITLE_BAR_HEIGHT = 30;
    private static final double MIN_VISIBLE_WIDTH = 120;

    private WindowPlacement() {
    }

    /** Where the window opens: its size fitted to the screens, its place only if that is on one of them. */
    record Placement(ViewerPreferences.WindowSize size, Optional<ViewerPreferences.WindowPosition> position) {
    }

    /**
     * The remembered window judged as a whole against the screens there are now: the size (or the
     * fallback when none was remembered) shrunk to the largest screen, and the place kept only when
     * enough of the title bar lies on a screen.
     */
    static Placement place(ViewerPreferences.Remembered remembered, ViewerPreferences.WindowSize fallback,
                           List<Rectangle2D> screens) {
        ViewerPreferences.WindowSize size = fit(remembered.size().orElse(fallback), screens);
        return new Placement(size, remembered.position().filter(at -> onScreen(at, size, screens)));
    }

    /**
     * The size shrunk to fit the largest of {@code screens} (visual bounds): a size saved on a
     * larger monitor would otherwise open partly off-screen. Unchanged when there is no screen.
     */
    static ViewerPreferences.WindowSize fit(ViewerPreferences.WindowSize size, List<Rectangle2D> screens) {
        double maxW = 0, maxH = 0;
        for (Rectangle2D screen : screens) {
            if (screen.getWidth() * screen.getHeight() > maxW * maxH) {
                maxW = screen.getWidth();
                maxH = screen.getHeight();
            }
        }
        if (!(maxW > 0 && maxH > 0)) {
            return size;
        }
        return new ViewerPreferences.WindowSize(Math.min(size.width(), maxW), Math.min(size.height(), maxH));
    }

    /** True if enough of the window's title bar lies on one of {@code screens} (their visual bounds). */
    static boolean onScreen(ViewerPreferences.WindowPosition at, ViewerPreferences.WindowSize size,
                            List<Rectangle2D> screens) {
        for (Rectangle2D screen : screens) {
            double left = Math.max(at.x(), screen.getMinX());
            double right = Math.min(at.x() + size.width(), screen.getMaxX());
            double top = Math.max(at.y(), screen.getMinY());
            double bottom = Math.min(at.y() + TITLE_BAR_HEIGHT, screen.getMaxY());
            if (right - left >= MIN_VISIBLE_WIDTH && bottom - top >= TITLE_BAR_HEIGHT / 2) {
                return true;
            }
        }
        return false;
    }
}
