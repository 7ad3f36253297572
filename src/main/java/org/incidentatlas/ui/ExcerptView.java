package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.TextFlow;

import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.markers.VisibleIncident;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentKind;
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

    private final MainViewModel model;
    private final BiConsumer<Incident, Source> showArticle;
    private final Disagreements disagreements = new Disagreements();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final VBox content = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(content);

    public ExcerptView(MainViewModel model, BiConsumer<Incident, Source> showArticle) {
        this.model = model;
        this.showArticle = showArticle;
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
            content.getChildren().add(card(v, model.timeline().incidentsOn(v.incident().date())));
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
        TextFlow excerpt = ExcerptText.flow(source);
        Hyperlink link = new Hyperlink("Show article");
        link.getStyleClass().add("show-article");
        link.setOnAction(e -> showArticle.accept(incident, source));
        VBox box = new VBox(4, heading, excerpt, link);
        box.getStyleClass().add("source");
        return box;
    }
}
