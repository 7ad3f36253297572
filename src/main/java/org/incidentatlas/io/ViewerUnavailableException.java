package org.incidentatlas.io;

/**
 * The window cannot open here, for a reason the user can act on (no graphical display); the
 * message is the one line the command line prints, and the exit code says nothing was done.
 */
public final class ViewerUnavailableException extends RuntimeException {

    public ViewerUnavailableException(String message) {
        super(message);
    }
}
