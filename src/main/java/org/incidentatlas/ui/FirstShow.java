package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.concurrent.Executor;

import org.incidentatlas.timeline.TimeWindow;
import org.incidentatlas.timeline.TimelineScale;
import org.incidentatlas.ui.map.IncidentLayer;
import org.incidentatlas.ui.map.MapMarkers;

/**
 * What a file's first show needs the JVM to load, done once on a worker while the file is read.
 * Its first use on the JavaFX thread loaded and linked classes in the event that first shows the
 * file: 10 to 15 ms for the marker layer, and a few for the time window's record equality. The
 * status line's date is no longer among them: the loader formats the first day's date itself
 * ({@code MainViewModel.DayShown}), loading the formatter's classes and locale data off the JavaFX
 * thread. Nothing made here is kept or shown.
 */
final class FirstShow {

    private FirstShow() {
    }

    static void prepare(Executor worker) {
        worker.execute(() -> {
            // A record's first equals links its method handles: the time window is compared as the file shows.
            new TimeWindow(LocalDate.EPOCH, LocalDate.EPOCH, false).equals(new TimeWindow(LocalDate.EPOCH, LocalDate.EPOCH, true));
            try {
                // The marker layer's and the slider's classes, loaded and initialised (making a layer would also draw its icons).
                ClassLoader loader = FirstShow.class.getClassLoader();
                Class.forName(IncidentLayer.class.getName(), true, loader);
                Class.forName(MapMarkers.class.getName(), true, loader);
                Class.forName(TimelineScale.class.getName(), true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a head start: the first show loads them itself.
            }
        });
    }
}
