package org.incidentatlas.ui.workspace;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;

import org.incidentatlas.extract.UnplacedNames;

/**
 * Tools → Unplaced names: each name extraction met where a place is but could not place, with the
 * sentences it stands in. Adding them (File → Add places…) places those events.
 */
final class UnplacedNamesView extends BorderPane {

    UnplacedNamesView(List<UnplacedNames.Unplaced> names) {
        setId("unplacedNames");
        TreeItem<String> root = new TreeItem<>();
        for (UnplacedNames.Unplaced name : names) {
            TreeItem<String> item = new TreeItem<>(name.name() + "  (" + name.mentions().size()
                    + (name.mentions().size() == 1 ? " sentence)" : " sentences)"));
            for (UnplacedNames.Mention mention : name.mentions()) {
                item.getChildren().add(new TreeItem<>(mention.article() + ": " + mention.sentence()));
            }
            item.setExpanded(true);
            root.getChildren().add(item);
        }
        TreeView<String> tree = new TreeView<>(root);
        tree.setId("unplacedNamesTree");
        tree.setShowRoot(false);
        Label hint = new Label(names.isEmpty()
                ? "Every name met where a place is was placed (or no reports were extracted in this session)."
                : "Names written where a place is that the gazetteer does not know. Add them with File \u2192 Add places\u2026"
                        + " (a GeoNames file or a CSV of name, latitude, longitude) to place these events.");
        hint.setWrapText(true);
        hint.setPadding(new Insets(8));
        setTop(hint);
        setCenter(tree);
    }
}
