package org.incidentatlas.rendering.vector;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.incidentatlas.rendering.MapOverlay;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.geo.WebMercator;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * Draws the user's OpenMapTiles vector tiles in Java2D, in our own {@link VectorStyle}: land use,
 * water, buildings, roads with casings, boundaries, then place and street names with halos. Works
 * for any viewport (a 256-px tile of the app, a whole {@code render} picture), from
 * {@link #FROM_ZOOM} on; beyond the file's highest zoom its tiles are drawn enlarged, vectors
 * staying sharp. Where the file has no tile the viewport is left as it was (the drawn base map
 * underneath shows). Thread-safe: each call draws into its own graphics.
 */
public final class VectorTileRenderer implements MapOverlay {

    /** Below this zoom the drawn base map (relief, borders, the region's names) says more than streets. */
    public static final int FROM_ZOOM = 10;
    /** Names are collected this far beyond the viewport, so that a name crossing a tile edge is drawn on both sides. */
    private static final double LABEL_REACH_PX = 160;

    private final VectorTiles tiles;
    private final VectorStyle style;
    private final Consumer<String> problems;

    /** @param problems told once per damaged tile, with a message naming the file and the tile */
    public VectorTileRenderer(VectorTiles tiles, VectorStyle style, Consumer<String> problems) {
        this.tiles = tiles;
        this.style = style;
        this.problems = problems;
    }

    public VectorStyle style() {
        return style;
    }

    /**
     * This layer for a whole picture: the streets, and OpenStreetMap's credit in a box just above
     * the bundled credits (bottom right) when any street is shown. Tiles of the app carry no
     * credit; the app's credits line names OpenStreetMap instead.
     */
    public MapOverlay withCredit() {
        return (g, v) -> {
            paint(g, v);
            if (drawsAt(v.zoom()) && !visibleTiles(v, 0).isEmpty()) {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                java.awt.FontMetrics fm = g.getFontMetrics();
                String credit = UserBasemap.OPENSTREETMAP_CREDIT;
                int w = fm.stringWidth(credit) + 10, h = fm.getHeight() + 2;
                g.setColor(style.halo());
                g.fillRect(v.width() - w, v.height() - 2 * h, w, h);
                g.setColor(style.streetName());
                g.drawString(credit, v.width() - w + 5, v.height() - h - fm.getDescent() - 1);
            }
        };
    }

    /** Whether a view at {@code zoom} shows the user's streets rather than the drawn map alone. */
    public static boolean drawsAt(double zoom) {
        return zoom >= FROM_ZOOM - 1e-9;
    }

    /**
     * Slippy-map tile (zoom, x, y) with {@code margin} more pixels on its right and bottom, drawn
     * over {@code under} (the drawn base map of the same tile, drawn only when needed); empty where
     * the file has no data.
     */
    public Optional<BufferedImage> renderTile(int zoom, long x, long y, int margin, Supplier<BufferedImage> under) {
        int size = WebMercator.TILE_SIZE + margin;
        Viewport view = new Viewport(zoom, (double) x * WebMercator.TILE_SIZE, (double) y * WebMercator.TILE_SIZE, size, size);
        if (!drawsAt(zoom) || visibleTiles(view, 0).isEmpty()) {
            return Optional.empty();
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.drawImage(under.get(), 0, 0, null);
            paint(g, view);
        } finally {
            g.dispose();
        }
        return Optional.of(image);
    }

    /** A data tile placed on screen: tile units to screen pixels are {@code k * u + (ox, oy)}. */
    private record Placed(VectorTile tile, double k, double ox, double oy, Rectangle2D bounds) {

        ShapeWriter writer() {
            return new ShapeWriter((src, dest) -> dest.setLocation(src.x * k + ox, src.y * k + oy));
        }

        /** The tile-unit envelope of a screen rectangle, to skip features that cannot show. */
        Envelope units(Rectangle2D screen) {
            return new Envelope((screen.getMinX() - ox) / k, (screen.getMaxX() - ox) / k,
                    (screen.getMinY() - oy) / k, (screen.getMaxY() - oy) / k);
        }
    }

    /** The data zoom drawn for a view: the view's own, within the file's range (enlarged beyond it). */
    private int dataZoom(double zoom) {
        return (int) Math.max(tiles.minZoom(), Math.min(tiles.maxZoom(), Math.floor(zoom + 1e-9)));
    }

    private List<Placed> visibleTiles(Viewport v, double reach) {
        int dz = dataZoom(v.zoom());
        double scale = Math.pow(2, v.zoom() - dz);
        double tilePx = WebMercator.TILE_SIZE * scale;
        long n = 1L << dz;
        long x0 = (long) Math.floor((v.left() - reach) / tilePx), x1 = (long) Math.floor((v.left() + v.width() + reach) / tilePx);
        long y0 = Math.max(0, (long) Math.floor((v.top() - reach) / tilePx));
        long y1 = Math.min(n - 1, (long) Math.floor((v.top() + v.height() + reach) / tilePx));
        List<Placed> placed = new ArrayList<>();
        for (long ty = y0; ty <= y1; ty++) {
            for (long tx = x0; tx <= x1; tx++) {
                long wrapped = Math.floorMod(tx, n);
                Optional<VectorTile> tile = tiles.tile(dz, wrapped, ty, problems);
                if (tile.isPresent()) {
                    double k = tilePx / tile.get().extent();
                    double ox = tx * tilePx - v.left(), oy = ty * tilePx - v.top();
                    placed.add(new Placed(tile.get(), k, ox, oy, new Rectangle2D.Double(ox, oy, tilePx, tilePx)));
                }
            }
        }
        return placed;
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        if (!drawsAt(v.zoom())) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        List<Placed> near = visibleTiles(v, LABEL_REACH_PX);
        Rectangle2D screen = new Rectangle2D.Double(0, 0, v.width(), v.height());
        List<Placed> shown = near.stream().filter(p -> p.bounds().intersects(screen)).toList();
        double z = v.zoom();

        for (Placed p : shown) {
            g.setColor(style.land());
            g.fill(p.bounds());
        }
        fillLayer(g, shown, "landcover", f -> in(f, "class", "farmland"), style.farmland());
        fillLayer(g, shown, "landcover", f -> in(f, "class", "sand", "rock"), style.sand());
        fillLayer(g, shown, "landuse", f -> in(f, "class", "residential", "suburb", "neighbourhood", "commercial",
                "industrial", "retail"), style.residential());
        fillLayer(g, shown, "landcover", f -> in(f, "class", "grass", "wetland"), style.green());
        fillLayer(g, shown, "landcover", f -> in(f, "class", "wood", "forest"), style.wood());
        fillLayer(g, shown, "landuse", f -> in(f, "class", "cemetery", "stadium", "pitch", "playground"), style.green());
        fillLayer(g, shown, "park", f -> true, style.green());
        strokeLayer(g, shown, "waterway", f -> true, style.waterway(), width(z, 1.4), false);
        fillLayer(g, shown, "water", f -> true, style.water());
        if (z >= 13) {
            fillLayer(g, shown, "building", f -> true, style.building());
            strokeLayer(g, shown, "building", f -> true, style.buildingEdge(), 0.7f, false);
        }
        drawRoads(g, shown, z);
        strokeLayer(g, shown, "boundary", f -> !"1".equals(VectorTile.attribute(f, "maritime")),
                style.boundary(), new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f), true);
        drawNames(g, near, v);
    }

    private static final String[] ROAD_ORDER = {"path", "track", "service", "minor", "tertiary", "secondary",
        "primary", "trunk", "motorway"};

    private void drawRoads(Graphics2D g, List<Placed> shown, double z) {
        // Casings of all roads first, then fills from the least to the most important: crossings join cleanly.
        for (String cls : ROAD_ORDER) {
            double w = roadWidth(cls, z);
            if (w > 0 && !cls.equals("path") && !cls.equals("track")) {
                strokeLayer(g, shown, "transportation", f -> roadClass(f).equals(cls), style.casing(),
                        new BasicStroke((float) (w + Math.max(1.2, w * 0.35)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), true);
            }
        }
        strokeLayer(g, shown, "transportation", f -> in(f, "class", "rail", "transit"), style.rail(),
                new BasicStroke((float) Math.max(1, roadWidth("path", z)), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                        1f, new float[] {6f, 3f}, 0f), true);
        for (String cls : ROAD_ORDER) {
            double w = roadWidth(cls, z);
            if (w <= 0) {
                continue;
            }
            Stroke stroke = cls.equals("path") || cls.equals("track")
                    ? new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {3f, 2f}, 0f)
                    : new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            strokeLayer(g, shown, "transportation", f -> roadClass(f).equals(cls), roadColour(cls), stroke, true);
        }
    }

    /** OpenMapTiles road classes, with the few others folded into the nearest drawn one. */
    private static String roadClass(Geometry f) {
        String cls = VectorTile.attribute(f, "class");
        if (cls == null) {
            return "minor";
        }
        return switch (cls) {
            case "motorway", "trunk", "primary", "secondary", "tertiary", "minor", "service", "track", "path" -> cls;
            case "busway", "raceway" -> "service";
            default -> "";
        };
    }

    private Color roadColour(String cls) {
        return switch (cls) {
            case "motorway" -> style.motorway();
            case "trunk" -> style.trunk();
            case "primary" -> style.primary();
            case "secondary" -> style.secondary();
            case "path", "track" -> style.path();
            default -> style.minor();
        };
    }

    /** Road width in pixels: about its real width at city zooms, thinning out (then gone) as the view widens. */
    static double roadWidth(String cls, double z) {
        double atZ14 = switch (cls) {
            case "motorway" -> 5.0;
            case "trunk" -> 4.6;
            case "primary" -> 4.2;
            case "secondary" -> 3.8;
            case "tertiary" -> 3.2;
            case "minor" -> 2.4;
            case "service" -> 1.3;
            default -> 1.0;
        };
        boolean major = atZ14 >= 3.8;
        if (!major && z < (cls.equals("tertiary") ? 11 : cls.equals("minor") ? 12.5 : 14)) {
            return 0;
        }
        return Math.max(0.6, Math.min(36, atZ14 * Math.pow(1.55, z - 14)));
    }

    private static BasicStroke width(double z, double base) {
        return new BasicStroke((float) Math.max(0.8, Math.min(8, base * Math.pow(1.35, z - 13))),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static boolean in(Geometry f, String key, String... values) {
        String value = VectorTile.attribute(f, key);
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private void fillLayer(Graphics2D g, List<Placed> shown, String layer, Predicate<Geometry> which, Color colour) {
        g.setColor(colour);
        forEach(g, shown, layer, which, (f, shape) -> {
            if (f instanceof Polygonal) {
                g.fill(shape);
            }
        });
    }

    private void strokeLayer(Graphics2D g, List<Placed> shown, String layer, Predicate<Geometry> which, Color colour,
                             Stroke stroke, boolean linesOnly) {
        g.setColor(colour);
        g.setStroke(stroke);
        forEach(g, shown, layer, which, (f, shape) -> {
            if (!linesOnly || !(f instanceof Polygonal)) {
                if (!(f instanceof Puntal)) {
                    g.draw(shape);
                }
            }
        });
    }

    private void strokeLayer(Graphics2D g, List<Placed> shown, String layer, Predicate<Geometry> which, Color colour,
                             float width, boolean linesOnly) {
        strokeLayer(g, shown, layer, which, colour, new BasicStroke(width), linesOnly);
    }

    /**
     * Each feature of {@code layer} that reaches the screen, as a screen shape, drawn clipped to
     * its own tile: tiles repeat their neighbours' features in a buffer, cut at its edge, and
     * those cuts must not show as outlines.
     */
    private void forEach(Graphics2D g, List<Placed> shown, String layer, Predicate<Geometry> which,
                         java.util.function.BiConsumer<Geometry, Shape> draw) {
        Rectangle2D screen = g.getClipBounds() == null ? null : g.getClipBounds();
        Shape oldClip = g.getClip();
        for (Placed p : shown) {
            Rectangle2D area = screen == null ? p.bounds() : p.bounds().createIntersection(screen);
            if (area.isEmpty()) {
                continue;
            }
            // A margin in tile units: a stroke's width reaches beyond the line it follows.
            Envelope query = p.units(area);
            query.expandBy(40 / p.k());
            ShapeWriter writer = null;
            g.clip(p.bounds());
            for (Geometry f : p.tile().layer(layer)) {
                if (!f.getEnvelopeInternal().intersects(query) || !which.test(f)) {
                    continue;
                }
                if (writer == null) {
                    writer = p.writer();
                }
                draw.accept(f, writer.toShape(f));
            }
            g.setClip(oldClip);
        }
    }

    // ---- names

    /** A name to place: where, how important (lower first), and along which angle. */
    private record Name(String text, double x, double y, double angle, int rank, Font font, Color colour) {
    }

    private void drawNames(Graphics2D g, List<Placed> near, Viewport v) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        List<Name> names = new ArrayList<>();
        double z = v.zoom();
        for (Placed p : near) {
            for (Geometry f : p.tile().layer("place")) {
                placeName(f, p, z).ifPresent(names::add);
            }
            if (z >= 14) {
                for (Geometry f : p.tile().layer("transportation_name")) {
                    streetName(f, p, z, g).ifPresent(names::add);
                }
            }
        }
        // The same order wherever the view lies, so neighbouring tiles keep the same names.
        names.sort(Comparator.comparingInt(Name::rank).thenComparingDouble(n -> Math.round(n.x() + v.left()))
                .thenComparingDouble(n -> Math.round(n.y() + v.top())).thenComparing(Name::text));
        List<Shape> taken = new ArrayList<>();
        Rectangle2D screen = new Rectangle2D.Double(0, 0, v.width(), v.height());
        for (Name n : names) {
            TextLayout layout = new TextLayout(n.text(), n.font(), g.getFontRenderContext());
            Rectangle2D box = layout.getBounds();
            AffineTransform at = AffineTransform.getTranslateInstance(n.x(), n.y());
            at.rotate(n.angle());
            at.translate(-box.getCenterX(), -box.getCenterY());
            Shape outline = layout.getOutline(at);
            Rectangle2D footprint = outline.getBounds2D();
            Rectangle2D padded = new Rectangle2D.Double(footprint.getX() - 3, footprint.getY() - 2,
                    footprint.getWidth() + 6, footprint.getHeight() + 4);
            if (taken.stream().anyMatch(t -> t.intersects(padded))) {
                continue;
            }
            taken.add(padded);
            if (!padded.intersects(screen)) {
                continue;
            }
            g.setColor(style.halo());
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(n.colour());
            g.fill(outline);
        }
    }

    /** The English name where the file has one (the app speaks English), else the Latin, else the local name. */
    static String name(Geometry f) {
        for (String key : new String[] {"name:en", "name_en", "name:latin", "name"}) {
            String value = VectorTile.attribute(f, key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private Optional<Name> placeName(Geometry f, Placed p, double z) {
        String text = name(f);
        String cls = VectorTile.attribute(f, "class");
        if (text == null || cls == null || !(f instanceof Point point)) {
            return Optional.empty();
        }
        double x = point.getX() * p.k() + p.ox(), y = point.getY() * p.k() + p.oy();
        if (!p.bounds().contains(x, y)) {
            return Optional.empty();
        }
        // Cities, towns and villages are named by the map's own place labels (from the gazetteer, placed
        // beside the incident markers); naming them here too would write each twice.
        Map.Entry<Integer, Font> look = switch (cls) {
            case "suburb" -> z >= 12 ? Map.entry(3, new Font(Font.SANS_SERIF, Font.BOLD | Font.ITALIC, 1).deriveFont(12.5f)) : null;
            case "quarter", "neighbourhood", "hamlet", "isolated_dwelling" ->
                    z >= 14 ? Map.entry(5, new Font(Font.SANS_SERIF, Font.ITALIC, 1).deriveFont(11.5f)) : null;
            default -> null;
        };
        if (look == null) {
            return Optional.empty();
        }
        return Optional.of(new Name(text, x, y, 0, look.getKey(), look.getValue(), style.suburbName()));
    }

    /** A street's name along its longest straight stretch, if the name fits on it; upright, never upside down. */
    private Optional<Name> streetName(Geometry f, Placed p, double z, Graphics2D g) {
        String text = name(f);
        if (text == null || !(f instanceof LineString || f.getNumGeometries() > 0)) {
            return Optional.empty();
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(z >= 16 ? 12f : 11f);
        double textWidth = font.getStringBounds(text, g.getFontRenderContext()).getWidth();
        Coordinate bestA = null, bestB = null;
        double best = 0;
        for (int i = 0; i < f.getNumGeometries(); i++) {
            Coordinate[] cs = f.getGeometryN(i).getCoordinates();
            for (int j = 1; j < cs.length; j++) {
                double len = cs[j - 1].distance(cs[j]) * p.k();
                if (len > best) {
                    best = len;
                    bestA = cs[j - 1];
                    bestB = cs[j];
                }
            }
        }
        if (bestA == null || best < textWidth + 8) {
            return Optional.empty();
        }
        double x = (bestA.x + bestB.x) / 2 * p.k() + p.ox(), y = (bestA.y + bestB.y) / 2 * p.k() + p.oy();
        if (!p.bounds().contains(x, y)) {
            return Optional.empty();
        }
        double angle = Math.atan2(bestB.y - bestA.y, bestB.x - bestA.x);
        if (angle > Math.PI / 2) {
            angle -= Math.PI;
        } else if (angle < -Math.PI / 2) {
            angle += Math.PI;
        }
        int rank = 10 + List.of(ROAD_ORDER).size() - List.of(ROAD_ORDER).indexOf(roadClass(f));
        return Optional.of(new Name(text, x, y, angle, rank, font, style.streetName()));
    }
}
