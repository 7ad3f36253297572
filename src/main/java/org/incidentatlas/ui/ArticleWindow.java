package org.incidentatlas.ui;

import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.incidentatlas.article.ArticleSource;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Source;

/** "Show article": the whole report, loaded off the JavaFX thread, with the excerpt marked and scrolled into view. */
final class ArticleWindow {

    private final ArticleSource articles;
    private final Executor background;
    private Stage stage;

    ArticleWindow(ArticleSource articles, Executor background) {
        this.articles = articles;
        this.background = background;
    }

    Stage stage() {
        return stage;
    }

    ArticleSource articles() {
        return articles;
    }

    Executor background() {
        return background;
    }

    void show(Source source, Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setWidth(640);
            stage.setHeight(720);
        }
        Label title = new Label(source.outlet());
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        // Until the report is read, what the excerpt already tells: outlet and date, never the file's id.
        title.setId("articleTitle");
        Label meta = new Label(byline(source.outlet(), source.published()));
        meta.setId("articleByline");
        meta.getStyleClass().add("text-muted");
        VBox header = new VBox(4, title, meta);
        header.getStyleClass().add("article-header");
        BorderPane root = new BorderPane();
        root.setId("articleView");
        root.getStyleClass().add("article-view");
        root.setTop(header);
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Article \u2014 " + source.outlet());
        stage.show();

        Task<Article> task = new Task<>() {
            @Override
            protected Article call() throws Exception {
                return articles.load(source.article());
            }
        };
        task.setOnSucceeded(e -> {
            Article article = task.getValue();
            String name = article.title().isEmpty() ? "(untitled report)" : article.title();
            title.setText(name);
            meta.setText(byline(article.outlet().isEmpty() ? source.outlet() : article.outlet(),
                    article.published() == null ? source.published() : article.published())
                    + (article.url().isEmpty() ? "" : "\n" + article.url()));
            stage.setTitle(name + " \u2014 " + article.outlet());
            root.setCenter(body(article, source));
        });
        task.setOnFailed(e -> meta.setText("Cannot open the article: " + task.getException().getMessage()));
        background.execute(task);
    }

    /** "Fox News · 21 March 2005". */
    static String byline(String outlet, java.time.LocalDate published) {
        String date = published == null ? "" : DayFormat.longDate(published);
        return outlet.isEmpty() ? date : date.isEmpty() ? outlet : outlet + " \u00b7 " + date;
    }

    private static ScrollPane body(Article article, Source source) {
        String text = article.body();
        int start = Math.min(source.start(), text.length());
        int end = Math.max(start, Math.min(source.end(), text.length()));
        Text before = ExcerptText.text(text.substring(0, start), "article-text");
        Text excerpt = ExcerptText.text(text.substring(start, end), "article-text", "article-excerpt");
        excerpt.setId("articleExcerpt");
        Text after = ExcerptText.text(text.substring(end), "article-text");
        TextFlow flow = new TextFlow(before, excerpt, after);
        flow.setId("articleBody");
        flow.getStyleClass().add("article-body");
        Path mark = new Path();
        mark.getStyleClass().add("article-mark");
        mark.setManaged(false);
        mark.setMouseTransparent(true);
        // The padding sits on the page, not the flow, so the flow's range shape and the page agree.
        VBox page = new VBox(flow);
        page.getStyleClass().add("article-page");
        page.getChildren().add(0, mark);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        flow.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                // The mark follows the text whenever it is laid out again (re-wrapped, restyled).
                mark.getElements().setAll(flow.rangeShape(start, end));
                mark.setLayoutX(flow.getLayoutX());
                mark.setLayoutY(flow.getLayoutY());
            }
        });
        boolean[] scrolled = {false};
        page.heightProperty().addListener((o, was, now) -> {
            if (!scrolled[0] && now.doubleValue() > 0) {
                scrolled[0] = true;
                Platform.runLater(() -> scrollTo(scroll, flow, excerpt));
            }
        });
        return scroll;
    }

    private static void scrollTo(ScrollPane scroll, TextFlow flow, Text excerpt) {
        Bounds b = excerpt.getBoundsInParent();
        double content = flow.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            double target = Math.max(0, b.getMinY() - viewport / 3);
            scroll.setVvalue(Math.min(1, target / (content - viewport)));
        }
    }
}
