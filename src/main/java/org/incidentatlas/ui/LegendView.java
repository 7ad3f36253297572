package org.incidentatlas.ui;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.timeline.Timeline;

/** The compact legend over the map, whose entries are also the type and outlet filters. */
final class LegendView extends TitledPane {

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9]+");

    private final MainViewModel model;
    private final VBox body = new VBox(3);
    /**
     * What the entries were made from: a file's whole read brings the same icons and outlets as its
     * first batch, and entries made again would be styled and skinned again on the JavaFX thread.
     */
    private IconLibrary builtIcons;
    private Set<String> builtOutlets = Set.of();
    /** A rebuild is asked for and not yet made. */
    private boolean rebuildQueued;

    LegendView(MainViewModel model) {
        this.model = model;
        setId("legend");
        setText("Legend & filters");
        getStyleClass().addAll("legend", "dense");
        setAnimated(false);
        setContent(body);
        setMaxWidth(Double.MAX_VALUE);
        setMaxHeight(USE_PREF_SIZE);
        // Clicked filters must not keep the keyboard: Enter or Space meant for the window (closing a
        // dialog, play/pause) would otherwise toggle the last one clicked.
        setFocusTraversable(false);
        model.iconsProperty().addListener(o -> rebuildSoon());
        model.timelineProperty().addListener(o -> rebuildSoon());
    }

    /**
     * Rebuilds in an event of its own, once however many of icons and timeline changed: a file's
     * first batch then shows its markers, and the legend's new controls, each without holding the
     * JavaFX thread for both.
     */
    private void rebuildSoon() {
        if (!rebuildQueued) {
            rebuildQueued = true;
            Platform.runLater(() -> {
                rebuildQueued = false;
                rebuild();
            });
        }
    }

    static String outletId(String outlet) {
        return "outlet-" + NOT_ID.matcher(outlet).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    private void rebuild() {
        IconLibrary icons = model.iconsProperty().get();
        Timeline timeline = model.timeline();
        if (icons == null || timeline == null
                || icons == builtIcons && builtOutlets.equals(timeline.outlets())) {
            return;
        }
        builtIcons = icons;
        builtOutlets = Set.copyOf(timeline.outlets());
        body.getChildren().clear();
        for (IncidentType type : IncidentType.values()) {
            CheckBox box = new CheckBox(type.label());
            box.setId("filter-" + type.code());
            box.setGraphic(symbol(icons, IncidentKind.of(type)));
            box.setSelected(!model.filterProperty().get().hiddenTypes().contains(type));
            box.setFocusTraversable(false);
            box.selectedProperty().addListener((o, was, shown) -> model.setTypeShown(type, shown));
            body.getChildren().add(box);
            // The type's variants ("Retaken") under it: filtered with it, drawn with their own icon.
            for (IncidentType.Variant variant : type.variants()) {
                if (variant != IncidentType.Variant.PLAIN) {
                    String word = variant.word();
                    Label sub = new Label(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1),
                            symbol(icons, new IncidentKind(type, variant)));
                    sub.getStyleClass().add("legend-sub");
                    body.getChildren().add(sub);
                }
            }
        }
        Label outlets = new Label("Outlets");
        outlets.getStyleClass().add("section-label");
        body.getChildren().add(outlets);
        for (String outlet : timeline.outlets()) {
            CheckBox box = new CheckBox(outlet);
            box.setId(outletId(outlet));
            box.setSelected(!model.filterProperty().get().hiddenOutlets().contains(outlet));
            box.setFocusTraversable(false);
            box.selectedProperty().addListener((o, was, shown) -> model.setOutletShown(outlet, shown));
            body.getChildren().add(box);
        }
        Label hint = new Label("Faded: earlier days \u00b7 number: incidents \u00b7 size: killed + injured (else crowd) \u00b7 dashed ring: nearby places grouped");
        hint.setWrapText(true);
        hint.setMaxWidth(200);
        hint.getStyleClass().addAll("text-muted", "text-small");
        body.getChildren().add(hint);
    }

    private static Node symbol(IconLibrary icons, IncidentKind kind) {
        StackPane pane = new StackPane(new Circle(8, IconLibrary.color(kind)), icons.create(kind, 10, Color.WHITE));
        pane.setAlignment(Pos.CENTER);
        return pane;
    }
}
