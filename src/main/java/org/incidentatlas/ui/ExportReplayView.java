package org.incidentatlas.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.replay.Replay;
import org.incidentatlas.replay.ReplayFormat;
import org.incidentatlas.replay.ReplayProgress;

/**
 * File → Export replay…: the days, size, pace and file of the animation, then a progress bar
 * while it is written off the JavaFX thread, and Cancel, which leaves no file.
 */
public final class ExportReplayView extends VBox {

    /** Writes a replay (the app draws it with the map's incidents, filter and theme). */
    @FunctionalInterface
    public interface Exporter {
        void export(Replay replay, Path out, ReplayFormat format, ReplayProgress progress) throws Exception;
    }

    /** What the form starts with: the map's current view and episode. */
    public record Defaults(double lat, double lon, double zoom, int width, int height, LocalDate from, LocalDate to,
                           Path folder) {
    }

    private final Exporter exporter;
    private final Executor background;
    private final Defaults defaults;
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Spinner<Integer> width = new Spinner<>(16, 4000, 800, 2);
    private final Spinner<Integer> height = new Spinner<>(16, 4000, 600, 2);
    private final Spinner<Double> secondsPerDay = new Spinner<>(Replay.MIN_SECONDS_PER_DAY, Replay.MAX_SECONDS_PER_DAY, 1, 0.5);
    private final CheckBox fade = new CheckBox("Fade between days");
    private final ChoiceBox<ReplayFormat> format = new ChoiceBox<>();
    private final TextField file = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel");
    private Task<Path> running;

    public ExportReplayView(Defaults defaults, Exporter exporter, Executor background) {
        this.defaults = defaults;
        this.exporter = exporter;
        this.background = background;
        setId("exportReplay");
        setSpacing(10);
        setPadding(new Insets(14));

        from.setId("exportFrom");
        to.setId("exportTo");
        width.setId("exportWidth");
        height.setId("exportHeight");
        secondsPerDay.setId("exportSecondsPerDay");
        fade.setId("exportFade");
        format.setId("exportFormat");
        file.setId("exportFile");
        progress.setId("exportProgress");
        status.setId("exportStatus");
        export.setId("exportButton");
        cancel.setId("cancelButton");
        for (Spinner<?> s : new Spinner<?>[] {width, height, secondsPerDay}) {
            s.setEditable(true);
            s.setPrefWidth(100);
        }
        from.setText(defaults.from().toString());
        to.setText(defaults.to().toString());
        // H.264 needs even sizes; the map's own size may be odd.
        width.getValueFactory().setValue(defaults.width() & ~1);
        height.getValueFactory().setValue(defaults.height() & ~1);
        format.getItems().setAll(ReplayFormat.values());
        format.setValue(ReplayFormat.GIF);
        file.setText(defaults.folder().resolve("replay-" + defaults.from() + ReplayFormat.GIF.extension()).toString());
        file.setPrefColumnCount(32);
        format.valueProperty().addListener((o, was, now) -> file.setText(withExtension(file.getText(), now)));
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFile());
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("From"), from, new Label("to"), to);
        form.addRow(1, new Label("Size"), width, new Label("×"), height);
        form.addRow(2, new Label("Seconds a day"), secondsPerDay, fade);
        GridPane.setColumnSpan(fade, 2);
        form.addRow(3, new Label("Format"), format);
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        form.add(new Label("File"), 0, 4);
        form.add(fileRow, 1, 4, 3, 1);

        progress.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        export.setDefaultButton(true);
        export.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        cancel.setDisable(true);
        HBox buttons = new HBox(8, cancel, export);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(form, progress, status, buttons);
    }

    private static String withExtension(String path, ReplayFormat format) {
        String stem = path;
        for (ReplayFormat f : ReplayFormat.values()) {
            if (stem.toLowerCase(java.util.Locale.ROOT).endsWith(f.extension())) {
                stem = stem.substring(0, stem.length() - f.extension().length());
            }
        }
        return stem + format.extension();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export replay");
        ReplayFormat f = format.getValue();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*" + f.extension()));
        Path current = Path.of(file.getText());
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow()))
                .ifPresent(chosen -> file.setText(withExtension(chosen.toString(), f)));
    }

    /** Reads the form; on a mistake says which field and why, and returns empty. */
    private Optional<Replay> replay() {
        LocalDate first, last;
        try {
            first = LocalDate.parse(from.getText().strip());
            last = LocalDate.parse(to.getText().strip());
        } catch (DateTimeParseException e) {
            status.setText("Dates are written YYYY-MM-DD, such as 2005-03-18.");
            return Optional.empty();
        }
        ReplayFormat f = format.getValue();
        Optional<String> sizeProblem = f.sizeProblem(width.getValue(), height.getValue());
        if (sizeProblem.isPresent()) {
            status.setText("Size: " + sizeProblem.get() + ".");
            return Optional.empty();
        }
        try {
            return Optional.of(new Replay(Viewport.centredOn(defaults.lat(), defaults.lon(), defaults.zoom(),
                    width.getValue(), height.getValue()), first, last, secondsPerDay.getValue(), fade.isSelected()));
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + e.getMessage().substring(1) + ".");
            return Optional.empty();
        }
    }

    private void start() {
        Optional<Replay> replay = replay();
        if (replay.isEmpty()) {
            return;
        }
        ReplayFormat f = format.getValue();
        Path out = Path.of(withExtension(file.getText().strip(), f));
        file.setText(out.toString());
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Drawing the days…");
                exporter.export(replay.get(), out, f, new ReplayProgress() {
                    @Override
                    public void dayDrawn(int done, int total, LocalDate day) {
                        updateProgress(done, total);
                        updateMessage("Day " + done + " of " + total + " (" + day + ")");
                    }

                    @Override
                    public boolean cancelled() {
                        // Not by interrupting: an interrupt closes the file channel under the writer.
                        return isCancelled();
                    }
                });
                return out;
            }
        };
        status.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> finish("Wrote " + out + "."));
        task.setOnCancelled(e -> finish("Cancelled; no file was written."));
        task.setOnFailed(e -> finish(failure(task.getException())));
        running = task;
        export.setDisable(true);
        cancel.setDisable(false);
        background.execute(task);
    }

    private static String failure(Throwable e) {
        if (e instanceof FileProblemException || e instanceof IllegalArgumentException) {
            return "Not written: " + e.getMessage();
        }
        // Details go to the log; the user gets one sentence.
        System.getLogger(ExportReplayView.class.getName()).log(System.Logger.Level.WARNING, "Replay export failed", e);
        return "Not written: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private void finish(String message) {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        status.setText(message);
        export.setDisable(false);
        cancel.setDisable(true);
        running = null;
    }

    /** Stops the export under way (the window closing does the same); nothing is left behind. */
    public void cancel() {
        if (running != null) {
            running.cancel(false);
        }
    }
}
