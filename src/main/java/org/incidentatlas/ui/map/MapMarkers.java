package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.MarkerLayout;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.Place;
import org.incidentatlas.rendering.PlacedLabel;

/**
 * What the map's overlay shows (the markers, the selected place and the places that may be
 * named), held once for every layer that draws it, and the frames made from it. A change of these
 * or of the view asks for a frame; a worker thread clusters the markers, measures what each covers
 * and places the names around them, and hands the finished {@link MapFrame} to the layers on the
 * JavaFX thread, which only paint it. Requests made while the worker is busy are not queued: it
 * takes the latest when it is free, and a frame older than one already shown is dropped. Over a
 * large file a day's clusters and names cost milliseconds; a drag asks for one every frame.
 */
public final class MapMarkers {

    /** Places a frame's names: called on the worker, never on two frames at once. */
    @FunctionalInterface
    public interface NamePlacer {
        List<PlacedLabel> place(List<Place> places, Viewport v, MarkerLayout markers);
    }

    /** One daemon thread lays out every map's frames (the compared maps take turns). */
    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "map-frames");
        thread.setDaemon(true);
        return thread;
    });

    /** The frame worker, for the layers' own work off the JavaFX thread (the marker icons' images). */
    static Executor worker() {
        return WORKER;
    }

    /** A frame to make: the state as the JavaFX thread saw it when asking. */
    private record Request(long version, Viewport viewport, List<PlaceMarker> markers, String selectedPlaceId,
                           List<Place> places, NamePlacer namer) {
    }

    private final List<Consumer<MapFrame>> onFrame = new ArrayList<>();
    private List<PlaceMarker> markers = List.of();
    private String selectedPlaceId;
    private List<Place> places = List.of();
    private NamePlacer namer = (p, v, m) -> List.of();
    /** Counts changes of markers, selection and places, so a frame knows what it was made from. */
    private long version;
    private Viewport requestedFor;
    private long requestedVersion = -1;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    /** The newest frame handed to the layers; volatile for tests that wait for it. */
    private volatile MapFrame frame = MapFrame.NONE;
    private volatile boolean settled = true;
    private int framesMade;

    /** Shows new markers and selection: a frame is asked for at the next pulse. */
    public void show(List<PlaceMarker> newMarkers, String newSelectedPlaceId) {
        markers = List.copyOf(newMarkers);
        selectedPlaceId = newSelectedPlaceId;
        changed();
    }

    /** The places whose names the map may show (the names layer's, most important first for the zoom). */
    void showPlaces(List<Place> newPlaces) {
        places = List.copyOf(newPlaces);
        changed();
    }

    /** How names are placed around the markers (the names layer's placer). */
    void nameWith(NamePlacer placer) {
        namer = Objects.requireNonNull(placer);
        changed();
    }

    private void changed() {
        version++;
        settled = false;
        onFrame.forEach(layer -> layer.accept(null));
    }

    public List<PlaceMarker> markers() {
        return markers;
    }

    public String selectedPlaceId() {
        return selectedPlaceId;
    }

    /**
     * Runs {@code paint} with each frame made, on the JavaFX thread; with null when the state
     * changed and the layer must lay itself out again (it then asks for a frame of its view).
     */
    void onFrame(Consumer<MapFrame> paint) {
        onFrame.add(Objects.requireNonNull(paint));
    }

    /** The newest frame made (the layers paint it), or an empty one before the first. */
    MapFrame frame() {
        return frame;
    }

    /**
     * Asks for a frame of the current state in view {@code v}, unless one was already asked for;
     * the layers call it from their layout, so the markers and names layers share one request.
     */
    void request(Viewport v) {
        if (version == requestedVersion && v.equals(requestedFor)) {
            return;
        }
        requestedVersion = version;
        requestedFor = v;
        settled = false;
        if (pending.getAndSet(new Request(version, v, markers, selectedPlaceId, places, namer)) == null) {
            WORKER.execute(this::makeLatest);
        }
    }

    /** On the worker: the latest request only; those it replaced are never made. */
    private void makeLatest() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        MapFrame made = frame(r.version(), r.markers(), r.selectedPlaceId(), r.places(), r.viewport(), r.namer());
        Platform.runLater(() -> shown(made));
    }

    /**
     * A frame's work, as the worker does it (and {@code bench Scale} measures it): the markers
     * clustered in view {@code v}, the area each on the map covers, and the names placed around them.
     */
    public static MapFrame frame(long version, List<PlaceMarker> markers, String selectedPlaceId, List<Place> places,
                                 Viewport v, NamePlacer namer) {
        MarkerLayout layout = MarkerLayout.of(markers,
                (lat, lon) -> new MarkerClusters.ScreenPoint(v.screenX(lon), v.screenY(lat)), selectedPlaceId);
        List<IncidentLayer.ShownMarker> shown = IncidentLayer.ShownMarker.of(layout);
        return new MapFrame(version, v, layout, shown, namer.place(places, v, layout));
    }

    private void shown(MapFrame made) {
        // A frame older than the one shown (its request was overtaken) is never painted over it.
        if (made.version() < frame.version()) {
            return;
        }
        frame = made;
        framesMade++;
        settled = made.version() == requestedVersion && made.viewport().equals(requestedFor) && version == requestedVersion
                && pending.get() == null;
        onFrame.forEach(layer -> layer.accept(made));
    }

    /**
     * Whether the layers show a frame of the current markers, selection and places for the view they
     * last laid out (no frame is being made): tests wait for it before they look at the map.
     */
    public boolean settled() {
        return settled;
    }

    /** How many frames were handed to the layers so far: one per change or view, however many layers draw it. */
    public int framesMade() {
        return framesMade;
    }
}
