package org.incidentatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.article.ArticleFormatException;
import org.incidentatlas.article.ReportReader;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Article;

/**
 * The report files the commands read: the reports (text, HTML, Markdown: {@link ReportReader}) of folders, in name
 * order, and the files named.
 */
final class ArticleFiles {

    /**
     * @param files   the files found
     * @param missing inputs that do not exist or cannot be listed (each reported on stderr)
     */
    record Listing(List<Path> files, int missing) {
    }

    private ArticleFiles() {
    }

    /** Lists the inputs; missing ones are reported on {@code err} as {@code command: input: reason}. */
    static Listing list(List<Path> inputs, String command, PrintWriter err) {
        List<ArticleFormatException> unlisted = new ArrayList<>();
        List<Path> files = ReportReader.list(inputs, unlisted);
        unlisted.forEach(e -> err.println(command + ": " + e.getMessage()));
        return new Listing(files, unlisted.size());
    }

    /**
     * The articles extraction can use, read from the inputs: every refused input (missing, unreadable,
     * a second file of one name, no publication date) is reported on {@code err} in one line.
     *
     * @param articles the articles, in input order
     * @param files    each article's file, by article id
     * @param refused  how many inputs were refused
     */
    record Read(List<Article> articles, Map<String, Path> files, int refused) {
    }

    /** Lists and reads the inputs the way every command that extracts does. */
    static Read read(List<Path> inputs, String command, PrintWriter err) {
        Listing listing = list(inputs, command, err);
        ReportReader reader = new ReportReader();
        List<Article> articles = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        int refused = listing.missing();
        for (Path file : listing.files()) {
            String name = Printable.strip(file.toString());
            try {
                ReportReader.Report report = reader.read(file);
                Article a = report.article();
                Path first = ids.putIfAbsent(a.id(), file);
                if (first != null) {
                    // Sources name their article by file name: two files of one name would be one article.
                    err.println(command + ": " + name + ": has the same name as " + Printable.strip(first.toString())
                            + " (article ids are file names); rename one. It was not extracted");
                    refused++;
                } else if (a.published() == null) {
                    err.println(command + ": " + name + ": has no 'published' date in its header;"
                            + " relative dates cannot be resolved, so it was not extracted"
                            + report.dates().stream().findFirst().map(d -> " (" + d.foundIn() + " suggests " + d.date()
                                    + "; write 'published: " + d.date() + "' in a header to use it)").orElse(""));
                    ids.remove(a.id());
                    refused++;
                } else {
                    articles.add(a);
                }
            } catch (ArticleFormatException e) {
                err.println(command + ": " + e.getMessage());
                refused++;
            }
        }
        return new Read(articles, ids, refused);
    }
}
