package org.incidentatlas.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation shared by the gazetteer builder, the name index and the text scanner, so
 * that "Jalal-Abad", "Jalal'abad", "Jalal Abad", "JALALABAD" and "Džalal-Abad" all meet as
 * {@code jalalabad}, and Kyrgyz "Чүй" meets Russian "Чуй".
 */
public final class Names {

    /** Returned by {@link #fold(char)} for characters that join the parts of a name: skipped, not compared. */
    public static final char SKIP = '\u0000';
    /** Returned by {@link #fold(char)} for characters that can never be part of a name. */
    public static final char STOP = '\uFFFF';

    private static final int TABLE_SIZE = 0x0530;
    /** Folded form of every Latin and Cyrillic character; computed once because the scanner looks it up per character. */
    private static final char[] FOLDED = buildTable();
    /** {@link Character#isLetterOrDigit} of the same characters, looked up for the same reason. */
    private static final boolean[] WORD_CHARS = buildWordChars();

    private Names() {
    }

    /**
     * The comparison form of one character: a lower-case letter without diacritics, {@link #SKIP} for
     * hyphens, apostrophes, dots and spaces (which vary between spellings of one name), or {@link #STOP}.
     */
    public static char fold(char c) {
        if (c < TABLE_SIZE) {
            return FOLDED[c];
        }
        switch (c) {
            case '\u2010', '\u2011', '\u2018', '\u2019', '\u02BC', '\u02BB', '\u2032', '\u00A0', '\u202F', '\u2009' -> {
                return SKIP;
            }
            default -> {
                return STOP;
            }
        }
    }

    /** The comparison form of a whole name: its folded letters and digits, separators dropped. */
    public static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char f = fold(name.charAt(i));
            if (f != SKIP && f != STOP) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** True for characters that continue a word (so a name cannot start or end next to them). */
    public static boolean isWordChar(char c) {
        return c < TABLE_SIZE ? WORD_CHARS[c] : Character.isLetterOrDigit(c);
    }

    /** True for apostrophes of any typography: ' ’ ‘ ʼ ʻ ` ´. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '`' || c == '\u00B4';
    }

    /** True for hyphens that join compound words (not dashes between clauses). */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** True if the name is written in Cyrillic (judged by its first letter). */
    /** How many letters a name has when all of them are capitals (US, KG-J); -1 when any is lower case. */
    public static int capitalLetters(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return -1;
                }
                letters++;
            }
        }
        return letters;
    }

    public static boolean isCyrillic(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
            }
        }
        return false;
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = foldSlowly(c);
        }
        return table;
    }

    private static boolean[] buildWordChars() {
        boolean[] table = new boolean[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = Character.isLetterOrDigit(c);
        }
        return table;
    }

    private static char foldSlowly(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '.' || isHyphen(c) || isApostrophe(c)
                || c == '\u00A0' || c == '\u02BC' || c == '\u02BB') {
            return SKIP;
        }
        if (Character.isDigit(c)) {
            return c;
        }
        if (!Character.isLetter(c)) {
            return STOP;
        }
        // Letters of Kyrgyz, Kazakh and Uzbek Cyrillic fold to their nearest Russian letter, as transliterations do.
        switch (c) {
            case 'ё', 'Ё' -> {
                return 'е';
            }
            case 'ү', 'Ү', 'ұ', 'Ұ', 'ў', 'Ў' -> {
                return 'у';
            }
            case 'ө', 'Ө' -> {
                return 'о';
            }
            case 'ң', 'Ң' -> {
                return 'н';
            }
            case 'қ', 'Қ' -> {
                return 'к';
            }
            case 'ғ', 'Ғ' -> {
                return 'г';
            }
            case 'ә', 'Ә' -> {
                return 'а';
            }
            case 'һ', 'Һ', 'ҳ', 'Ҳ' -> {
                return 'х';
            }
            case 'і', 'І' -> {
                return 'и';
            }
            case 'ı' -> {
                return 'i';
            }
            case 'ł', 'Ł' -> {
                return 'l';
            }
            case 'ß' -> {
                return 's';
            }
            case 'ø', 'Ø' -> {
                return 'o';
            }
            case 'đ', 'Đ' -> {
                return 'd';
            }
            default -> {
                // fall through to the general rule
            }
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (!Character.isLetter(base)) {
            return STOP;
        }
        return String.valueOf(base).toLowerCase(Locale.ROOT).charAt(0);
    }
}
