package org.incidentatlas.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;
import org.incidentatlas.search.AtlasSearch;
import org.incidentatlas.search.SearchHit;

/**
 * Ctrl+F: a box over the map that finds places (any spelling the gazetteer knows) and words in
 * excerpts and reports. Searching runs off the JavaFX thread as the user types; Enter or a click
 * takes the map and the date to the hit. Esc closes it.
 */
final class SearchView extends VBox {

    static final int MAX_HITS = 50;

    private final MainViewModel model;
    private final ReportLookup reports;
    private final Consumer<SearchHit> go;
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final Label status = new Label();
    private CompletableFuture<AtlasSearch> search;
    private Object searchedTimeline;
    private long latest;

    SearchView(MainViewModel model, ReportLookup reports, Consumer<SearchHit> go) {
        this.model = model;
        this.reports = reports;
        this.go = go;
        setId("searchBox");
        getStyleClass().add("search-box");
        setSpacing(4);
        setMaxWidth(380);
        setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setId("searchField");
        field.setPromptText("Place or words (e.g. Jalalabad, Джалал-Абад, stormed)");
        results.setId("searchResults");
        results.setPrefHeight(260);
        results.setCellFactory(list -> new HitCell());
        status.setId("searchStatus");
        status.getStyleClass().add("text-muted");
        getChildren().addAll(field, status, results);

        field.textProperty().addListener((o, was, now) -> run(now));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !results.getItems().isEmpty()) {
                choose(results.getSelectionModel().getSelectedItem() == null
                        ? results.getItems().get(0) : results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (hit != null) {
                choose(hit);
            }
        });
        results.setOnKeyPressed(e -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && hit != null) {
                choose(hit);
                e.consume();
            }
        });
    }

    /** Shows the box with its text selected, ready to type. */
    void open() {
        setVisible(true);
        field.requestFocus();
        field.selectAll();
        index();
    }

    void close() {
        setVisible(false);
    }

    TextField field() {
        return field;
    }

    ListView<SearchHit> results() {
        return results;
    }

    /** Goes to {@code hit} and closes the box, which would otherwise cover the map where the result is. */
    private void choose(SearchHit hit) {
        go.accept(hit);
        close();
    }

    /** The search over the loaded incidents and the reports they cite, built off the JavaFX thread. */
    private CompletableFuture<AtlasSearch> index() {
        var timeline = model.timeline();
        if (search == null || searchedTimeline != timeline) {
            searchedTimeline = timeline;
            List<Incident> incidents = timeline == null ? List.of() : timeline.incidents();
            // The reports the incidents cite, listed off the JavaFX thread: a large file cites thousands.
            search = CompletableFuture.supplyAsync(() -> incidents.stream().flatMap(i -> i.sources().stream())
                            .map(Source::article).distinct().toList(), reports.background())
                    .thenCompose(reports::articles).thenCombine(reports.geocoder(),
                    (articles, geocoder) -> new AtlasSearch(geocoder, incidents, articles));
        }
        return search;
    }

    private void run(String query) {
        long mine = ++latest;
        if (query.isBlank()) {
            results.getItems().clear();
            status.setText("");
            return;
        }
        status.setText("Searching\u2026");
        index().thenApplyAsync(s -> s.search(query, MAX_HITS), reports.background())
                .whenComplete((hits, error) -> Platform.runLater(() -> {
                    if (mine != latest) {
                        return;
                    }
                    if (error != null) {
                        status.setText("Search failed: " + error.getMessage());
                        results.getItems().clear();
                        return;
                    }
                    results.getItems().setAll(hits);
                    status.setText(hits.isEmpty() ? "Nothing found for \u201c" + query.strip() + "\u201d."
                            : hits.size() + (hits.size() >= MAX_HITS ? "+" : "") + (hits.size() == 1 ? " result" : " results")
                                    + ": Enter or a click goes there");
                }));
    }

    /** A hit as two lines: what and where, then the words in context. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                return;
            }
            String kind = switch (hit.kind()) {
                case PLACE -> "Place";
                case EXCERPT -> "Excerpt";
                case ARTICLE -> "Report";
            };
            setText(kind + ": " + hit.label() + (hit.snippet().isEmpty() ? "" : "\n" + hit.snippet()));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
