package org.incidentatlas.io;

/**
 * An incident file (GeoJSON, CSV, KML) that does not follow its format; the message names the file
 * and where in it (feature, line, column) the problem is.
 */
public class IncidentFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public IncidentFormatException(String message) {
        super(message);
    }

    public IncidentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
