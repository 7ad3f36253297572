package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be read or written, with the reason in words a user can act on
 * ("is a FIFO, not a regular file", "permission denied", "no space left on device").
 * The message is "FILE: REASON"; {@link #reason()} is the reason alone.
 */
public final class FileProblemException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public FileProblemException(Path file, String reason) {
        this(file, reason, null);
    }

    public FileProblemException(Path file, String reason, Throwable cause) {
        super(Printable.strip(String.valueOf(file)) + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
