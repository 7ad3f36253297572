package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.table.TableFilter;

import org.incidentatlas.model.Incident;
import org.incidentatlas.timeline.IncidentRow;
import org.incidentatlas.markers.PlaceMarker;

/**
 * The incidents the map shows, one row each, sortable and filterable by column (ControlsFX's
 * table filter on the column headers' menus). Rows follow the map's date, mode and legend; they
 * are gathered off the JavaFX thread and swapped in at once, and the table draws only the rows in
 * view, so 100,000 incidents stay responsive. Choosing a row selects its place on the map;
 * selecting a marker selects its rows. Ctrl+C and the context menu copy rows as CSV.
 */
final class IncidentTableView extends VBox {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel model;
    private final Executor background;
    private final Consumer<Incident> chosen;
    private final ObservableList<IncidentRow> rows = FXCollections.observableArrayList();
    private final TableView<IncidentRow> table = new TableView<>(rows);
    private final Label caption = new Label();
    private final TableFilter<IncidentRow> filter;
    /** True while rows are gathered off the JavaFX thread; {@link #gatherAgain} when the map changed meanwhile. */
    private boolean gathering;
    private boolean gatherAgain;
    /** Rows gathered but not yet shown, waiting for {@link #throttle}. */
    private List<IncidentRow> pending;
    private final javafx.animation.PauseTransition throttle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
    /** True while the table follows the map's selection, so that it does not echo it back. */
    private boolean following;

    IncidentTableView(MainViewModel model, Executor background, Consumer<Incident> chosen) {
        this.model = model;
        this.background = background;
        this.chosen = chosen;
        setId("incidentTablePane");
        getStyleClass().add("incident-table-pane");
        table.setId("incidentTable");
        table.setPlaceholder(new Label("No incident is shown on the map at this date."));
        table.getColumns().setAll(List.of(
                column("Date", IncidentRow::date, 110),
                column("Type", IncidentRow::type, 140),
                column("Place", IncidentRow::place, 130),
                column("Precision", IncidentRow::precision, 95),
                column("Killed", IncidentRow::killed, 75),
                column("Injured", IncidentRow::injured, 85),
                column("Crowd", IncidentRow::crowd, 80),
                column("Outlets", IncidentRow::outlets, 240),
                column("Sources", IncidentRow::sources, 85)));
        // The outlets take what the window has to spare (or give it back first).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Lazy: a column's distinct values are gathered when its filter is first opened, not on every change.
        filter = TableFilter.forTableView(table).lazy(true).apply();
        VBox.setVgrow(table, Priority.ALWAYS);
        caption.setId("incidentTableCaption");
        caption.getStyleClass().addAll("table-caption", "text-muted");
        getChildren().addAll(caption, table);

        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (!following && row != null) {
                chosen.accept(row.incident());
            }
        });
        table.getItems().addListener((ListChangeListener<IncidentRow>) c -> updateCaption());
        // No accelerator on the item: a context menu's accelerators apply to the whole window, and
        // Ctrl+C in the excerpt panel must copy the excerpt, not the table.
        MenuItem copy = new MenuItem("Copy selected rows as CSV\tCtrl+C");
        copy.setId("copyRowsItem");
        copy.setOnAction(e -> copy(table.getSelectionModel().getSelectedItems()));
        MenuItem copyAll = new MenuItem("Copy all rows as CSV");
        copyAll.setId("copyAllRowsItem");
        copyAll.setOnAction(e -> copy(table.getItems()));
        table.setContextMenu(new ContextMenu(copy, copyAll));
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy(table.getSelectionModel().getSelectedItems());
                e.consume();
            }
        });

        throttle.setOnFinished(e -> swapIn());
    }

    /**
     * Makes the table on {@code worker} (nodes not in a scene may be made on any thread), so that
     * its first opening does not spend the JavaFX thread on its controls, the column filters and
     * their classes; it follows the map from when it is {@link #attach attached}.
     */
    static CompletableFuture<IncidentTableView> prepare(MainViewModel model, Executor background, Consumer<Incident> chosen,
                                                        Executor worker) {
        return CompletableFuture.supplyAsync(() -> {
            IncidentTableView made = new IncidentTableView(model, background, chosen);
            // Its skin too (the header, columns and row flow), which the first show would otherwise make.
            made.table.setSkin(new TableViewSkin<>(made.table));
            return made;
        }, worker);
    }

    /** Follows the map's markers and selection from now on; on the JavaFX thread, once. */
    IncidentTableView attach() {
        model.markersProperty().addListener(o -> refresh());
        model.selectedPlaceIdProperty().addListener((o, was, id) -> selectPlace(id));
        // Hidden, the table does no work; shown again, it catches up with the map.
        sceneProperty().addListener((o, was, scene) -> refresh());
        return this;
    }

    TableView<IncidentRow> table() {
        return table;
    }

    TableFilter<IncidentRow> filter() {
        return filter;
    }

    Label caption() {
        return caption;
    }

    private <V> TableColumn<IncidentRow, V> column(String name, Function<IncidentRow, V> value, double width) {
        TableColumn<IncidentRow, V> column = new TableColumn<>(name);
        column.setId("column-" + name.toLowerCase(java.util.Locale.ROOT));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /**
     * Gathers the map's incidents off the JavaFX thread, newest first. One gathering at a time: days
     * that go by while one runs are skipped, and the next starts from the map as it is then.
     */
    private void refresh() {
        if (getScene() == null) {
            return;
        }
        if (gathering) {
            gatherAgain = true;
            return;
        }
        gathering = true;
        List<PlaceMarker> markers = model.markersProperty().get();
        background.execute(() -> {
            List<IncidentRow> gathered = markers.stream()
                    .flatMap(m -> m.incidents().stream())
                    .map(v -> IncidentRow.of(v.incident()))
                    .sorted(Comparator.comparing(IncidentRow::date, Comparator.<LocalDate>reverseOrder())
                            .thenComparing(IncidentRow::place).thenComparing(r -> r.incident().id()))
                    .toList();
            Platform.runLater(() -> {
                gathering = false;
                if (gatherAgain) {
                    gatherAgain = false;
                    refresh();
                    return;
                }
                pending = gathered;
                if (throttle.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                    swapIn();
                }
            });
        });
    }

    /**
     * Puts the latest gathered rows in the table, at most a few times a second: while the slider is
     * dragged or the replay plays, days go by faster than a 100,000-row swap is worth showing.
     */
    private void swapIn() {
        List<IncidentRow> latest = pending;
        pending = null;
        if (latest == null) {
            return;
        }
        following = true;
        try {
            rows.setAll(latest);
            selectPlace(model.selectedPlaceIdProperty().get());
        } finally {
            following = false;
        }
        throttle.playFromStart();
    }

    /** Selects the rows of a place (the marker selected on the map) and scrolls the first into view. */
    private void selectPlace(String placeId) {
        boolean wasFollowing = following;
        following = true;
        try {
            var selection = table.getSelectionModel();
            selection.clearSelection();
            if (placeId == null) {
                return;
            }
            List<IncidentRow> items = table.getItems();
            int first = -1;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).incident().place().id().equals(placeId)) {
                    selection.select(i);
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            if (first >= 0) {
                table.scrollTo(Math.max(0, first - 2));
            }
        } finally {
            following = wasFollowing;
        }
    }

    private void updateCaption() {
        int shown = table.getItems().size();
        int all = rows.size();
        caption.setText(shown == all
                ? String.format(java.util.Locale.ROOT, "%,d %s shown on the map", all, all == 1 ? "incident" : "incidents")
                : String.format(java.util.Locale.ROOT, "%,d of %,d incidents match the column filters", shown, all));
    }

    private static void copy(List<IncidentRow> selected) {
        if (selected.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(IncidentRow.csv(List.copyOf(selected)));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
