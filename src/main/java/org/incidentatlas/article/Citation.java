package org.incidentatlas.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.incidentatlas.model.Article;
import org.incidentatlas.model.Source;

/**
 * A quoted excerpt with where it comes from, for pasting into notes or a paper:
 * {@code "…the crowd stormed the building…" (Fox News, 21 March 2005, "Kyrgyz protesters seize…", https://…)}.
 */
public final class Citation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Citation() {
    }

    /**
     * @param quote   the words quoted: the excerpt or the part of it the user selected
     * @param article the report, when it could be read; null leaves out its title and address
     */
    public static String of(String quote, Source source, Article article) {
        List<String> parts = new ArrayList<>();
        String outlet = article != null && !article.outlet().isEmpty() ? article.outlet() : source.outlet();
        if (!outlet.isEmpty()) {
            parts.add(outlet);
        }
        LocalDate published = article != null && article.published() != null ? article.published() : source.published();
        if (published != null) {
            parts.add(DAY.format(published));
        }
        if (article != null && !article.title().isEmpty()) {
            parts.add("\u201c" + article.title() + "\u201d");
        }
        if (article != null && !article.url().isEmpty()) {
            parts.add(article.url());
        }
        String quoted = "\u201c" + quote.strip().replaceAll("\\s+", " ") + "\u201d";
        return parts.isEmpty() ? quoted : quoted + " (" + String.join(", ", parts) + ")";
    }
}
