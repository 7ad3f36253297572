package org.incidentatlas.rendering;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.incidentatlas.geo.Viewport;

/** A map picture: overlays painted in order into one image (base map first). */
public final class MapPicture {

    private final List<MapOverlay> overlays;

    public MapPicture(List<MapOverlay> overlays) {
        this.overlays = List.copyOf(overlays);
    }

    public BufferedImage render(Viewport viewport) {
        // Worked out before the base map is painted, which may mean waiting for it (render draws it on another thread).
        List<MapOverlay> prepared = overlays.stream().map(overlay -> overlay.preparedFor(viewport)).toList();
        BufferedImage image = new BufferedImage(viewport.width(), viewport.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            for (MapOverlay overlay : prepared) {
                Graphics2D layer = (Graphics2D) g.create();
                try {
                    overlay.paint(layer, viewport);
                } finally {
                    layer.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
