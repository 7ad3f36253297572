package org.incidentatlas.io;

/** Incident GeoJSON that does not follow the contract; the message names the source and the feature. */
public class GeoJsonFormatException extends IncidentFormatException {

    private static final long serialVersionUID = 1L;

    public GeoJsonFormatException(String message) {
        super(message);
    }

    public GeoJsonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
