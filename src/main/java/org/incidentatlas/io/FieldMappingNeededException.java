package org.incidentatlas.io;

import java.util.List;

/**
 * A GeoJSON of points whose date or type property has no common name: the caller names them
 * ({@link FieldMapping}); {@link #properties()} lists what the first feature offers.
 */
public final class FieldMappingNeededException extends IncidentFormatException {

    private static final long serialVersionUID = 1L;

    private final List<String> properties;

    public FieldMappingNeededException(String message, List<String> properties) {
        super(message);
        this.properties = List.copyOf(properties);
    }

    public List<String> properties() {
        return properties;
    }
}
