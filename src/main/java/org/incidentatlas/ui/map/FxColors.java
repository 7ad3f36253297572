package org.incidentatlas.ui.map;

import javafx.scene.paint.Color;

/** The core's AWT colours (from {@link org.incidentatlas.rendering.MapTheme}) as JavaFX colours. */
final class FxColors {

    private FxColors() {
    }

    static Color of(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
