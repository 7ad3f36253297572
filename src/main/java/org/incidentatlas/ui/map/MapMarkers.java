package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.MarkerLayout;
import org.incidentatlas.markers.PlaceMarker;

/**
 * The markers the map shows and the selected place, held once for every layer that draws them or
 * makes way for them (markers, names). Each pulse clusters them once: the first layer laid out
 * computes the layout for the visible viewport, the others reuse it.
 */
public final class MapMarkers {

    private final List<Runnable> onChange = new ArrayList<>();
    private List<PlaceMarker> markers = List.of();
    private String selectedPlaceId;
    /** Counts changes, so a layout knows the markers it was made from without comparing lists. */
    private long version;
    private long laidOutVersion = -1;
    private Viewport laidOutFor;
    private MarkerLayout layout = MarkerLayout.EMPTY;
    private int layoutsMade;

    /** Shows new markers and selection: every layer is marked for the next pulse. */
    public void show(List<PlaceMarker> newMarkers, String newSelectedPlaceId) {
        markers = List.copyOf(newMarkers);
        selectedPlaceId = newSelectedPlaceId;
        version++;
        onChange.forEach(Runnable::run);
    }

    public List<PlaceMarker> markers() {
        return markers;
    }

    public String selectedPlaceId() {
        return selectedPlaceId;
    }

    /** Runs {@code action} (a layer's {@code markDirty}) whenever markers or selection change. */
    void onChange(Runnable action) {
        onChange.add(Objects.requireNonNull(action));
    }

    /** The markers laid out for a viewport: made once per change of markers, selection or view. */
    MarkerLayout layout(Viewport v) {
        if (version != laidOutVersion || !v.equals(laidOutFor)) {
            layout = MarkerLayout.of(markers, (lat, lon) -> new MarkerClusters.ScreenPoint(v.screenX(lon), v.screenY(lat)),
                    selectedPlaceId);
            laidOutVersion = version;
            laidOutFor = v;
            layoutsMade++;
        }
        return layout;
    }

    /** How many layouts were made so far: one per pulse that changed something, however many layers ask. */
    public int layoutsMade() {
        return layoutsMade;
    }
}
