package org.incidentatlas.rendering;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws the base map (relief, water, borders; no names) for any viewport, in Java2D: a 256-px
 * tile for the app or a whole picture for the {@code render} command. Vectors are redrawn at
 * every zoom, so overzoomed tiles stay sharp; the relief raster is interpolated. Thread-safe:
 * the data is read-only and every call draws into its own image.
 */
public final class BasemapRenderer implements MapOverlay {

    /** Beyond these zooms Gluon Maps never asks; the renderer still copes. */
    public static final int MIN_ZOOM = 3;
    public static final int MAX_ZOOM = 18;

    private final BasemapData data;
    private final BasemapStyle style;
    private final ReliefPyramid relief;

    public BasemapRenderer(BasemapData data, BasemapStyle style) {
        this.data = data;
        this.style = style;
        this.relief = new ReliefPyramid(data.relief(), BasemapData.reliefPixelBounds(), BasemapData.RELIEF_ZOOM, style);
    }

    public BasemapStyle style() {
        return style;
    }

    /** A 256 x 256 slippy-map tile, opaque, never blank. */
    public BufferedImage renderTile(int zoom, long x, long y) {
        return renderTile(zoom, x, y, 0);
    }

    /**
     * A slippy-map tile with {@code margin} more pixels of the map on its right and bottom: shown
     * overlapping its neighbours by that much, tiles placed at fractional pixel positions leave no
     * seam of background between them.
     */
    public BufferedImage renderTile(int zoom, long x, long y, int margin) {
        int size = WebMercator.TILE_SIZE + margin;
        return picture(new Viewport(zoom, (double) x * WebMercator.TILE_SIZE, (double) y * WebMercator.TILE_SIZE, size, size));
    }

    /**
     * The base map of {@code v} as a picture of its own, opaque: the pixels {@link #paint} would paint
     * into a picture of that view, the relief written straight into them (no temporary image, no blit).
     */
    public BufferedImage picture(Viewport v) {
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            paint(g, v, ((DataBufferInt) img.getRaster().getDataBuffer()).getData());
        } finally {
            g.dispose();
        }
        return img;
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        paint(g, v, null);
    }

    /** @param pixels the target's own RGB pixels (width = viewport width), or null to draw through {@code g} */
    private void paint(Graphics2D g, Viewport v, int[] pixels) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = v.worldScale();
        // A few pixels of margin: strokes reach beyond the shapes they outline.
        double margin = 8 / s;
        Envelope query = new Envelope(v.left() / s - margin, (v.left() + v.width()) / s + margin,
                v.top() / s - margin, (v.top() + v.height()) / s + margin);
        Rectangle2D area = dataAreaOnScreen(v);
        if (!area.intersects(0, 0, v.width(), v.height())) {
            paintWorld(g, v, query);
            return;
        }
        g.setColor(style.outside());
        g.fillRect(0, 0, v.width(), v.height());
        relief.paint(g, v, area, pixels);
        double z = v.zoom();

        veilNeighbours(g, v, area, query);
        fill(g, v, data.lakes().query(query), style.water());
        stroke(g, v, data.lakes().query(query), style.waterEdge(), new BasicStroke(0.6f));
        float riverWidth = (float) clamp(0.7 + 0.2 * (z - 5), 0.8, 2.6);
        if (z >= 6.5) {
            stroke(g, v, data.minorRivers().query(query), style.river(),
                    new BasicStroke(riverWidth * 0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        stroke(g, v, data.majorRivers().query(query), style.river(),
                new BasicStroke(riverWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));

        float adminWidth = (float) clamp(0.5 + 0.1 * (z - 5), 0.6, 1.4);
        stroke(g, v, data.neighbourAdmin1Borders().query(query), style.neighbourAdmin1(),
                dashed(adminWidth * 0.85f, 3f, 3f));
        stroke(g, v, data.kyrgyzOblastBorders().query(query), style.oblastBorder(),
                dashed(adminWidth * 1.15f, 5f, 3f));

        float borderWidth = (float) clamp(1.1 + 0.15 * (z - 5), 1.2, 2.6);
        List<MapShape> borders = data.borders().query(query);
        stroke(g, v, borders, style.borderHalo(),
                new BasicStroke(borderWidth * 3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        stroke(g, v, borders, style.border(),
                new BasicStroke(borderWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        fadeDataEdges(g, v, area, query);
    }

    /** Width of the fade from the detailed map into the world layer around it, in screen pixels. */
    private static final double EDGE_FADE_PX = 28;

    /**
     * The world beyond the detailed data: sea, flat land and country outlines (Natural Earth
     * 1:110m), so that zooming out shows the continent rather than an empty background.
     */
    private void paintWorld(Graphics2D g, Viewport v, Envelope query) {
        g.setColor(style.outside());
        g.fillRect(0, 0, v.width(), v.height());
        List<MapShape> countries = data.world().query(query);
        fill(g, v, countries, style.land());
        float width = (float) clamp(0.5 + 0.15 * (v.zoom() - 3), 0.5, 1.2);
        stroke(g, v, countries, style.coast(), new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    /**
     * Where the bundled data ends, the detailed map fades into the world layer instead of
     * stopping at a hard rectangle: the world is drawn over the edges, its opacity ramping down
     * inwards. Gradients are anchored to the data area's edges, which every tile computes
     * identically, so the fade continues across tiles.
     */
    private void fadeDataEdges(Graphics2D g, Viewport v, Rectangle2D area, Envelope query) {
        // Wider when zoomed out, where the data area is small and a short fade would look like a frame.
        double f = Math.min(Math.max(EDGE_FADE_PX, area.getWidth() / 10), Math.min(area.getWidth(), area.getHeight()) / 4);
        Rectangle2D screen = new Rectangle2D.Double(0, 0, v.width(), v.height());
        Rectangle2D inner = new Rectangle2D.Double(area.getMinX() + f, area.getMinY() + f,
                area.getWidth() - 2 * f, area.getHeight() - 2 * f);
        if (inner.contains(screen)) {
            return;
        }
        // Only pixels outside the inner rectangle can show any world (often a strip along one edge): the
        // mask, the world and the blend are all clipped to them; everywhere else the world was transparent.
        java.awt.Rectangle fading = outside(inner, v.width(), v.height());
        if (fading.isEmpty()) {
            return;
        }
        // How much of the world shows at each pixel: all of it outside the data area, fading to none inwards.
        BufferedImage share = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D m = share.createGraphics();
        try {
            m.clip(fading);
            java.awt.Color solid = java.awt.Color.BLACK;
            java.awt.Color clear = new java.awt.Color(0, 0, 0, 0);
            // The picture with the data area cut out (even-odd), as a path: java.awt.geom.Area computes the
            // same outline at a cold cost of 10-20 ms. One pixel into the area too: the edge pixels (solid
            // world in the fade anyway) must never fall between the relief, which covers pixel centres
            // inside, and this fill.
            Path2D.Double beyond = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            beyond.append(new Rectangle2D.Double(-1, -1, v.width() + 2, v.height() + 2), false);
            beyond.append(new Rectangle2D.Double(area.getMinX() + 1, area.getMinY() + 1,
                    area.getWidth() - 2, area.getHeight() - 2), false);
            m.setColor(solid);
            m.fill(beyond);
            double x0 = area.getMinX(), x1 = area.getMaxX(), y0 = area.getMinY(), y1 = area.getMaxY();
            Rectangle2D[] bands = {
                new Rectangle2D.Double(x0, y0, f, y1 - y0), new Rectangle2D.Double(x1 - f, y0, f, y1 - y0),
                new Rectangle2D.Double(x0, y0, x1 - x0, f), new Rectangle2D.Double(x0, y1 - f, x1 - x0, f),
            };
            java.awt.GradientPaint[] paints = {
                new java.awt.GradientPaint((float) x0, 0, solid, (float) (x0 + f), 0, clear),
                new java.awt.GradientPaint((float) x1, 0, solid, (float) (x1 - f), 0, clear),
                new java.awt.GradientPaint(0, (float) y0, solid, 0, (float) (y0 + f), clear),
                new java.awt.GradientPaint(0, (float) y1, solid, 0, (float) (y1 - f), clear),
            };
            Rectangle2D clip = new Rectangle2D.Double(-1, -1, v.width() + 2, v.height() + 2);
            for (int k = 0; k < bands.length; k++) {
                if (bands[k].intersects(screen)) {
                    m.setPaint(paints[k]);
                    m.fill(bands[k].createIntersection(clip));
                }
            }
        } finally {
            m.dispose();
        }
        BufferedImage world = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D w = world.createGraphics();
        try {
            w.clip(fading);
            w.setRenderingHints(g.getRenderingHints());
            paintWorld(w, v, query);
            w.setComposite(AlphaComposite.DstIn);
            w.drawImage(share, 0, 0, null);
        } finally {
            w.dispose();
        }
        g.drawImage(world.getSubimage(fading.x, fading.y, fading.width, fading.height), fading.x, fading.y, null);
    }

    /**
     * The smallest whole-pixel rectangle of a {@code width} x {@code height} picture holding every pixel
     * that {@code inner} does not wholly cover, with a pixel to spare on each side for anti-aliasing.
     */
    private static java.awt.Rectangle outside(Rectangle2D inner, int width, int height) {
        int innerLeft = (int) Math.floor(inner.getMinX()) + 2, innerRight = (int) Math.ceil(inner.getMaxX()) - 2;
        int innerTop = (int) Math.floor(inner.getMinY()) + 2, innerBottom = (int) Math.ceil(inner.getMaxY()) - 2;
        if (innerLeft >= innerRight || innerTop >= innerBottom) {
            return new java.awt.Rectangle(0, 0, width, height);
        }
        int x0 = width, x1 = 0, y0 = height, y1 = 0;
        if (innerLeft > 0) { // a strip on the left, the picture's full height
            x0 = 0;
            x1 = Math.max(x1, Math.min(width, innerLeft));
            y0 = 0;
            y1 = height;
        }
        if (innerRight < width) {
            x0 = Math.min(x0, Math.max(0, innerRight));
            x1 = width;
            y0 = 0;
            y1 = height;
        }
        if (innerTop > 0) {
            x0 = 0;
            x1 = width;
            y0 = 0;
            y1 = Math.max(y1, Math.min(height, innerTop));
        }
        if (innerBottom < height) {
            x0 = 0;
            x1 = width;
            y0 = Math.min(y0, Math.max(0, innerBottom));
            y1 = height;
        }
        return new java.awt.Rectangle(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    private static Rectangle2D dataAreaOnScreen(Viewport v) {
        double x0 = v.screenX(BasemapData.DATA_AREA.getMinX());
        double x1 = v.screenX(BasemapData.DATA_AREA.getMaxX());
        double y0 = v.screenY(BasemapData.DATA_AREA.getMaxY());
        double y1 = v.screenY(BasemapData.DATA_AREA.getMinY());
        return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }

    /** Everything in the data area but Kyrgyzstan gets a light veil (even-odd: the country is a hole). */
    private void veilNeighbours(Graphics2D g, Viewport v, Rectangle2D area, Envelope query) {
        Path2D.Double veil = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        veil.append(area.getBounds2D().createIntersection(new Rectangle2D.Double(-16, -16, v.width() + 32, v.height() + 32)), false);
        List<MapShape> kg = data.kyrgyzstan().query(query);
        for (MapShape shape : kg) {
            appendTo(veil, shape, v);
        }
        g.setColor(style.neighbourVeil());
        g.fill(veil);
    }

    private static void fill(Graphics2D g, Viewport v, List<MapShape> shapes, java.awt.Color c) {
        g.setColor(c);
        for (MapShape shape : shapes) {
            Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            appendTo(p, shape, v);
            g.fill(p);
        }
    }

    private static void stroke(Graphics2D g, Viewport v, List<MapShape> shapes, java.awt.Color c,
                               BasicStroke stroke) {
        g.setColor(c);
        g.setStroke(stroke);
        for (MapShape shape : shapes) {
            Path2D.Double p = new Path2D.Double();
            appendTo(p, shape, v);
            g.draw(p);
        }
    }

    private static void appendTo(Path2D.Double p, MapShape shape, Viewport v) {
        double s = v.worldScale(), ox = v.left(), oy = v.top();
        for (double[] xy : shape.partsAt(v.zoom())) {
            p.moveTo(xy[0] * s - ox, xy[1] * s - oy);
            for (int k = 2; k < xy.length; k += 2) {
                p.lineTo(xy[k] * s - ox, xy[k + 1] * s - oy);
            }
            if (shape.closed()) {
                p.closePath();
            }
        }
    }

    private static BasicStroke dashed(float width, float on, float off) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {on, off}, 0f);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * The relief raster and pre-shrunk copies of it for low zooms (shrinking by 16 in one step
     * would alias). Sampled by hand, bilinearly, per screen pixel centre from one world-to-raster
     * mapping: neighbouring tiles sample the same raster positions and meet without seams, and it
     * is several times faster than a transformed, interpolated drawImage.
     */
    private static final class ReliefPyramid {
        private static final int LEVELS = 4;
        /** Each level's tinted pixels; a level is made when a zoom first needs it (a picture needs one). */
        private final Level[] levels = new Level[LEVELS];
        /** Each level made so far, untinted: the next level is shrunk from it. */
        private final BufferedImage[] images = new BufferedImage[LEVELS];
        private final BasemapStyle style;
        private final int[] bounds;
        private final int zoom;

        ReliefPyramid(BufferedImage relief, int[] bounds, int zoom, BasemapStyle style) {
            this.bounds = bounds;
            this.zoom = zoom;
            this.style = style;
            images[0] = relief;
        }

        private record Level(int[] pixels, int width, int height) {
        }

        /** Level {@code k}, made from level k - 1 on first use (tiles ask from several threads). */
        private synchronized Level level(int k) {
            if (levels[k] == null) {
                BufferedImage current;
                if (k == 0) {
                    current = toRgb(images[0]);
                } else {
                    level(k - 1);
                    BufferedImage larger = images[k - 1];
                    int w = Math.max(1, larger.getWidth() / 2), h = Math.max(1, larger.getHeight() / 2);
                    current = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = current.createGraphics();
                    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    g.drawImage(larger, 0, 0, w, h, null);
                    g.dispose();
                }
                images[k] = current;
                // The image's own RGB ints (their unused top byte is 0; every reader masks the channels).
                int[] rgb = ((DataBufferInt) current.getRaster().getDataBuffer()).getData();
                int[] tinted = rgb;
                if (!style.keepsRelief()) {
                    // Tinted once here, not per drawn pixel; the untinted image stays for the next level.
                    tinted = new int[rgb.length];
                    for (int i = 0; i < rgb.length; i++) {
                        tinted[i] = style.tintRelief(rgb[i]);
                    }
                }
                levels[k] = new Level(tinted, current.getWidth(), current.getHeight());
            }
            return levels[k];
        }

        private static BufferedImage toRgb(BufferedImage img) {
            if (img.getType() == BufferedImage.TYPE_INT_RGB) {
                return img;
            }
            BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(img, 0, 0, null);
            g.dispose();
            return rgb;
        }

        void paint(Graphics2D g, Viewport v, Rectangle2D area, int[] target) {
            int x0 = (int) Math.max(0, Math.ceil(area.getMinX() - 0.5));
            int x1 = (int) Math.min(v.width(), Math.ceil(area.getMaxX() - 0.5));
            int y0 = (int) Math.max(0, Math.ceil(area.getMinY() - 0.5));
            int y1 = (int) Math.min(v.height(), Math.ceil(area.getMaxY() - 0.5));
            if (x1 <= x0 || y1 <= y0) {
                return;
            }
            int level = (int) clamp(Math.floor(zoom - v.zoom()), 0, LEVELS - 1);
            Level made = level(level);
            int[] src = made.pixels();
            int sw = made.width(), sh = made.height();
            // Raster pixels per screen pixel, and the raster position of screen pixel centre 0.
            double perScreen = Math.pow(2, zoom - v.zoom());
            double kx = perScreen * sw / bounds[2], ky = perScreen * sh / bounds[3];
            double ox = (v.left() * perScreen - bounds[0]) * sw / bounds[2] - 0.5;
            double oy = (v.top() * perScreen - bounds[1]) * sh / bounds[3] - 0.5;
            int w = x1 - x0, h = y1 - y0;
            int[] col0 = new int[w];
            int[] col1 = new int[w];
            int[] fx = new int[w];
            for (int i = 0; i < w; i++) {
                double sx = ox + (x0 + i + 0.5) * kx;
                int c = (int) Math.floor(sx);
                fx[i] = (int) ((sx - c) * 256);
                col0[i] = Math.min(sw - 1, Math.max(0, c));
                col1[i] = Math.min(sw - 1, Math.max(0, c + 1));
            }
            BufferedImage out = target == null ? new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB) : null;
            int[] dst = target != null ? target : ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            int stride = target != null ? v.width() : w;
            int offset = target != null ? y0 * stride + x0 : 0;
            // Dither keyed to world pixels (same pattern in every tile, so no seams).
            long wx0 = (long) Math.floor(v.left()) + x0, wy0 = (long) Math.floor(v.top()) + y0;
            for (int j = 0; j < h; j++) {
                double sy = oy + (y0 + j + 0.5) * ky;
                int r = (int) Math.floor(sy);
                int fy = (int) ((sy - r) * 256);
                int row0 = Math.min(sh - 1, Math.max(0, r)) * sw;
                int row1 = Math.min(sh - 1, Math.max(0, r + 1)) * sw;
                int ditherRow = (int) ((wy0 + j) & 3) * 4;
                for (int i = 0; i < w; i++) {
                    int d = BAYER[ditherRow + (int) ((wx0 + i) & 3)];
                    dst[offset + j * stride + i] = blend(src[row0 + col0[i]], src[row0 + col1[i]], src[row1 + col0[i]],
                            src[row1 + col1[i]], fx[i], fy, d);
                }
            }
            if (out != null) {
                g.drawImage(out, x0, y0, null);
            }
        }

        /** 4 x 4 ordered-dither thresholds, in 1/16 of a colour level. */
        private static final int[] BAYER = {0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5};

        /**
         * Bilinear blend of four RGB colours (weights fx, fy in 0..256), rounded with an ordered
         * dither: when zoomed far in, neighbouring relief pixels differ by one level or so, and
         * plain rounding would turn the smooth ramp into visible rectangles.
         */
        private static int blend(int c00, int c01, int c10, int c11, int fx, int fy, int dither) {
            int w00 = (256 - fx) * (256 - fy), w01 = fx * (256 - fy), w10 = (256 - fx) * fy, w11 = fx * fy;
            int bias = dither * 4096 + 2048;
            int r = (((c00 >> 16) & 255) * w00 + ((c01 >> 16) & 255) * w01 + ((c10 >> 16) & 255) * w10
                    + ((c11 >> 16) & 255) * w11 + bias) >>> 16;
            int g = (((c00 >> 8) & 255) * w00 + ((c01 >> 8) & 255) * w01 + ((c10 >> 8) & 255) * w10
                    + ((c11 >> 8) & 255) * w11 + bias) >>> 16;
            int b = ((c00 & 255) * w00 + (c01 & 255) * w01 + (c10 & 255) * w10 + (c11 & 255) * w11 + bias) >>> 16;
            return (Math.min(255, r) << 16) | (Math.min(255, g) << 8) | Math.min(255, b);
        }
    }
}
