package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
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
    private final LabelPlacer placer = new LabelPlacer(PlaceLabelLayer::measure, "KG", BasemapData::countryNames);
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
        List<Node> nodes = new ArrayList<>();
        for (PlacedLabel l : shown) {
            double r = l.style().dotRadius();
            if (l.hasDot()) {
                Circle dot = new Circle(l.dotX(), l.dotY(), r);
                dot.setFill(FxColors.of("KG".equals(l.place().countryCode()) ? theme.kyrgyzDot() : theme.foreignDot()));
                dot.setStroke(FxColors.of(theme.dotRing()));
                dot.setStrokeWidth(1.4);
                nodes.add(dot);
            }
        }
        for (PlacedLabel l : shown) {
            Color fill = FxColors.of(l.style() == LabelStyle.REGION ? theme.regionName()
                    : l.style() == LabelStyle.COUNTRY ? theme.faintInk()
                    : "KG".equals(l.place().countryCode()) ? theme.kyrgyzName() : theme.foreignName());
            Color haloColour = FxColors.of(theme.halo());
            Text halo = text(l);
            halo.setStroke(haloColour);
            halo.setStrokeWidth(3);
            halo.setFill(haloColour);
            Text text = text(l);
            text.setFill(fill);
            nodes.add(halo);
            nodes.add(text);
        }
        getChildren().setAll(nodes);
    }

    private static Text text(PlacedLabel l) {
        Text t = new Text(l.textX(), l.baselineY(), l.text());
        t.setFont(font(l.style()));
        return t;
    }

    private static Font font(LabelStyle s) {
        return Font.font("System", s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                s.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, s.fontSize());
    }

    private static TextMeasurer.TextSize measure(String s, LabelStyle style) {
        Text t = new Text(s);
        t.setFont(font(style));
        double width = t.getLayoutBounds().getWidth();
        double ascent = -t.getLayoutBounds().getMinY();
        return new TextMeasurer.TextSize(width, ascent, t.getLayoutBounds().getMaxY());
    }
}
