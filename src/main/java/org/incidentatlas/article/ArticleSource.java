package org.incidentatlas.article;

import org.incidentatlas.model.Article;

/** Finds an article by id; the viewer opens "Show article" through it. */
@FunctionalInterface
public interface ArticleSource {

    /** May block: callers run it off the UI thread. */
    Article load(String id) throws ArticleFormatException;
}
