package org.incidentatlas.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The files the command line asks the viewer to open: the command line fills it and the window
 * reads it, so neither depends on the other.
 *
 * @param basemap   the user's own MBTiles base map, if any
 * @param incidents incidents to show instead of the bundled ones (any format {@link IncidentFormats} reads), if any
 */
public record ViewerFiles(Optional<Path> basemap, Optional<Path> incidents) {

    public ViewerFiles {
        basemap = basemap == null ? Optional.empty() : basemap;
        incidents = incidents == null ? Optional.empty() : incidents;
    }

    /** No file: the drawn map and the bundled incidents. */
    public static ViewerFiles none() {
        return new ViewerFiles(Optional.empty(), Optional.empty());
    }
}
