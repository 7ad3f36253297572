package org.incidentatlas.ui.workspace;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.incidentatlas.article.ArticleFormatException;
import org.incidentatlas.article.ArticleSource;
import org.incidentatlas.article.ReportReader;
import org.incidentatlas.extract.EventClaim;
import org.incidentatlas.extract.EventExtractor;
import org.incidentatlas.extract.SkippedEvent;
import org.incidentatlas.extract.UnplacedNames;
import org.incidentatlas.gazetteer.AddedPlaces;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerFormatException;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.io.FieldMapping;
import org.incidentatlas.io.FileIncidentSource;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.IncidentSource;
import org.incidentatlas.io.InputFiles;
import org.incidentatlas.io.Workspace;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.MainView;
import org.incidentatlas.ui.MainViewModel;

/**
 * The workspace in the window: what is open is the base incidents (the bundled corpus or a file named
 * on the command line, when the workspace shows them), the incidents extracted from the reports it
 * holds and those of the incident files it holds. The workspace file is read and written, and reports
 * extracted, on one background thread in turn; everything shown changes on the JavaFX thread.
 */
public final class WorkspaceSession {

    private MainView view;
    private final MainViewModel model;
    private final IncidentSource baseSource;
    private final WorkspaceLocation location;
    private final OpenedReports articles;
    /** The one thread that touches the workspace file, the gazetteer and the claims. */
    private final ExecutorService work = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "incident-atlas-workspace");
        thread.setDaemon(true);
        return thread;
    });

    // ---- on the work thread
    private Workspace workspace;
    private Geocoder geocoder;
    private final List<EventClaim> claims = new ArrayList<>();
    private final List<SkippedEvent> skipped = new ArrayList<>();

    // ---- on the JavaFX thread
    private final ReadOnlyObjectWrapper<Path> workspaceFile = new ReadOnlyObjectWrapper<>();
    private boolean showsBundled = true;
    /** The base incidents once known; null until the first load ends, or when they must be read again. */
    private List<Incident> base;
    private List<Incident> reportIncidents = List.of();
    private final Map<Path, List<Incident>> incidentFiles = new LinkedHashMap<>();
    private final Menu recentMenu = new Menu("Recent workspaces");
    private Node progress;
    private ReportExtraction running;

    public WorkspaceSession(MainViewModel model, IncidentSource baseSource, ArticleSource bundledArticles,
                            WorkspaceLocation location) {
        this.model = model;
        this.baseSource = baseSource;
        this.location = location;
        this.articles = new OpenedReports(bundledArticles);
        recentMenu.setId("recentMenu");
    }

    /** "Show article" for the bundled articles and the reports opened. */
    public ArticleSource articles() {
        return articles;
    }

    /** The workspace file open; null until it is. */
    public ReadOnlyObjectProperty<Path> workspaceFileProperty() {
        return workspaceFile.getReadOnlyProperty();
    }

    /** The File and Tools items, and reports dropped onto the window. */
    public void install(Stage stage, MainView view) {
        this.view = view;
        MenuItem openReports = item("Open reports\u2026", "openReportsItem", () -> chooseReports(stage, false));
        MenuItem openFolder = item("Open a folder of reports\u2026", "openReportFolderItem", () -> chooseReports(stage, true));
        MenuItem addPlaces = item("Add places\u2026", "addPlacesItem", () -> choosePlaces(stage));
        MenuItem newWorkspace = item("New workspace\u2026", "newWorkspaceItem", () -> chooseWorkspace(stage, true));
        MenuItem openWorkspace = item("Open workspace\u2026", "openWorkspaceItem", () -> chooseWorkspace(stage, false));
        view.addFileItems(List.of(openReports, openFolder, addPlaces, new SeparatorMenuItem(), newWorkspace, openWorkspace,
                recentMenu, new SeparatorMenuItem()));
        view.addMenu(new Menu("Tools", null, item("Unplaced names", "unplacedNamesItem", () -> showUnplacedNames(stage))));
        view.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().map(java.io.File::toPath)
                    .anyMatch(p -> Files.isDirectory(p) || ReportReader.isReport(p))) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        view.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> reports = e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream().map(java.io.File::toPath)
                    .filter(p -> Files.isDirectory(p) || ReportReader.isReport(p)).toList() : List.of();
            if (!reports.isEmpty()) {
                openReports(reports);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- workspaces

    /**
     * Opens the workspace used last (the default one, showing the bundled corpus, on a first start), then
     * opens {@code reports} into it (the command line's {@code --reports}).
     */
    public void start(List<Path> reports) {
        work.execute(() -> {
            Path file = location.current();
            Opened opened = openOnWorkThread(file, false);
            if (opened == null && !file.equals(location.defaultWorkspace())) {
                // The last workspace is gone or unreadable (said above): the default one is always there to fall back on.
                opened = openOnWorkThread(location.defaultWorkspace(), false);
            }
            Opened result = opened;
            Platform.runLater(() -> {
                if (result != null) {
                    opened(result);
                }
                started = true;
                List<Runnable> waiting = List.copyOf(untilStarted);
                untilStarted.clear();
                waiting.forEach(Runnable::run);
                if (!reports.isEmpty()) {
                    openReports(reports);
                }
            });
        });
    }

    /** Whether {@link #start} has opened the workspace (or found it cannot be opened); read and set on the JavaFX thread. */
    private boolean started;
    /**
     * What the user opened before the workspace was: applied once it is, since opening it shows what it holds in place of
     * what was shown (an incident file opened in the first moments would otherwise vanish from the map and the workspace).
     */
    private final List<Runnable> untilStarted = new ArrayList<>();

    /** Runs {@code action} now, or once the workspace has started. */
    private void whenStarted(Runnable action) {
        if (started) {
            action.run();
        } else {
            untilStarted.add(action);
        }
    }

    /** What the workspace holds, read on the work thread for the JavaFX thread. */
    private record Opened(Path file, boolean showsBundled, List<Workspace.Source> sources, List<Path> recent) {
    }

    private Opened openOnWorkThread(Path file, boolean fresh) {
        try {
            Workspace next = Workspace.open(file);
            if (fresh) {
                next.setShowsBundled(false);
            }
            if (workspace != null) {
                workspace.close();
            }
            workspace = next;
            geocoder = null;
            claims.clear();
            skipped.clear();
            try {
                location.used(file);
            } catch (IOException e) {
                // Only the Recent menu misses it.
                System.err.println("Recent workspaces not saved: " + e.getMessage());
            }
            return new Opened(workspace.file(), workspace.showsBundled(), workspace.sources(), location.recent());
        } catch (FileProblemException e) {
            Platform.runLater(() -> problems("Cannot open the workspace", List.of(e.getMessage())));
            return null;
        }
    }

    private void opened(Opened opened) {
        workspaceFile.set(opened.file());
        boolean wasBundled = showsBundled;
        showsBundled = opened.showsBundled();
        if (showsBundled != wasBundled && base != null && !showsBundled) {
            base = List.of();
        } else if (showsBundled && base != null && base.isEmpty()) {
            base = null;
        }
        reportIncidents = List.of();
        incidentFiles.clear();
        articles.clear();
        rebuildRecent(opened.recent());
        List<Path> reportSources = opened.sources().stream().filter(s -> s.kind() == Workspace.Kind.REPORTS)
                .map(Workspace.Source::path).toList();
        List<Path> incidentSources = opened.sources().stream().filter(s -> s.kind() == Workspace.Kind.INCIDENTS)
                .map(Workspace.Source::path).toList();
        refresh();
        if (!reportSources.isEmpty()) {
            importReports(reportSources, false);
        }
        incidentSources.forEach(this::loadIncidentFile);
    }

    private void rebuildRecent(List<Path> recent) {
        recentMenu.getItems().setAll(recent.stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + "  \u2014  " + path.getParent());
            item.setOnAction(e -> switchTo(path, false));
            return item;
        }).toList());
        recentMenu.setDisable(recent.isEmpty());
    }

    /** Opens another workspace (or a new, empty one) in place of this one. */
    public void switchTo(Path file, boolean fresh) {
        if (running != null) {
            running.cancel();
        }
        work.execute(() -> {
            Opened opened = openOnWorkThread(file, fresh);
            if (opened != null) {
                Platform.runLater(() -> opened(opened));
            }
        });
    }

    private void chooseWorkspace(Window owner, boolean fresh) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(fresh ? "New workspace" : "Open workspace");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Incident Atlas workspace", "*.workspace"));
        if (Files.isDirectory(location.folder())) {
            chooser.setInitialDirectory(location.folder().toFile());
        }
        java.io.File chosen = fresh ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        if (fresh && !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".workspace")) {
            file = file.resolveSibling(file.getFileName() + ".workspace");
        }
        if (fresh && Files.exists(file)) {
            problems("Cannot create the workspace", List.of(file + ": exists already; open it with Open workspace\u2026"));
            return;
        }
        switchTo(file, fresh);
    }

    // ---- what is shown

    /** Base, reports' and files' incidents, shown together once the first load has ended. */
    private void refresh() {
        if (model.loadStateProperty().get() == MainViewModel.LoadState.LOADING) {
            model.loadStateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends MainViewModel.LoadState> o,
                                    MainViewModel.LoadState was, MainViewModel.LoadState now) {
                    if (now != MainViewModel.LoadState.LOADING) {
                        o.removeListener(this);
                        refresh();
                    }
                }
            });
            return;
        }
        if (base == null) {
            if (!showsBundled) {
                base = List.of();
            } else if (model.timeline() != null && reportIncidents.isEmpty() && incidentFiles.isEmpty() && !shownOnce) {
                base = model.timeline().incidents();
            } else {
                readBase();
                return;
            }
        }
        boolean extras = !reportIncidents.isEmpty() || !incidentFiles.isEmpty();
        if (!extras && showsBundled && !shownOnce) {
            return;
        }
        List<Incident> all = new ArrayList<>(base);
        all.addAll(reportIncidents);
        // An incident file's incident already shown (an export opened again) is not shown twice.
        Set<String> ids = new HashSet<>();
        all.forEach(i -> ids.add(i.id()));
        incidentFiles.values().forEach(file -> file.stream().filter(i -> ids.add(i.id())).forEach(all::add));
        shownOnce = true;
        model.showIncidents(all, goTo);
        goTo = Optional.empty();
    }

    /** True once this session replaced what the first load showed. */
    private boolean shownOnce;

    private void readBase() {
        work.execute(() -> {
            List<Incident> read;
            try {
                read = baseSource.load();
            } catch (Exception e) {
                read = List.of();
            }
            List<Incident> loaded = read;
            Platform.runLater(() -> {
                base = loaded;
                refresh();
            });
        });
    }

    // ---- reports

    /** Opens reports (files or folders) into the workspace and extracts them. */
    public void openReports(List<Path> inputs) {
        whenStarted(() -> importReports(inputs, true));
    }

    private void chooseReports(Window owner, boolean folder) {
        List<Path> chosen;
        if (folder) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a folder of reports");
            java.io.File dir = chooser.showDialog(owner);
            chosen = dir == null ? List.of() : List.of(dir.toPath());
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open reports");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Reports (text, HTML, Markdown)",
                    Stream.of(ReportReader.Format.values()).flatMap(f -> f.extensions().stream()).map(x -> "*." + x).toList()));
            List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
            chosen = files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
        }
        if (!chosen.isEmpty()) {
            openReports(chosen);
        }
    }

    /** Reports read on the work thread, with the dates confirmed before and the files refused. */
    private record Read(List<ReportReader.Report> reports, List<String> problems) {
    }

    private void importReports(List<Path> inputs, boolean record) {
        work.execute(() -> {
            List<ArticleFormatException> errors = new ArrayList<>();
            List<ReportReader.Report> reports = new ArrayList<>();
            ReportReader reader = new ReportReader();
            List<String> problems = new ArrayList<>();
            Map<Path, LocalDate> confirmed = Map.of();
            try {
                if (workspace != null) {
                    confirmed = workspace.confirmedDates();
                    if (record) {
                        for (Path input : inputs) {
                            workspace.addReports(input, Files.isDirectory(input) ? "folder"
                                    : ReportReader.Format.of(input).map(f -> f.name().toLowerCase(Locale.ROOT)).orElse("unknown"));
                        }
                    }
                }
            } catch (FileProblemException e) {
                problems.add(e.getMessage());
            }
            for (Path file : ReportReader.list(inputs, errors)) {
                try {
                    ReportReader.Report report = reader.read(file);
                    LocalDate date = confirmed.get(file.toAbsolutePath().normalize());
                    reports.add(report.article().published() == null && date != null ? report.publishedOn(date) : report);
                } catch (ArticleFormatException e) {
                    errors.add(e);
                }
            }
            errors.forEach(e -> problems.add(e.getMessage()));
            Read read = new Read(List.copyOf(reports), problems);
            Platform.runLater(() -> askDatesThenExtract(read));
        });
    }

    private void askDatesThenExtract(Read read) {
        List<ReportReader.Report> dated = new ArrayList<>();
        Map<Path, LocalDate> confirmedNow = new LinkedHashMap<>();
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        for (ReportReader.Report report : read.reports()) {
            if (report.article().published() != null) {
                dated.add(report);
                continue;
            }
            Optional<LocalDate> answer = new ReportDateDialog(owner, report).showAndWait().flatMap(o -> o);
            answer.ifPresent(date -> {
                dated.add(report.publishedOn(date));
                confirmedNow.put(report.file(), date);
            });
        }
        dated.forEach(articles::opened);
        if (!confirmedNow.isEmpty()) {
            work.execute(() -> {
                try {
                    for (Map.Entry<Path, LocalDate> e : confirmedNow.entrySet()) {
                        workspace.confirmDate(e.getKey(), e.getValue());
                    }
                } catch (FileProblemException e) {
                    Platform.runLater(() -> problems("The confirmed dates were not saved", List.of(e.getMessage())));
                }
            });
        }
        if (!read.problems().isEmpty()) {
            problems("Some reports were not opened", read.problems());
        }
        if (dated.isEmpty()) {
            return;
        }
        ReportExtraction task = new ReportExtraction(dated, this::extractor, claims, skipped, found -> {
            reportIncidents = found.incidents();
            refresh();
        });
        running = task;
        ImportProgressView shown = new ImportProgressView(task);
        view.showOverMap(shown, progress);
        progress = shown;
        Runnable finished = () -> {
            if (running == task) {
                running = null;
            }
            // The last message (how many were extracted) stays a moment, then the bar goes.
            PauseTransition linger = new PauseTransition(Duration.seconds(3));
            linger.setOnFinished(e -> {
                if (progress == shown) {
                    view.showOverMap(null, shown);
                    progress = null;
                }
            });
            linger.play();
        };
        task.setOnSucceeded(e -> finished.run());
        task.setOnCancelled(e -> finished.run());
        task.setOnFailed(e -> {
            finished.run();
            Throwable error = task.getException();
            problems("Extraction stopped", List.of(error.getMessage() == null ? error.toString() : error.getMessage()));
        });
        work.execute(task);
    }

    /** The extractor over the bundled gazetteer and the workspace's added places; on the work thread. */
    private EventExtractor extractor() {
        if (geocoder == null) {
            List<org.incidentatlas.model.Place> added = List.of();
            try {
                added = workspace == null ? List.of() : workspace.places();
            } catch (FileProblemException e) {
                Platform.runLater(() -> problems("The added places were not read", List.of(e.getMessage())));
            }
            geocoder = new Geocoder(Gazetteer.bundled().withAdded(added));
        }
        return new EventExtractor(geocoder);
    }

    /** The reports extraction has met, to extract again (after places were added). */
    private void extractAgain() {
        work.execute(() -> {
            List<Path> sources;
            try {
                sources = workspace.sources().stream().filter(s -> s.kind() == Workspace.Kind.REPORTS)
                        .map(Workspace.Source::path).toList();
            } catch (FileProblemException e) {
                return;
            }
            claims.clear();
            skipped.clear();
            Platform.runLater(() -> {
                reportIncidents = List.of();
                if (!sources.isEmpty()) {
                    importReports(sources, false);
                }
            });
        });
    }

    // ---- incident files

    /** Incidents read from a GeoJSON file the workspace holds (the incident readers add other formats). */
    /**
     * An incident file the user opened (File → Open incidents…, read by {@code ui.io}) joins the
     * workspace: it is recorded, so it opens again on the next start, and its incidents are shown
     * with the others, the map going to its first day.
     */
    public void openedIncidentFile(Path file, List<Incident> incidents) {
        whenStarted(() -> recordIncidentFile(file, incidents));
    }

    private void recordIncidentFile(Path file, List<Incident> incidents) {
        Path key = file.toAbsolutePath().normalize();
        work.execute(() -> {
            try {
                if (workspace != null) {
                    workspace.addIncidentFile(key);
                }
            } catch (FileProblemException e) {
                String why = e.getMessage();
                Platform.runLater(() -> problems("The incident file was opened but not recorded in the workspace", List.of(why)));
            }
        });
        incidentFiles.put(key, List.copyOf(incidents));
        goTo = incidents.stream().map(Incident::date).min(LocalDate::compareTo);
        refresh();
    }

    /** Where the next refresh takes the map: the first day of what was just opened. */
    private Optional<LocalDate> goTo = Optional.empty();

    /**
     * The properties the user named for someone else's GeoJSON (File → Open incidents… remembers
     * them), so that such a file of the workspace opens again on the next start.
     */
    public void fieldMappingFrom(Supplier<Optional<FieldMapping>> remembered) {
        fieldMapping = remembered;
    }

    private volatile Supplier<Optional<FieldMapping>> fieldMapping = Optional::empty;

    private void loadIncidentFile(Path file) {
        work.execute(() -> {
            try {
                List<Incident> incidents = new FileIncidentSource(file, fieldMapping.get()).load();
                Platform.runLater(() -> {
                    incidentFiles.put(file, incidents);
                    refresh();
                });
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> problems("An incident file of the workspace was not opened", List.of(why)));
            }
        });
    }

    // ---- places

    private void choosePlaces(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add places");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("GeoNames dump or CSV of names and coordinates", "*.txt", "*.tsv", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        java.io.File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            addPlaces(chosen.toPath());
        }
    }

    /** Adds the places of a GeoNames dump or a CSV to the workspace, then extracts its reports again. */
    public void addPlaces(Path file) {
        work.execute(() -> {
            String message;
            try (Reader reader = InputFiles.openText(file, InputFiles.Kind.PLACES)) {
                AddedPlaces.Read read = AddedPlaces.read(reader, file.toString(), lines -> { });
                int total = workspace.addPlaces(file, read.places());
                geocoder = null;
                message = "Added " + read.places().size() + " places from " + file.getFileName() + " (" + read.format()
                        + (read.skipped() > 0 ? "; " + read.skipped() + " rows that are not settlements or regions left out" : "")
                        + "). The workspace adds " + total + " places to the gazetteer; its reports are extracted again.";
            } catch (FileProblemException | GazetteerFormatException e) {
                String why = e.getMessage();
                Platform.runLater(() -> problems("No places were added", List.of(why)));
                return;
            } catch (IOException | java.io.UncheckedIOException e) {
                String why = file + ": cannot be read (" + e.getMessage() + ")";
                Platform.runLater(() -> problems("No places were added", List.of(why)));
                return;
            }
            String done = message;
            Platform.runLater(() -> {
                Alert info = new Alert(Alert.AlertType.INFORMATION, done);
                info.setHeaderText("Places added");
                info.initOwner(view.getScene().getWindow());
                info.show();
            });
            extractAgain();
        });
    }

    // ---- unplaced names

    private void showUnplacedNames(Window owner) {
        work.execute(() -> {
            List<UnplacedNames.Unplaced> names = geocoder == null ? List.of() : UnplacedNames.of(List.copyOf(skipped), geocoder);
            Platform.runLater(() -> {
                Stage window = new Stage();
                window.initOwner(owner);
                window.setTitle("Unplaced names");
                window.setScene(new Scene(new UnplacedNamesView(names), 640, 420));
                window.show();
            });
        });
    }

    // ---- messages

    private void problems(String header, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setHeaderText(header);
        Label text = new Label(String.join("\n", problems.stream().limit(30).toList())
                + (problems.size() > 30 ? "\n\u2026 and " + (problems.size() - 30) + " more" : ""));
        text.setWrapText(true);
        text.setId("workspaceProblems");
        alert.getDialogPane().setContent(text);
        if (view.getScene() != null) {
            alert.initOwner(view.getScene().getWindow());
        }
        alert.show();
    }

    /** Ends the work thread; a task under way is cancelled and the workspace file closed. */
    public void close() {
        if (running != null) {
            running.cancel();
        }
        work.execute(() -> {
            if (workspace != null) {
                workspace.close();
            }
        });
        work.shutdown();
    }
}
