package org.incidentatlas.rendering;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.geo.WebMercator;

/**
 * A user's raster MBTiles drawn into a picture ({@code render}, replay frames): the tiles of the
 * nearest whole zoom, scaled to the view's, over whatever is beneath; where the file has no tile
 * the picture is left as it was. The app shows the same tiles through its own tile source.
 */
public final class MbTilesOverlay implements MapOverlay {

    private final MbTiles tiles;

    public MbTilesOverlay(MbTiles tiles) {
        this.tiles = tiles;
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        int z = (int) Math.max(0, Math.min(22, Math.round(v.zoom())));
        double scale = Math.pow(2, v.zoom() - z);
        double tilePx = WebMercator.TILE_SIZE * scale;
        long n = 1L << z;
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        long y0 = Math.max(0, (long) Math.floor(v.top() / tilePx));
        long y1 = Math.min(n - 1, (long) Math.floor((v.top() + v.height()) / tilePx));
        for (long ty = y0; ty <= y1; ty++) {
            for (long tx = (long) Math.floor(v.left() / tilePx); tx <= (long) Math.floor((v.left() + v.width()) / tilePx); tx++) {
                Optional<BufferedImage> image = decode(tiles.tile(z, Math.floorMod(tx, n), ty));
                if (image.isPresent()) {
                    // Whole-pixel edges: neighbouring tiles meet without a seam.
                    int x0 = (int) Math.floor(tx * tilePx - v.left()), x1 = (int) Math.floor((tx + 1) * tilePx - v.left());
                    int top = (int) Math.floor(ty * tilePx - v.top()), bottom = (int) Math.floor((ty + 1) * tilePx - v.top());
                    g.drawImage(image.get(), x0, top, x1 - x0, bottom - top, null);
                }
            }
        }
    }

    /** MbTiles hands on only tiles whose declared size is a tile's, so decoding is bounded. */
    private static Optional<BufferedImage> decode(Optional<byte[]> bytes) {
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes.get())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
