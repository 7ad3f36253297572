package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import org.incidentatlas.article.Citation;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;
import org.incidentatlas.timeline.Disagreements;
import org.incidentatlas.ui.map.IncidentLayer;

/**
 * The reports behind the selected marker: the place's visible incidents, newest first, each with
 * its facts, where outlets disagree their claims side by side, and every source's excerpt.
 */
public final class ExcerptView extends VBox {

    /** About 500 m: closer places share a marker at every zoom. */
    private static final double SAME_SPOT_DEGREES = 0.005;

    /** What the geocoding precision means for the reader. */
    private static final java.util.Map<Precision, String> PRECISION = java.util.Map.of(
            Precision.CITY, "at the place itself",
            Precision.NEAR, "near this place (the report names a spot the gazetteer lacks)",
            Precision.REGION, "somewhere in this region",
            Precision.COUNTRY, "somewhere in this country");

    private final MainViewModel model;
    private final BiConsumer<Incident, Source> showArticle;
    private final ReportLookup reports;
    private final Disagreements disagreements = new Disagreements();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final VBox content = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(content);

    public ExcerptView(MainViewModel model, BiConsumer<Incident, Source> showArticle, ReportLookup reports) {
        this.model = model;
        this.showArticle = showArticle;
        this.reports = reports;
        setId("excerptPanel");
        getStyleClass().add("excerpt-panel");
        setMinWidth(260);
        setPrefWidth(420);

        title.setId("excerptTitle");
        title.getStyleClass().addAll("title-3", "panel-title");
        Button close = new Button("\u00d7");
        close.setId("closePanel");
        close.getStyleClass().addAll("flat", "close-button");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> model.clearSelection());
        close.setFocusTraversable(false);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, close);
        header.setAlignment(Pos.CENTER_LEFT);
        subtitle.setId("excerptSubtitle");
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);

        content.setId("excerptContent");
        content.getStyleClass().add("excerpt-content");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, subtitle, scroll);

        model.selectedMarkerProperty().addListener(o -> rebuild());
        model.selectedPlaceIdProperty().addListener(o -> rebuild());
        model.dateProperty().addListener(o -> rebuild());
    }

    private void rebuild() {
        String placeId = model.selectedPlaceIdProperty().get();
        if (placeId == null) {
            content.getChildren().clear();
            return;
        }
        PlaceMarker marker = model.selectedMarkerProperty().get();
        LocalDate day = model.date();
        if (marker == null) {
            title.setText(placeName(placeId));
            subtitle.setText("Nothing reported here by " + DayFormat.longDate(day) + ".");
            content.getChildren().clear();
            return;
        }
        title.setText(marker.place().name());
        int n = marker.count();
        subtitle.setText(n + (n == 1 ? " incident" : " incidents") + " up to " + DayFormat.longDate(day) + ", newest first");
        content.getChildren().clear();
        Node sameSpot = sameSpot(marker);
        if (sameSpot != null) {
            content.getChildren().add(sameSpot);
        }
        for (VisibleIncident v : marker.incidents()) {
            // Disagreements are read among the claims the outlet filter shows, like the incident's own numbers;
            // only deaths can be placed elsewhere, by the same day's incidents of the same type: no other incident is read again.
            Incident shown = v.incident();
            List<Incident> sameDay = !Disagreements.reportsDeaths(shown) ? List.of()
                    : model.timeline().incidentsOn(shown.date(), shown.type()).stream()
                    .flatMap(i -> model.filterProperty().get().shownClaims(i).stream()).toList();
            content.getChildren().add(card(v, sameDay));
        }
        scroll.setVvalue(0);
    }

    /**
     * Other places with markers at (nearly) the same coordinates, e.g. a village the gazetteer only
     * knows by its district's centre: their markers share this one, so the panel links to them.
     */
    private Node sameSpot(PlaceMarker marker) {
        List<PlaceMarker> others = model.markersProperty().get().stream()
                .filter(m -> !m.placeId().equals(marker.placeId()))
                .filter(m -> Math.abs(m.place().lat() - marker.place().lat()) < SAME_SPOT_DEGREES
                        && Math.abs(m.place().lon() - marker.place().lon()) < SAME_SPOT_DEGREES)
                .toList();
        if (others.isEmpty()) {
            return null;
        }
        HBox row = new HBox(4);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("same-spot");
        row.getChildren().add(new Label("Also at this spot:"));
        for (PlaceMarker other : others) {
            Hyperlink link = new Hyperlink(other.place().name() + " (" + other.count() + ")");
            link.setId("also-" + IncidentLayer.nodeId(other.placeId()));
            link.setOnAction(e -> model.select(other.placeId()));
            row.getChildren().add(link);
        }
        return row;
    }

    /** Scrolls the panel to an incident's card (a row chosen in the table), once it is laid out. */
    void reveal(String incidentId) {
        javafx.application.Platform.runLater(() -> content.getChildren().stream()
                .filter(n -> ("incident-" + incidentId).equals(n.getId())).findFirst().ifPresent(card -> {
                    content.applyCss();
                    content.layout();
                    double range = content.getHeight() - scroll.getViewportBounds().getHeight();
                    if (range > 0) {
                        scroll.setVvalue(Math.min(1, card.getBoundsInParent().getMinY() / range));
                    }
                }));
    }

    private String placeName(String placeId) {
        return model.timeline().incidents().stream().filter(i -> i.place().id().equals(placeId))
                .map(i -> i.place().name()).findFirst().orElse(placeId);
    }

    private Node card(VisibleIncident visible, List<Incident> sameDay) {
        Incident incident = visible.incident();
        VBox card = new VBox(6);
        card.getStyleClass().add("incident-card");
        if (!visible.current()) {
            card.getStyleClass().add("older");
        }
        card.setId("incident-" + incident.id());

        IncidentKind kind = incident.kind();
        Circle disc = new Circle(10, IconLibrary.color(kind));
        StackPane badge = new StackPane(disc);
        if (model.iconsProperty().get() != null) {
            badge.getChildren().add(model.iconsProperty().get().create(kind, 13, javafx.scene.paint.Color.WHITE));
        }
        Label heading = new Label(MarkerText.typeName(incident) + " \u00b7 " + DayFormat.longDate(incident.date()));
        heading.getStyleClass().add("incident-heading");
        heading.setWrapText(true);
        HBox top = new HBox(8, badge, heading);
        top.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(top);

        card.getChildren().add(fact("Targets", incident.targets().isEmpty() ? "not named" : String.join(", ", incident.targets())));
        card.getChildren().add(fact("Actors", incident.actors().isEmpty() ? "not named" : String.join(", ", incident.actors())));
        String hurt = MarkerText.casualties(incident.killed(), incident.injured());
        card.getChildren().add(fact("Killed / injured", hurt.isEmpty() ? "no numbers reported" : hurt));
        if (incident.crowd() != null) {
            card.getChildren().add(fact("Crowd", MarkerText.crowd(incident.crowd())));
        }
        card.getChildren().add(fact("Located", PRECISION.get(incident.precision()) + " (" + incident.place().name() + ")"));

        for (Disagreements.Disagreement d : disagreements.find(incident, sameDay)) {
            card.getChildren().add(disagreement(d));
        }

        Label sources = new Label(incident.sources().size() == 1 ? "Source" : incident.sources().size() + " sources");
        sources.getStyleClass().add("section-label");
        card.getChildren().add(sources);
        for (Source source : incident.sources()) {
            card.getChildren().add(source(incident, source));
        }
        return card;
    }

    private static Node fact(String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-name");
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        text.getStyleClass().add("fact-value");
        HBox row = new HBox(8, key, text);
        return row;
    }

    private Node disagreement(Disagreements.Disagreement d) {
        Label question = new Label("\u26a0 " + d.question());
        question.getStyleClass().add("disagreement-title");
        question.setWrapText(true);
        HBox claims = new HBox(8);
        claims.getStyleClass().add("claims");
        for (Disagreements.Claim claim : d.claims()) {
            Label outlet = new Label(claim.outlet());
            outlet.getStyleClass().add("claim-outlet");
            String hurt = MarkerText.numbers(claim.killed(), claim.injured(), claim.crowd());
            Label what = new Label(claim.placeName() + (hurt.isEmpty() ? "" : ": " + hurt));
            what.getStyleClass().add("claim-what");
            what.setWrapText(true);
            VBox box = new VBox(3, outlet, what);
            box.getStyleClass().add("claim");
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setPrefWidth(0);
            claims.getChildren().add(box);
        }
        VBox box = new VBox(6, question, claims);
        box.getStyleClass().add("disagreement");
        return box;
    }

    private Node source(Incident incident, Source source) {
        Label heading = new Label(source.outlet() + (source.published() == null ? "" : " \u00b7 " + DayFormat.medium(source.published())));
        heading.getStyleClass().add("source-heading");
        Label report = new Label();
        report.getStyleClass().add("report-title");
        report.setWrapText(true);
        report.setManaged(false);
        report.setVisible(false);
        SelectableExcerpt excerpt = new SelectableExcerpt(source);
        VBox provenance = new VBox(2);
        provenance.getStyleClass().add("provenance");
        Hyperlink link = new Hyperlink("Show article");
        link.getStyleClass().add("show-article");
        link.setOnAction(e -> showArticle.accept(incident, source));
        Hyperlink cite = new Hyperlink("Copy with citation");
        cite.getStyleClass().addAll("show-article", "copy-citation");
        cite.setOnAction(e -> copyWithCitation(excerpt, source));
        MenuItem citeItem = new MenuItem("Copy with citation");
        citeItem.setOnAction(e -> copyWithCitation(excerpt, source));
        excerpt.addMenuItem(citeItem);
        HBox links = new HBox(8, link, cite);
        VBox box = new VBox(4, heading, report, excerpt, provenance, links);
        box.getStyleClass().add("source");

        // The report's title and address, and how the place and date were decided, arrive off the JavaFX thread.
        reports.article(source.article()).whenComplete((article, error) -> Platform.runLater(() -> {
            if (article != null) {
                String title = article.title().isEmpty() ? "(untitled report)" : "\u201c" + article.title() + "\u201d";
                report.setText(title + (article.url().isEmpty() ? "" : "\n" + article.url()));
                report.setManaged(true);
                report.setVisible(true);
            }
        }));
        Label working = provenanceLine("Working out how the place and date were decided\u2026");
        provenance.getChildren().add(working);
        reports.reasons(incident, source).whenComplete((lines, error) -> Platform.runLater(() -> {
            provenance.getChildren().clear();
            if (lines == null || lines.isEmpty()) {
                provenance.getChildren().add(provenanceLine("How the place and date were decided is not known for this report."));
            } else {
                lines.forEach(line -> provenance.getChildren().add(provenanceLine(line)));
            }
        }));
        return box;
    }

    private static Label provenanceLine(String text) {
        Label line = new Label(text);
        line.getStyleClass().add("provenance-line");
        line.setWrapText(true);
        return line;
    }

    /** The selection (or the whole excerpt) with outlet, date, title and address, once the report is read. */
    private void copyWithCitation(SelectableExcerpt excerpt, Source source) {
        String quote = excerpt.selectedOrAll();
        reports.article(source.article()).handle((article, error) -> article)
                .thenAccept(article -> Platform.runLater(() -> {
                    ClipboardContent clip = new ClipboardContent();
                    clip.putString(Citation.of(quote, source, article));
                    Clipboard.getSystemClipboard().setContent(clip);
                }));
    }
}
