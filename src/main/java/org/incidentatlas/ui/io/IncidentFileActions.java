package org.incidentatlas.ui.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;


import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.rendering.MapPng;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.FieldMapping;
import org.incidentatlas.io.FieldMappingNeededException;
import org.incidentatlas.io.IncidentFormat;
import org.incidentatlas.io.IncidentFormats;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.ui.MainViewModel;
import org.incidentatlas.ui.ViewerPreferences;

/**
 * File → Open incidents… and File → Export: opened incidents join those on the map (the timeline,
 * filters and excerpts follow, as for the bundled ones); exports write all incidents or only those
 * the map shows now, or the current view as a PNG drawn as {@code render} draws it. Files are read
 * and written on {@code background} with a progress window; a failure is one line in a dialog.
 */
public final class IncidentFileActions {

    /** What the map looks like now, read on the JavaFX thread for a PNG drawn off it. */
    public record MapView(Viewport viewport, MapTheme theme, List<Place> labelPlaces) {
    }

    private final MainViewModel model;
    private final ViewerPreferences preferences;
    private final Executor background;
    private final Supplier<Window> owner;
    private final Supplier<MapView> mapView;
    /** What becomes of a file's incidents once read and good (the app: the workspace records and shows them). */
    private final BiConsumer<Path, List<Incident>> opened;
    private FileDialogs dialogs = FileDialogs.chooser();

    public IncidentFileActions(MainViewModel model, ViewerPreferences preferences, Executor background,
                               Supplier<Window> owner, Supplier<MapView> mapView, BiConsumer<Path, List<Incident>> opened) {
        this.model = model;
        this.preferences = preferences;
        this.background = background;
        this.owner = owner;
        this.mapView = mapView;
        this.opened = opened;
    }

    /** Where files are named (tests answer for the user). */
    public void useFileDialogs(FileDialogs fileDialogs) {
        this.dialogs = fileDialogs;
    }

    /** Open incidents… and the Export submenu, for the top of the File menu. */
    public List<MenuItem> menuItems() {
        MenuItem open = new MenuItem("Open incidents…");
        open.setId("openIncidentsItem");
        open.setOnAction(e -> chooseAndOpen());
        Menu export = new Menu("Export");
        export.setId("exportMenu");
        for (IncidentFormat format : List.of(IncidentFormats.GEOJSON, IncidentFormats.KML, IncidentFormats.ACLED_CSV)) {
            MenuItem item = new MenuItem("Incidents as " + format.name() + "…");
            item.setId("export-" + format.extensions().get(0));
            item.setOnAction(e -> chooseAndExport(format));
            item.disableProperty().bind(model.timelineProperty().isNull());
            export.getItems().add(item);
        }
        MenuItem png = new MenuItem("Current view as PNG…");
        png.setId("export-png");
        png.setOnAction(e -> chooseAndExportPng());
        png.disableProperty().bind(model.timelineProperty().isNull());
        export.getItems().add(png);
        return List.of(open, export);
    }

    // ---- opening

    private void chooseAndOpen() {
        List<FileChooser.ExtensionFilter> filters = List.of(
                new FileChooser.ExtensionFilter("Incident files (GeoJSON, CSV, KML)",
                        "*.geojson", "*.json", "*.geojsonl", "*.geojsons", "*.jsonl", "*.csv", "*.kml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        dialogs.open(owner.get(), "Open incidents", filters).ifPresent(file -> open(file, Optional.empty()));
    }

    /** Reads {@code file} off the JavaFX thread; its incidents join the map once the whole file is read and good. */
    public void open(Path file, Optional<FieldMapping> mapping) {
        String name = Printable.strip(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        Task<List<Incident>> task = new Task<>() {
            @Override
            protected List<Incident> call() throws Exception {
                updateMessage("Reading " + name + "…");
                IncidentFormat format = IncidentFormats.forReading(file, mapping);
                long total = Math.max(1, Files.size(file));
                List<Incident> incidents = new ArrayList<>();
                format.read(file, (batch, bytesRead) -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    incidents.addAll(batch);
                    if (bytesRead >= 0) {
                        updateProgress(bytesRead, total);
                    }
                    updateMessage("Reading " + name + " (" + format.name() + "): "
                            + String.format(Locale.ROOT, "%,d", incidents.size()) + " incidents");
                });
                return incidents;
            }
        };
        task.setOnSucceeded(e -> opened.accept(file, task.getValue()));
        task.setOnFailed(e -> {
            if (task.getException() instanceof FieldMappingNeededException needed) {
                askForMapping(file, needed);
            } else {
                problem("Cannot open incidents", task.getException());
            }
        });
        TaskProgressWindow.show(owner.get(), "Open incidents", task);
        background.execute(task);
    }

    /** Someone else's GeoJSON: the user names the properties, the choice is remembered, the file is read again. */
    private void askForMapping(Path file, FieldMappingNeededException needed) {
        Optional<FieldMapping> remembered = preferences.fieldMapping();
        FieldMappingDialog dialog = new FieldMappingDialog(owner.get(), Printable.strip(String.valueOf(file.getFileName())),
                needed.properties(), remembered);
        dialog.showAndWait().ifPresent(mapping -> {
            background.execute(() -> preferences.saveFieldMapping(mapping));
            open(file, Optional.of(mapping));
        });
    }

    // ---- exporting

    private void chooseAndExport(IncidentFormat format) {
        Timeline timeline = model.timeline();
        if (timeline == null) {
            return;
        }
        List<Incident> shownNow = model.date() == null ? List.of()
                : timeline.visibleAt(model.date(), model.modeProperty().get(), model.filterProperty().get())
                        .stream().map(VisibleIncident::incident).toList();
        String all = "All " + timeline.incidents().size() + " incidents";
        String visible = "The " + shownNow.size() + " incidents the map shows now (filters and time window)";
        ChoiceDialog<String> which = new ChoiceDialog<>(all, all, visible);
        which.initOwner(owner.get());
        which.setTitle("Export incidents as " + format.name());
        which.setHeaderText("Which incidents?");
        which.showAndWait().ifPresent(choice -> {
            List<Incident> incidents = choice.equals(all) ? timeline.incidents() : shownNow;
            String ext = format.extensions().get(0);
            dialogs.save(owner.get(), "Export incidents as " + format.name(), "incidents." + ext,
                    new FileChooser.ExtensionFilter(format.name(), "*." + ext))
                    .ifPresent(file -> export(incidents, format, file));
        });
    }

    /** Writes atomically off the JavaFX thread: a failed export leaves any file already there whole. */
    public void export(List<Incident> incidents, IncidentFormat format, Path file) {
        run("Export incidents", "Writing " + incidents.size() + " incidents to " + Printable.strip(file.toString()) + "…",
                () -> format.write(incidents, file));
    }

    private void chooseAndExportPng() {
        Timeline timeline = model.timeline();
        LocalDate day = model.date();
        if (timeline == null || day == null) {
            return;
        }
        IncidentFilter filter = model.filterProperty().get();
        MapView view = mapView.get();
        dialogs.save(owner.get(), "Export the current view as PNG", "incident-atlas-" + day + ".png",
                new FileChooser.ExtensionFilter("PNG image", "*.png"))
                .ifPresent(file -> exportPng(timeline, filter, day, view, file));
    }

    /** The day's picture as {@code render} draws it: map, markers, title and date, legend, scale bar and credits. */
    public void exportPng(Timeline timeline, IncidentFilter filter, LocalDate day, MapView view, Path file) {
        run("Export PNG", "Drawing " + day + "…", () -> {
            var image = DayMap.bundled(view.labelPlaces(), new MarkerIndex(timeline, filter), view.theme())
                    .draw(view.viewport(), day).image();
            AtomicWriter.write(file, out -> MapPng.write(image, out));
        });
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private void run(String title, String message, Work work) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage(message);
                updateProgress(-1, 1);
                work.run();
                return null;
            }
        };
        task.setOnFailed(e -> problem(title + " failed", task.getException()));
        TaskProgressWindow.show(owner.get(), title, task);
        background.execute(task);
    }

    /** One line: the message names the file and what is wrong; no stack trace reaches the user. */
    private void problem(String title, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(error.getMessage() == null ? error.toString() : Printable.strip(error.getMessage()));
        alert.getDialogPane().setId("incidentFileProblem");
        alert.show();
    }
}
