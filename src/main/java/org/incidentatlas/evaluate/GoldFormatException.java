package org.incidentatlas.evaluate;

/** A gold file that cannot be read or does not say what gold must say; the message names the file and the problem. */
public final class GoldFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public GoldFormatException(String file, String problem) {
        super(file + ": " + problem);
    }
}
