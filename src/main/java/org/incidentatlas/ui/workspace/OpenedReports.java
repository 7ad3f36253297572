package org.incidentatlas.ui.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.incidentatlas.article.ArticleFormatException;
import org.incidentatlas.article.ArticleSource;
import org.incidentatlas.article.ReportReader;
import org.incidentatlas.model.Article;

/**
 * "Show article" for the reports the user opened: an id names the report file it was read from (and
 * the date the user confirmed for it); other ids are the bundled articles.
 */
final class OpenedReports implements ArticleSource {

    private final ArticleSource bundled;
    private final Map<String, Article> opened = new ConcurrentHashMap<>();
    private final ReportReader reader = new ReportReader();
    private final Map<String, Path> files = new ConcurrentHashMap<>();

    OpenedReports(ArticleSource bundled) {
        this.bundled = bundled;
    }

    void opened(ReportReader.Report report) {
        files.put(report.article().id(), report.file());
        opened.put(report.article().id(), report.article());
    }

    void clear() {
        files.clear();
        opened.clear();
    }

    @Override
    public Article load(String id) throws ArticleFormatException {
        Path file = files.get(id);
        if (file == null) {
            return bundled.load(id);
        }
        // Read again: the file may have been edited since; the confirmed date stays.
        Article fresh = reader.read(file).article();
        Article known = opened.get(id);
        return fresh.published() != null || known == null ? fresh
                : new Article(fresh.id(), fresh.title(), fresh.outlet(), known.published(), fresh.dateline(), fresh.url(), fresh.body());
    }
}
