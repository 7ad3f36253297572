package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Shape;
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
import org.incidentatlas.model.Place;

/**
 * Place names over the map, chosen and positioned by the core {@link LabelPlacer} (so the app and
 * the {@code render} command agree), re-placed on every pan and zoom. Names are not in the
 * tiles: there they would be cut at tile edges and collide across tiles.
 */
public final class PlaceLabelLayer extends ViewportLayer {

    /** The corner the viewer's + and - buttons take (with their margin). */
    private static final double ZOOM_BUTTONS_WIDTH = 60, ZOOM_BUTTONS_HEIGHT = 96;

    private List<Place> places;
    private final Map<LabelStyle, Font> fonts = new HashMap<>();
    private final Map<LabelStyle, Map<String, TextMeasurer.TextSize>> measured = new HashMap<>();
    private final LabelPlacer placer = new LabelPlacer(this::measure, "KG", BasemapData::countryNames);
    /** The dots under every name, so that no dot covers a neighbour's name. */
    private final Group dots = new Group();
    private final Group labels = new Group();
    /** Each place's name nodes, by place id, made when the place is first named. */
    private final Map<String, PlaceName> names = new HashMap<>();
    private List<PlacedLabel> shown = List.of();
    /** This view's names without markers, and the view and names they were placed for. */
    private List<PlacedLabel> base = List.of();
    private Viewport baseView;
    private List<Place> basePlaces;
    private final MapMarkers markers;
    private MapTheme theme = MapTheme.LIGHT;

    /**
     * @param places  the gazetteer's places (the layer picks by importance for the zoom)
     * @param markers the incident markers on the map (as the incident layer shows them): their places
     *                are named beside them, and no other name goes under them; a change of markers or
     *                selection re-places the names on the next pulse, without rebuilding anything else
     */
    public PlaceLabelLayer(List<Place> places, MapMarkers markers) {
        this.places = List.copyOf(places);
        this.markers = markers;
        setMouseTransparent(true);
        getChildren().setAll(dots, labels);
        markers.onChange(this::markDirty);
    }

    /** Replaces the names to choose from (the gazetteer arrives after the window is up) and redraws. */
    public void setPlaces(List<Place> places) {
        this.places = List.copyOf(places);
        markDirty();
    }

    /** Names in the colours of the map's light or dark style. */
    public void setTheme(MapTheme theme) {
        this.theme = theme;
        markDirty();
    }

    /** The labels currently on screen, for tests and for the viewer's hit-testing. */
    public List<PlacedLabel> shownLabels() {
        return shown;
    }

    @Override
    protected void layoutIn(Viewport v) {
        // The pulse's one marker layout, shared with the incident layer: names make way for what it draws.
        List<MarkerSpot> spots = MarkerSpot.of(markers.layout(v));
        List<PlacedLabel.Box> furniture = new ArrayList<>(LabelPlacer.mapFurniture(v.width(), v.height()));
        // The viewer's zoom buttons, top right.
        furniture.add(new PlacedLabel.Box(v.width() - ZOOM_BUTTONS_WIDTH, 0, ZOOM_BUTTONS_WIDTH, ZOOM_BUTTONS_HEIGHT));
        // The names without markers are placed once per view; as the date moves they keep their
        // spots (or hide under a marker) instead of being placed again around each day's markers.
        if (!v.equals(baseView) || places != basePlaces) {
            base = placer.place(places, v, furniture);
            baseView = v;
            basePlaces = places;
        }
        shown = placer.placeAround(base, places, v, furniture, spots);
        Palette palette = new Palette(theme);
        Set<PlaceName> showing = new HashSet<>();
        int created = 0;
        boolean deferred = false;
        for (PlacedLabel l : shown) {
            String key = l.place().id();
            // A place named twice in one frame (a gazetteer with a repeated entry) gets two names.
            while (showing.contains(names.get(key))) {
                key += "+";
            }
            PlaceName name = names.get(key);
            if (name == null) {
                if (created == IncidentLayer.NEW_NODES_PER_FRAME) {
                    // As for markers: the rest of the new names on the next frames.
                    deferred = true;
                    continue;
                }
                name = new PlaceName();
                names.put(key, name);
                created++;
            }
            name.show(l, palette);
            showing.add(name);
        }
        for (PlaceName name : names.values()) {
            if (!showing.contains(name)) {
                name.hide();
            }
        }
        if (deferred) {
            Platform.runLater(this::markDirty);
        }
    }

    /** The colours of a theme, made once per layout so that an unchanged name keeps its paint (and its cached image). */
    private record Palette(Color kyrgyzDot, Color foreignDot, Color dotRing, Color region, Color country,
                           Color kyrgyzName, Color foreignName, Color halo) {
        Palette(MapTheme t) {
            this(FxColors.of(t.kyrgyzDot()), FxColors.of(t.foreignDot()), FxColors.of(t.dotRing()), FxColors.of(t.regionName()),
                    FxColors.of(t.faintInk()), FxColors.of(t.kyrgyzName()), FxColors.of(t.foreignName()), FxColors.of(t.halo()));
        }
    }

    /**
     * One place's name on the map (halo, text and dot), kept while the place is named and moved or
     * re-styled only where something changed: as the date moves most names stay, and the renderer
     * reuses each one's cached image instead of drawing the outlined glyphs again.
     */
    private final class PlaceName {
        private final Circle dot = new Circle();
        private final Text halo = new Text();
        private final Text text = new Text();
        private final Group label = new Group(halo, text);

        PlaceName() {
            dot.setStrokeWidth(1.4);
            halo.setStrokeWidth(3);
            label.setCache(true);
            dots.getChildren().add(dot);
            labels.getChildren().add(label);
        }

        void show(PlacedLabel l, Palette palette) {
            boolean kyrgyz = "KG".equals(l.place().countryCode());
            dot.setVisible(l.hasDot());
            if (l.hasDot()) {
                dot.setRadius(l.style().dotRadius());
                dot.setLayoutX(l.dotX());
                dot.setLayoutY(l.dotY());
                paint(dot, kyrgyz ? palette.kyrgyzDot() : palette.foreignDot());
                if (!palette.dotRing().equals(dot.getStroke())) {
                    dot.setStroke(palette.dotRing());
                }
            }
            Font font = fonts.computeIfAbsent(l.style(), PlaceLabelLayer::font);
            for (Text t : List.of(halo, text)) {
                t.setText(l.text());
                t.setFont(font);
            }
            paint(halo, palette.halo());
            if (!palette.halo().equals(halo.getStroke())) {
                halo.setStroke(palette.halo());
            }
            paint(text, l.style() == LabelStyle.REGION ? palette.region()
                    : l.style() == LabelStyle.COUNTRY ? palette.country()
                    : kyrgyz ? palette.kyrgyzName() : palette.foreignName());
            label.setLayoutX(l.textX());
            label.setLayoutY(l.baselineY());
            label.setVisible(true);
        }

        void hide() {
            dot.setVisible(false);
            label.setVisible(false);
        }

    }

    private static void paint(Shape shape, Color colour) {
        if (!colour.equals(shape.getFill())) {
            shape.setFill(colour);
        }
    }

    private static Font font(LabelStyle s) {
        return Font.font("System", s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                s.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, s.fontSize());
    }

    /** A name's size, measured once per text and style: the placer asks for every marked place's name on every frame. */
    private TextMeasurer.TextSize measure(String s, LabelStyle style) {
        return measured.computeIfAbsent(style, k -> new HashMap<>()).computeIfAbsent(s, k -> {
            Text t = new Text(s);
            t.setFont(fonts.computeIfAbsent(style, PlaceLabelLayer::font));
            double width = t.getLayoutBounds().getWidth();
            double ascent = -t.getLayoutBounds().getMinY();
            return new TextMeasurer.TextSize(width, ascent, t.getLayoutBounds().getMaxY());
        });
    }
}
