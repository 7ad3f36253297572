package org.incidentatlas.rendering;

import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.Place;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.ViewMode;

/**
 * The map of one day as a picture: base map, place names beside the day's markers, the markers as
 * the app shows them ("up to this day"), scale bar, credits, the day's caption and the legend.
 * The one code path behind {@code render --date}, every frame of a replay and the app's export,
 * so a frame is exactly the picture of its day.
 */
public final class DayMap {

    private final MapOverlay basemap;
    private final List<Place> labelPlaces;
    private final MarkerIndex markers;
    private final Map<IncidentKind, Shape> icons;
    private final MapTheme theme;

    /**
     * @param basemap     drawn with {@code theme.basemap()} (the drawn map, or it with the user's own
     *                    base map over it); shared, it is thread-safe
     * @param labelPlaces the places that may be named (e.g. {@code LabelPlacer.candidates(gazetteer places)})
     * @param markers     the incidents and their filter
     */
    public DayMap(MapOverlay basemap, List<Place> labelPlaces, MarkerIndex markers,
                  Map<IncidentKind, Shape> icons, MapTheme theme) {
        this.basemap = basemap;
        this.labelPlaces = List.copyOf(labelPlaces);
        this.markers = markers;
        this.icons = Map.copyOf(icons);
        this.theme = theme;
    }

    /** As {@link #DayMap(MapOverlay, List, MarkerIndex, Map, MapTheme)} with the bundled base map and icons. */
    public static DayMap bundled(List<Place> labelPlaces, MarkerIndex markers, MapTheme theme) throws IOException {
        return new DayMap(new BasemapRenderer(BasemapData.loadBundled(), theme.basemap()), labelPlaces, markers,
                IncidentMarkerOverlay.bundledIcons(), theme);
    }

    /** One drawn day and what it shows. */
    public record Picture(LocalDate day, BufferedImage image, long onTheDay, long shown) {

        /** True when nothing happened that day (earlier days of its episode may still show, faded). */
        public boolean quiet() {
            return onTheDay == 0;
        }
    }

    public Picture draw(Viewport view, LocalDate day) {
        List<PlaceMarker> dayMarkers = markers.markersAt(day, ViewMode.UP_TO_DAY);
        long shown = dayMarkers.stream().mapToLong(PlaceMarker::count).sum();
        // Counted from the index: the markers' incident lists are gathered only when a marker is read.
        long onTheDay = markers.visibleCount(day, ViewMode.DAY_ONLY);
        return new Picture(day, new MapPicture(layers(dayMarkers, day, onTheDay, shown)).render(view), onTheDay, shown);
    }

    /** The layers of a day's picture, bottom to top. */
    public List<MapOverlay> overlays(LocalDate day) {
        List<PlaceMarker> dayMarkers = markers.markersAt(day, ViewMode.UP_TO_DAY);
        long shown = dayMarkers.stream().mapToLong(PlaceMarker::count).sum();
        // Counted from the index: the markers' incident lists are gathered only when a marker is read.
        long onTheDay = markers.visibleCount(day, ViewMode.DAY_ONLY);
        return layers(dayMarkers, day, onTheDay, shown);
    }

    private List<MapOverlay> layers(List<PlaceMarker> dayMarkers, LocalDate day, long onTheDay, long shown) {
        IncidentMarkerOverlay markerOverlay = new IncidentMarkerOverlay(dayMarkers, icons);
        LegendOverlay legend = new LegendOverlay(icons, theme);
        DayCaptionOverlay caption = new DayCaptionOverlay(day, onTheDay, shown - onTheDay, theme);
        List<MapOverlay> layers = new ArrayList<>();
        layers.add(basemap);
        // Names go beside the markers (each marked place named, none under a marker, nor under the caption or legend).
        layers.add(new PlaceLabelOverlay(labelPlaces, markerOverlay::spots, theme, v -> List.of(caption.box(), legend.box(v))));
        layers.add(markerOverlay);
        layers.add(new ScaleBarOverlay(theme));
        layers.add(new AttributionOverlay(theme));
        layers.add(legend);
        layers.add(caption);
        return layers;
    }

    /** The map with no day: base map, names, scale bar and credits (what {@code render} draws without {@code --date}). */
    public BufferedImage drawWithoutIncidents(Viewport view) {
        return new MapPicture(List.of(basemap, new PlaceLabelOverlay(labelPlaces, v -> List.of(), theme),
                new ScaleBarOverlay(theme), new AttributionOverlay(theme))).render(view);
    }
}
