package org.incidentatlas.rendering;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Function;

/** Measuring the boxes drawn over the map (caption, legend) before any picture exists. */
final class MapPanels {

    private MapPanels() {
    }

    /** Runs {@code measure} with a scratch graphics whose text settings are those the overlays paint with. */
    static <T> T measured(Function<Graphics2D, T> measure) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return measure.apply(g);
        } finally {
            g.dispose();
        }
    }
}
