package org.incidentatlas.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.incidentatlas.article.ArticleSource;
import org.incidentatlas.extract.ClaimProvenance;
import org.incidentatlas.extract.EventExtractor;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.Geocoder;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;

/**
 * What the panel and the search read besides the incidents, each loaded once and off the JavaFX
 * thread: reports (title, address, text), the gazetteer's geocoder, and the extractor's reasoning
 * for a claim. Results complete on the background thread; callers hop back with Platform.runLater.
 */
final class ReportLookup {

    private final ArticleSource articles;
    private final Executor background;
    private final Map<String, CompletableFuture<Article>> articleById = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Geocoder> geocoder;
    private volatile CompletableFuture<ClaimProvenance> provenance;

    ReportLookup(ArticleSource articles, Executor background) {
        this.articles = articles;
        this.background = background;
    }

    Executor background() {
        return background;
    }

    CompletableFuture<Article> article(String id) {
        return articleById.computeIfAbsent(id, key -> CompletableFuture.supplyAsync(() -> {
            try {
                return articles.load(key);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, background));
    }

    /**
     * Reads many reports in one background task rather than one task each (a large incident file
     * cites thousands); reports that cannot be read are left out.
     */
    CompletableFuture<List<Article>> articles(List<String> ids) {
        return CompletableFuture.supplyAsync(() -> {
            List<Article> read = new java.util.ArrayList<>();
            for (String id : ids) {
                CompletableFuture<Article> known = articleById.get(id);
                try {
                    Article article = known != null ? known.join() : articles.load(id);
                    articleById.putIfAbsent(id, CompletableFuture.completedFuture(article));
                    read.add(article);
                } catch (Exception e) {
                    // A report missing from the bundle is simply not searched.
                }
            }
            return read;
        }, background);
    }

    synchronized CompletableFuture<Geocoder> geocoder() {
        if (geocoder == null) {
            geocoder = CompletableFuture.supplyAsync(() -> new Geocoder(Gazetteer.bundled()), background);
        }
        return geocoder;
    }

    /** The "Place: …" and "Date: …" lines of a source's claim (empty when they cannot be worked out). */
    CompletableFuture<List<String>> reasons(Incident incident, Source source) {
        CompletableFuture<ClaimProvenance> explainer;
        synchronized (this) {
            if (provenance == null) {
                provenance = geocoder().thenApply(g -> new ClaimProvenance(new EventExtractor(g)));
            }
            explainer = provenance;
        }
        return explainer.thenCombineAsync(article(source.article()), (p, article) -> p.explain(article, incident, source), background);
    }
}
