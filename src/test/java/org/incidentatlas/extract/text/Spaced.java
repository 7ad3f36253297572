package org.incidentatlas.extract.text;

/**
 * Test sentences with the white space written out: "{nl}" is a line break and "{tab}" a tab, so a
 * table row can show a rule reading a phrase split across lines.
 */
public final class Spaced {

    private Spaced() {
    }

    public static String text(String written) {
        return written.replace("{nl}", "\n").replace("{tab}", "\t");
    }
}
