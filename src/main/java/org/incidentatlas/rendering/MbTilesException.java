package org.incidentatlas.rendering;

import java.nio.file.Path;

/** A user-supplied MBTiles base map that cannot be used; the message names the file and the problem. */
public final class MbTilesException extends Exception {

    private final transient Path file;

    public MbTilesException(Path file, String problem, Throwable cause) {
        super("Cannot use base map " + file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
