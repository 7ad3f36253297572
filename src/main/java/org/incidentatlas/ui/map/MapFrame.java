package org.incidentatlas.ui.map;

import java.util.List;
import java.util.Objects;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.MarkerLayout;
import org.incidentatlas.rendering.PlacedLabel;

/**
 * One finished drawing of the map's overlay, made off the JavaFX thread by {@link MapMarkers}: the
 * markers clustered for a view, each with the area it covers, and the names placed around them.
 * The marker and name layers paint the same frame, so the map never shows the markers of one day
 * with the names or counts of another; clicks and hover are tested against the frame painted.
 *
 * @param version  the {@link MapMarkers} state it was made from (markers, selection and places)
 * @param viewport the view it was laid out for; painted in another view of the same zoom, it is shifted
 * @param layout   the markers' clusters in drawing order, with the selection
 * @param markers  the clusters on the map (not those off it), in drawing order
 * @param names    the place names, in drawing order
 */
public record MapFrame(long version, Viewport viewport, MarkerLayout layout, List<IncidentLayer.ShownMarker> markers,
                       List<PlacedLabel> names) {

    /** Nothing to draw yet. */
    static final MapFrame NONE = new MapFrame(-1, null, MarkerLayout.EMPTY, List.of(), List.of());

    public MapFrame {
        Objects.requireNonNull(layout, "layout");
        markers = List.copyOf(markers);
        names = List.copyOf(names);
    }

    /**
     * How far the frame must move to sit on the map as {@code now} shows it, in pixels right and
     * down; null when it cannot (another zoom, or nothing drawn yet), and the next frame must be awaited.
     */
    double[] shiftTo(Viewport now) {
        if (viewport == null || now == null || Math.abs(viewport.zoom() - now.zoom()) > 1e-9) {
            return null;
        }
        return new double[] {viewport.left() - now.left(), viewport.top() - now.top()};
    }
}
