package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.Source;

/** An excerpt as wrapped text with its place and trigger words marked (text nodes, not HTML). */
final class ExcerptText {

    private ExcerptText() {
    }

    static TextFlow flow(Source source) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("excerpt");
        flow.getChildren().setAll(texts(source));
        return flow;
    }

    static List<Text> texts(Source source) {
        String excerpt = source.excerpt();
        List<Highlight> spans = new ArrayList<>(source.highlights());
        spans.sort(Comparator.comparingInt(Highlight::start));
        List<Text> texts = new ArrayList<>();
        int at = 0;
        for (Highlight h : spans) {
            int from = h.start() - source.start();
            int to = h.end() - source.start();
            // Spans outside the excerpt or overlapping the previous one are skipped rather than garbled.
            if (from < at || to > excerpt.length() || from >= to) {
                continue;
            }
            if (from > at) {
                texts.add(text(excerpt.substring(at, from), "excerpt-text"));
            }
            texts.add(text(excerpt.substring(from, to), "excerpt-text", "hl-" + h.kind().code()));
            at = to;
        }
        if (at < excerpt.length()) {
            texts.add(text(excerpt.substring(at), "excerpt-text"));
        }
        return texts;
    }

    static Text text(String content, String... styleClasses) {
        Text text = new Text(content);
        text.getStyleClass().addAll(styleClasses);
        return text;
    }
}
