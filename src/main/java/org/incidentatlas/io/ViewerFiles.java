package org.incidentatlas.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The files the command line asks the viewer to open: the command line fills it and the window
 * reads it, so neither depends on the other.
 *
 * @param basemap   the user's own MBTiles base map, if any
 * @param incidents incidents to show instead of the bundled ones (any format {@link IncidentFormats} reads), if any
 * @param reports   report files or folders to open into the workspace and extract ({@code --reports})
 */
public record ViewerFiles(Optional<Path> basemap, Optional<Path> incidents, java.util.List<Path> reports) {

    public ViewerFiles {
        basemap = basemap == null ? Optional.empty() : basemap;
        incidents = incidents == null ? Optional.empty() : incidents;
        reports = reports == null ? java.util.List.of() : java.util.List.copyOf(reports);
    }

    public ViewerFiles(Optional<Path> basemap, Optional<Path> incidents) {
        this(basemap, incidents, java.util.List.of());
    }

    /** No file: the drawn map and the bundled incidents. */
    public static ViewerFiles none() {
        return new ViewerFiles(Optional.empty(), Optional.empty());
    }
}
