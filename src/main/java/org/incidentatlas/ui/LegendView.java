package org.incidentatlas.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.skin.CheckBoxSkin;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.Timeline;

/**
 * The compact legend over the map, whose entries are also the type and outlet filters. Its entries
 * are made and skinned off the JavaFX thread (nodes outside a shown scene may be made on any
 * thread) and put in a few per frame: made, styled and laid out at once, a large file's legend took
 * 40 to 70 ms of the JavaFX thread in the pulse that first showed the file.
 */
final class LegendView extends TitledPane {

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9]+");
    /** Entries put in per frame: each pulse styles and lays out only these. */
    private static final int ENTRIES_PER_FRAME = 2;

    private final MainViewModel model;
    private final Executor worker;
    private final VBox body = new VBox(3);
    /**
     * What the entries were asked for: a file's whole read brings the same icons and outlets as its
     * first batch, and entries made again would be styled and laid out again on the JavaFX thread.
     */
    private IconLibrary builtIcons;
    private Set<String> builtOutlets = Set.of();
    /** A rebuild is asked for and not yet started. */
    private boolean rebuildQueued;
    /** Counts the entry sets asked for, so that entries made for older icons or outlets are dropped. */
    private long generation;
    /** Entries made and not yet in the legend; put in by {@link #putIn}. */
    private final Deque<Node> waiting = new ArrayDeque<>();
    private final AnimationTimer putIn = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (int i = 0; i < ENTRIES_PER_FRAME && !waiting.isEmpty(); i++) {
                Node entry = waiting.removeFirst();
                syncWithFilter(entry);
                body.getChildren().add(entry);
            }
            if (waiting.isEmpty()) {
                stop();
                complete.set(true);
            }
        }
    };
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);

    /** @param worker where the entries are made */
    LegendView(MainViewModel model, Executor worker) {
        this.model = model;
        this.worker = worker;
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

    /** True once the legend shows every entry of the icons and outlets shown; false while they are made or put in. */
    ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** Rebuilds once however many of icons and timeline changed in the same event. */
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
        List<String> outlets = List.copyOf(timeline.outlets());
        long asked = ++generation;
        complete.set(false);
        CompletableFuture.supplyAsync(() -> entries(icons, outlets), worker)
                .whenCompleteAsync((made, error) -> {
                    if (asked != generation) {
                        return;
                    }
                    // Should making them off the JavaFX thread ever fail, they are made here, as they were.
                    List<Node> entries = error == null ? made : entries(icons, outlets);
                    body.getChildren().clear();
                    waiting.clear();
                    waiting.addAll(entries);
                    putIn.start();
                }, Platform::runLater);
    }

    /** The legend's entries: each type (and its variants) with its symbol, then the outlets, then a hint. */
    private List<Node> entries(IconLibrary icons, List<String> outlets) {
        List<Node> entries = new ArrayList<>();
        for (IncidentType type : IncidentType.values()) {
            CheckBox box = filterBox(type.label(), "filter-" + type.code(), type);
            box.setGraphic(symbol(icons, IncidentKind.of(type)));
            box.selectedProperty().addListener((o, was, shown) -> model.setTypeShown(type, shown));
            entries.add(box);
            // The type's variants ("Retaken") under it: filtered with it, drawn with their own icon.
            for (IncidentType.Variant variant : type.variants()) {
                if (variant != IncidentType.Variant.PLAIN) {
                    String word = variant.word();
                    Label sub = new Label(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1),
                            symbol(icons, new IncidentKind(type, variant)));
                    sub.getStyleClass().add("legend-sub");
                    sub.setSkin(new LabelSkin(sub));
                    entries.add(sub);
                }
            }
        }
        Label heading = new Label("Outlets");
        heading.getStyleClass().add("section-label");
        heading.setSkin(new LabelSkin(heading));
        entries.add(heading);
        for (String outlet : outlets) {
            CheckBox box = filterBox(outlet, outletId(outlet), outlet);
            box.selectedProperty().addListener((o, was, shown) -> model.setOutletShown(outlet, shown));
            entries.add(box);
        }
        Label hint = new Label("Faded: earlier days \u00b7 number: incidents \u00b7 size: killed + injured (else crowd) \u00b7 dashed ring: nearby places grouped");
        hint.setWrapText(true);
        hint.setMaxWidth(200);
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setSkin(new LabelSkin(hint));
        entries.add(hint);
        return entries;
    }

    /** A filter's check box; {@code filtered} (its type or outlet) tells {@link #syncWithFilter} what it shows. */
    private static CheckBox filterBox(String text, String id, Object filtered) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setUserData(filtered);
        box.setFocusTraversable(false);
        box.setSkin(new CheckBoxSkin(box));
        return box;
    }

    /** Ticks a filter's box as the filter is when it is put in (it may have changed while the entries were made). */
    private void syncWithFilter(Node entry) {
        if (entry instanceof CheckBox box) {
            IncidentFilter filter = model.filterProperty().get();
            box.setSelected(box.getUserData() instanceof IncidentType type
                    ? !filter.hiddenTypes().contains(type)
                    : !filter.hiddenOutlets().contains((String) box.getUserData()));
        }
    }

    private static Node symbol(IconLibrary icons, IncidentKind kind) {
        StackPane pane = new StackPane(new Circle(8, IconLibrary.color(kind)), icons.create(kind, 10, Color.WHITE));
        pane.setAlignment(Pos.CENTER);
        return pane;
    }
}
