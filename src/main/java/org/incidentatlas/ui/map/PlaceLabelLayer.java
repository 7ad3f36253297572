package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import org.incidentatlas.rendering.BasemapData;
import org.incidentatlas.rendering.LabelPlacer;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.LabelStyle;
import org.incidentatlas.rendering.MarkerSpot;
import org.incidentatlas.rendering.PlacedLabel;
import org.incidentatlas.rendering.TextMeasurer;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.MarkerLayout;
import org.incidentatlas.model.Place;

/**
 * Place names over the map, chosen and positioned by the core {@link LabelPlacer} (so the app and
 * the {@code render} command agree), re-placed on every pan and zoom. Names are not in the
 * tiles: there they would be cut at tile edges and collide across tiles.
 */
public final class PlaceLabelLayer extends FrameLayer {

    /** The outline of a name's dot, and the halo that keeps a name readable over any map. */
    private static final double DOT_RING_WIDTH = 1.4, HALO_WIDTH = 3;

    /** The corner the viewer's + and - buttons take (with their margin). */
    private static final double ZOOM_BUTTONS_WIDTH = 60, ZOOM_BUTTONS_HEIGHT = 96;

    /** The fonts by style; the worker measures with them while the JavaFX thread draws. */
    private final Map<LabelStyle, Font> fonts = new ConcurrentHashMap<>();
    /**
     * The names and their dots, drawn on one canvas: a drag over a large file names hundreds of
     * places, and a node per name cost the JavaFX thread their creation, CSS and bounds each frame.
     */
    private final Canvas canvas = new Canvas();
    /** The theme the frame the canvas shows was drawn in. */
    private MapTheme drawnTheme;
    /** The theme's colours as JavaFX colours, made once each. */
    private final Map<java.awt.Color, Color> fxColours = new HashMap<>();
    private MapTheme theme = MapTheme.LIGHT;

    /**
     * @param places  the gazetteer's places (the layer picks by importance for the zoom)
     * @param markers the incident markers on the map (as the incident layer shows them): their places
     *                are named beside them, and no other name goes under them; each frame of markers
     *                comes with its names, placed on the same worker
     */
    public PlaceLabelLayer(List<Place> places, MapMarkers markers) {
        super(markers);
        setMouseTransparent(true);
        canvas.setId("placeNames");
        // Sized to the map by the layer: it must not count in the map's own preferred size.
        canvas.setManaged(false);
        getChildren().setAll(canvas);
        paintFrames();
        markers.nameWith(new Names(this::measure));
        markers.showPlaces(places);
    }

    /** Replaces the names to choose from (the gazetteer arrives after the window is up) and redraws. */
    public void setPlaces(List<Place> places) {
        markers.showPlaces(places);
    }

    /** Names in the colours of the map's light or dark style. */
    public void setTheme(MapTheme theme) {
        this.theme = theme;
        if (drawn.version() >= 0 && !theme.equals(drawnTheme)) {
            drawnTheme = theme;
            draw();
        }
    }

    /** The labels in the frame on screen, for tests and for the viewer's hit-testing. */
    public List<PlacedLabel> shownLabels() {
        return drawn.names();
    }

    @Override
    protected void paint(MapFrame frame) {
        MapFrame was = drawn;
        drawn = frame;
        canvas.setWidth(frame.viewport().width());
        canvas.setHeight(frame.viewport().height());
        place(frame);
        // As the date moves most frames place the same names: the canvas already shows them.
        if (was.version() >= 0 && frame.names().equals(was.names()) && frame.viewport().equals(was.viewport())
                && theme.equals(drawnTheme)) {
            return;
        }
        drawnTheme = theme;
        draw();
    }

    @Override
    protected Canvas canvas() {
        return canvas;
    }

    /** A name's size in the font the canvas draws it with. A text node not in a scene may be made and measured on any thread. */
    private TextMeasurer.TextSize measure(String s, LabelStyle style) {
        Text t = new Text(s);
        t.setFont(fonts.computeIfAbsent(style, PlaceLabelLayer::font));
        double width = t.getLayoutBounds().getWidth();
        double ascent = -t.getLayoutBounds().getMinY();
        return new TextMeasurer.TextSize(width, ascent, t.getLayoutBounds().getMaxY());
    }

    /**
     * Places a frame's names, on one thread at a time (the frame worker): the names without markers
     * once per view and set of places (as the date moves they keep their spots, or hide under a
     * marker, instead of being placed again around each day's markers), then the marked places'
     * names around the markers. {@code bench Scale} places a slider frame's names with it too.
     */
    public static final class Names implements MapMarkers.NamePlacer {
        private final Map<LabelStyle, Map<String, TextMeasurer.TextSize>> measured = new HashMap<>();
        private final TextMeasurer measurer;
        private final LabelPlacer placer;
        private List<PlacedLabel> base = List.of();
        private Viewport baseView;
        private List<Place> basePlaces;

        /** @param measurer measures a name in the font it is drawn with; asked once per text and style */
        public Names(TextMeasurer measurer) {
            this.measurer = measurer;
            this.placer = new LabelPlacer(this::measure, "KG", BasemapData::countryNames);
        }

        @Override
        public List<PlacedLabel> place(List<Place> places, Viewport v, MarkerLayout markerLayout) {
            List<PlacedLabel.Box> furniture = new ArrayList<>(LabelPlacer.mapFurniture(v.width(), v.height()));
            // The viewer's zoom buttons, top right.
            furniture.add(new PlacedLabel.Box(v.width() - ZOOM_BUTTONS_WIDTH, 0, ZOOM_BUTTONS_WIDTH, ZOOM_BUTTONS_HEIGHT));
            if (!v.equals(baseView) || places != basePlaces) {
                base = placer.place(places, v, furniture);
                baseView = v;
                basePlaces = places;
            }
            return placer.placeAround(base, places, v, furniture, MarkerSpot.of(markerLayout));
        }

        /** The placer asks for every marked place's name on every frame: each is measured once. */
        private TextMeasurer.TextSize measure(String s, LabelStyle style) {
            return measured.computeIfAbsent(style, k -> new HashMap<>()).computeIfAbsent(s, k -> measurer.measure(s, style));
        }
    }

    /** Draws the dots under every name first, so that no dot covers a neighbour's name, then the haloed names. */
    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        // Clearing the whole canvas also drops the drawing commands no frame has shown yet.
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setStroke(fx(theme.dotRing()));
        g.setLineWidth(DOT_RING_WIDTH);
        for (PlacedLabel l : drawn.names()) {
            if (l.hasDot()) {
                double r = l.style().dotRadius();
                g.setFill(fx(theme.dotFill(l)));
                g.fillOval(l.dotX() - r, l.dotY() - r, 2 * r, 2 * r);
                g.strokeOval(l.dotX() - r, l.dotY() - r, 2 * r, 2 * r);
            }
        }
        g.setLineWidth(HALO_WIDTH);
        g.setStroke(fx(theme.halo()));
        for (PlacedLabel l : drawn.names()) {
            g.setFont(fonts.computeIfAbsent(l.style(), PlaceLabelLayer::font));
            g.setFill(fx(theme.halo()));
            g.fillText(l.text(), l.textX(), l.baselineY());
            g.strokeText(l.text(), l.textX(), l.baselineY());
            g.setFill(fx(theme.nameInk(l)));
            g.fillText(l.text(), l.textX(), l.baselineY());
        }
    }

    private Color fx(java.awt.Color colour) {
        return fxColours.computeIfAbsent(colour, FxColors::of);
    }

    private static Font font(LabelStyle s) {
        return Font.font("System", s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                s.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, s.fontSize());
    }
}
