package org.incidentatlas.io;

/**
 * Makes text safe to echo on a terminal: control and format characters (escape sequences,
 * carriage returns, bidi overrides) that a file name, a header value or a command-line argument
 * may carry are replaced by '?', so a message can never move the cursor, recolour the terminal or
 * reorder what the user reads. Line feeds and tabs are kept only where {@link #stripKeepingLines}
 * is asked for.
 */
public final class Printable {

    private Printable() {
    }

    /** One line: every control or format character becomes '?'. */
    public static String strip(String text) {
        return strip(text, false);
    }

    /** Several lines: as {@link #strip(String)} but line feeds and tabs stay. */
    public static String stripKeepingLines(String text) {
        return strip(text, true);
    }

    private static String strip(String text, boolean keepLines) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = isUnsafe(c) && !(keepLines && (c == '\n' || c == '\t'));
            if (bad && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(bad ? '?' : c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isUnsafe(char c) {
        int type = Character.getType(c);
        // FORMAT covers the bidi overrides (U+202E) and zero-width characters; U+00AD, the soft hyphen,
        // is FORMAT too but harmless on a terminal.
        return type == Character.CONTROL || (type == Character.FORMAT && c != '\u00AD')
                || c == '\u2028' || c == '\u2029';
    }
}
