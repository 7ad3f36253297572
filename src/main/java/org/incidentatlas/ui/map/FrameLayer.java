package org.incidentatlas.ui.map;

import javafx.scene.canvas.Canvas;

import org.incidentatlas.geo.Viewport;

/**
 * A layer that paints the frames {@link MapMarkers} makes on its worker (markers and the names around
 * them, of one day and view): it asks for the view at each layout and, until that view's frame
 * comes, shows the frame it painted shifted onto the view, so a pan moves it with the tiles.
 */
abstract class FrameLayer extends ViewportLayer {

    protected final MapMarkers markers;
    /** The frame the canvas shows. */
    protected MapFrame drawn = MapFrame.NONE;
    /** The view the map showed at the last layout: the frame painted is shifted onto it. */
    private Viewport shownIn;

    FrameLayer(MapMarkers markers) {
        this.markers = markers;
    }

    /** Starts painting the frames made; the subclass calls it once it can paint. */
    protected final void paintFrames() {
        markers.onFrame(frame -> {
            if (frame == null) {
                // The map's state changed: a frame of the view is asked for at the next layout.
                markDirty();
            } else {
                paint(frame);
            }
        });
    }

    /** Paints a frame made on the worker (it becomes {@link #drawn}). */
    protected abstract void paint(MapFrame frame);

    /** The canvas the frames are painted on. */
    protected abstract Canvas canvas();

    @Override
    protected final void layoutIn(Viewport v) {
        shownIn = v;
        markers.request(v);
        place(drawn);
    }

    /** Puts the frame's canvas where its view lies on the map shown now. */
    protected final void place(MapFrame frame) {
        double[] shift = frame.shiftTo(shownIn);
        canvas().setTranslateX(shift == null ? 0 : shift[0]);
        canvas().setTranslateY(shift == null ? 0 : shift[1]);
    }
}
