package org.incidentatlas.gazetteer;

/** A gazetteer file that cannot be read: the message names the file, the line and the problem. */
public final class GazetteerFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GazetteerFormatException(String message) {
        super(message);
    }

    public GazetteerFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
