package org.incidentatlas.article;

/** A file that cannot be read as an article; the message names the file and the problem. */
public class ArticleFormatException extends Exception {

    private final String file;
    private final String reason;

    public ArticleFormatException(String file, String reason) {
        super(org.incidentatlas.io.Printable.strip(file) + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
