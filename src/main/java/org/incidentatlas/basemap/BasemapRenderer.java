package org.incidentatlas.basemap;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
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
        this.relief = new ReliefPyramid(data.relief(), BasemapData.reliefPixelBounds(), BasemapData.RELIEF_ZOOM);
    }

    public BasemapStyle style() {
        return style;
    }

    /** A 256 x 256 slippy-map tile, opaque, never blank. */
    public BufferedImage renderTile(int zoom, long x, long y) {
        BufferedImage img = new BufferedImage(WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            paint(g, Viewport.tile(zoom, x, y));
        } finally {
            g.dispose();
        }
        return img;
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(style.outside());
        g.fillRect(0, 0, v.width(), v.height());

        double s = v.worldScale();
        Rectangle2D area = dataAreaOnScreen(v);
        if (!area.intersects(0, 0, v.width(), v.height())) {
            return;
        }
        relief.paint(g, v, area);

        // A few pixels of margin: strokes reach beyond the shapes they outline.
        double margin = 8 / s;
        Envelope query = new Envelope(v.left() / s - margin, (v.left() + v.width()) / s + margin,
                v.top() / s - margin, (v.top() + v.height()) / s + margin);
        double z = v.zoom();

        veilNeighbours(g, v, area, query);
        fill(g, v, data.lakes().query(query), style.water());
        stroke(g, v, data.lakes().query(query), style.waterEdge(), new BasicStroke(0.6f));
        float riverWidth = (float) clamp(0.5 + 0.18 * (z - 5), 0.7, 2.4);
        stroke(g, v, data.rivers().query(query), style.river(),
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
        for (double[] xy : shape.parts()) {
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
     * The relief raster and pre-shrunk copies of it for low zooms (bilinear shrinking by 16
     * would alias), each drawn with bilinear interpolation through one world-to-screen transform
     * so that neighbouring tiles sample the same pixels and meet without seams.
     */
    private static final class ReliefPyramid {
        private final BufferedImage[] levels;
        private final int[] bounds;
        private final int zoom;

        ReliefPyramid(BufferedImage relief, int[] bounds, int zoom) {
            this.bounds = bounds;
            this.zoom = zoom;
            levels = new BufferedImage[4];
            BufferedImage current = toRgb(relief);
            levels[0] = current;
            for (int k = 1; k < levels.length; k++) {
                int w = Math.max(1, current.getWidth() / 2), h = Math.max(1, current.getHeight() / 2);
                BufferedImage half = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = half.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(current, 0, 0, w, h, null);
                g.dispose();
                levels[k] = half;
                current = half;
            }
        }

        private static BufferedImage toRgb(BufferedImage img) {
            BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(img, 0, 0, null);
            g.dispose();
            return rgb;
        }

        void paint(Graphics2D g, Viewport v, Rectangle2D area) {
            int level = (int) clamp(Math.floor(zoom - v.zoom()), 0, levels.length - 1);
            BufferedImage img = levels[level];
            // Screen pixels per full-resolution relief pixel.
            double scale = Math.pow(2, v.zoom() - zoom);
            double x0 = bounds[0] * scale - v.left();
            double y0 = bounds[1] * scale - v.top();
            double sx = bounds[2] * scale / img.getWidth();
            double sy = bounds[3] * scale / img.getHeight();
            AffineTransform at = new AffineTransform(sx, 0, 0, sy, x0, y0);
            Shape oldClip = g.getClip();
            g.clip(area);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, at, null);
            g.setClip(oldClip);
        }
    }
}
