package org.incidentatlas.ui.io;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small window over the main one showing a file task's message and progress, with Cancel; it closes when the task ends. */
final class TaskProgressWindow {

    private TaskProgressWindow() {
    }

    static void show(Window owner, String title, Task<?> task) {
        Label message = new Label();
        message.setId("fileTaskMessage");
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("fileTaskProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        VBox root = new VBox(10, message, bar, cancel);
        root.setPadding(new Insets(14));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> task.cancel());
        task.runningProperty().addListener((o, was, running) -> {
            if (!running) {
                stage.close();
            }
        });
        if (!task.isDone()) {
            stage.show();
        }
    }
}
