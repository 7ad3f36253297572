package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.incidentatlas.io.InputFiles;
import org.incidentatlas.article.ArticleFormatException;
import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Article;

/** The article files the commands read: the {@code .txt} files of folders (in name order) and the files named. */
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
        List<Path> files = new ArrayList<>();
        int missing = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    // Not only regular files: a FIFO or device named .txt is listed so that the reader names it.
                    list.filter(f -> f.getFileName().toString().endsWith(".txt") && !Files.isDirectory(f))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(command + ": " + Printable.strip(input.toString()) + ": folder cannot be listed ("
                            + InputFiles.reason(e) + ")");
                    missing++;
                }
            } else {
                // The reader checks it (missing, link loop, FIFO, device, size) and says why it is skipped.
                files.add(input);
            }
        }
        return new Listing(files, missing);
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
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        int refused = listing.missing();
        for (Path file : listing.files()) {
            String name = Printable.strip(file.toString());
            try {
                Article a = reader.read(file);
                Path first = ids.putIfAbsent(a.id(), file);
                if (first != null) {
                    // Sources name their article by file name: two files of one name would be one article.
                    err.println(command + ": " + name + ": has the same name as " + Printable.strip(first.toString())
                            + " (article ids are file names); rename one. It was not extracted");
                    refused++;
                } else if (a.published() == null) {
                    err.println(command + ": " + name + ": has no 'published' date in its header;"
                            + " relative dates cannot be resolved, so it was not extracted");
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
