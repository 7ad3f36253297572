package org.incidentatlas.ui.io;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.incidentatlas.io.FieldMapping;

/**
 * Asks which properties of someone else's GeoJSON hold the date, type, place and notes, starting
 * from the choice remembered for the last such file where its properties are there.
 */
public final class FieldMappingDialog extends Dialog<FieldMapping> {

    static final String NONE = "(none)";

    public FieldMappingDialog(Window owner, String file, List<String> properties, Optional<FieldMapping> remembered) {
        initOwner(owner);
        setTitle("Which properties hold what?");
        setHeaderText(file + " is a GeoJSON of points made elsewhere: name the properties that hold each incident's date and type.");
        ComboBox<String> date = choice("mappingDate", properties, remembered.map(FieldMapping::date));
        ComboBox<String> type = choice("mappingType", properties, remembered.map(FieldMapping::type));
        ComboBox<String> place = optionalChoice("mappingPlace", properties, remembered.flatMap(FieldMapping::place));
        ComboBox<String> notes = optionalChoice("mappingNotes", properties, remembered.flatMap(FieldMapping::notes));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Date (a day such as 2010-05-14)"), date);
        grid.addRow(1, new Label("Type (seizure, clash, protest, attack, or ACLED's)"), type);
        grid.addRow(2, new Label("Place name"), place);
        grid.addRow(3, new Label("Notes, shown as the excerpt"), notes);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(date.valueProperty().isNull().or(type.valueProperty().isNull()));
        setResultConverter(button -> button == ButtonType.OK
                ? new FieldMapping(date.getValue(), type.getValue(), chosen(place), chosen(notes)) : null);
    }

    private static ComboBox<String> choice(String id, List<String> properties, Optional<String> remembered) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(properties);
        remembered.filter(properties::contains).ifPresent(box::setValue);
        return box;
    }

    private static ComboBox<String> optionalChoice(String id, List<String> properties, Optional<String> remembered) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(NONE);
        box.getItems().addAll(properties);
        box.setValue(remembered.filter(properties::contains).orElse(NONE));
        return box;
    }

    private static Optional<String> chosen(ComboBox<String> box) {
        return Optional.ofNullable(box.getValue()).filter(v -> !v.equals(NONE));
    }
}
