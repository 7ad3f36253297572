package org.incidentatlas.ui;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.article.ArticleSource;
import org.incidentatlas.article.ClasspathArticleSource;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.io.IncidentSource;

/**
 * What the window depends on, passed in so tests can swap the incident file and the preference node.
 *
 * @param background runs loading work off the JavaFX thread
 * @param environment the process environment (the SYSTEM theme reads it)
 */
public record ViewerServices(IncidentSource incidents, ArticleSource articles, ViewerPreferences preferences,
                             Executor background, Map<String, String> environment) {

    public ViewerServices {
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(background, "background");
        environment = Map.copyOf(environment);
    }

    /** The app as shipped: bundled incidents and articles, the user's preferences. */
    public static ViewerServices bundled() {
        return withIncidents(new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED));
    }

    public static ViewerServices withIncidents(IncidentSource incidents) {
        return new ViewerServices(incidents,
                new ClasspathArticleSource(ClasspathArticleSource.BUNDLED, new ArticleReader()),
                ViewerPreferences.fromSystemProperty(), BACKGROUND, System.getenv());
    }

    /**
     * Daemon threads kept for a while once idle: work handed over from the JavaFX thread (a filter's timeline drawing,
     * the legend's entries) reuses one instead of starting a thread, whose start cost the JavaFX thread milliseconds each time.
     */
    private static final Executor BACKGROUND = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "incident-atlas-loader");
        thread.setDaemon(true);
        return thread;
    });
}
