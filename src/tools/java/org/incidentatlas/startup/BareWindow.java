package org.incidentatlas.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The floor of start-up: the least a JavaFX program does to put a drawn window on the screen, with
 * the app's window size. Its content is a few stripes of colour drawn on a canvas, so that
 * {@link StartupTimes} tells its first painted frame by the same test as the app's drawn map
 * (no one colour covering half the middle of the window), not by a plain fill.
 */
public final class BareWindow {

    /** The window's title, which {@link StartupTimes} waits for. */
    public static final String TITLE = "Bare JavaFX window";

    private BareWindow() {
    }

    /**
     * Launched from a class that is not an {@link Application}, as the app's {@code Main} is: with
     * JavaFX on the class path the launcher refuses an Application main class.
     */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Canvas canvas = new Canvas(1200, 800);
            GraphicsContext g = canvas.getGraphicsContext2D();
            for (int stripe = 0; stripe < 24; stripe++) {
                g.setFill(Color.hsb(stripe * 15.0, 0.5, 0.9));
                g.fillRect(stripe * 50, 0, 50, 800);
            }
            stage.setTitle(TITLE);
            stage.setScene(new Scene(new StackPane(canvas), 1200, 800));
            stage.show();
        }
    }
}
