package org.incidentatlas.ui.workspace;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Over the map while reports are extracted: reports done of total, the current file, and Cancel. */
final class ImportProgressView extends HBox {

    ImportProgressView(Task<?> task) {
        super(10);
        setId("importProgress");
        getStyleClass().add("import-progress");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        setMaxWidth(620);
        setMaxHeight(USE_PREF_SIZE);
        setStyle("-fx-background-color: -color-bg-default, -color-border-default; -fx-background-insets: 0, 0;"
                + " -fx-background-radius: 6; -fx-border-color: -color-border-default; -fx-border-radius: 6;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgressBar");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.setId("importProgressMessage");
        message.textProperty().bind(task.messageProperty());
        message.setMinWidth(200);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("importCancel");
        cancel.setOnAction(e -> task.cancel());
        cancel.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(bar, message, cancel);
    }
}
