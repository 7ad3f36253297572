package org.incidentatlas.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.regex.Pattern;

import org.incidentatlas.model.Article;

/** Articles bundled in the jar under a folder, one {@code <id>.txt} each, e.g. {@code /data/articles/}. */
public final class ClasspathArticleSource implements ArticleSource {

    public static final String BUNDLED = "/data/articles/";

    /** Ids are file names; anything else (a path, "..") is refused before it reaches the class loader. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");

    private final String folder;
    private final ArticleReader reader;

    public ClasspathArticleSource(String folder, ArticleReader reader) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public Article load(String id) throws ArticleFormatException {
        String resource = folder + id + ".txt";
        if (!ID.matcher(id).matches() || id.contains("..")) {
            throw new ArticleFormatException(resource, "is not a valid article id");
        }
        try (InputStream in = ClasspathArticleSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ArticleFormatException(resource, "is not bundled with the app");
            }
            return reader.read(id, resource, in);
        } catch (IOException e) {
            throw new ArticleFormatException(resource, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
