package org.incidentatlas.extract.nlp;

/**
 * The copy of a text that the models see: the same length as the original, char for char, so
 * that every offset found in it is the same offset in the original.
 *
 * <ul>
 *   <li>Line breaks, tabs, no-break and other Unicode spaces, zero-width spaces and byte-order
 *       marks become plain spaces. The tokenizer splits at white space only where the model saw
 *       it in training; a no-break space or a zero-width space would otherwise stick two words
 *       together, and "protest\n" must read as "protest".</li>
 *   <li>Curly quotes and apostrophes become straight ones, the form the models mostly saw.</li>
 *   <li>A text written mostly in capitals ("PROTESTERS SEIZED THE BUILDING") is lower-cased but
 *       for its first letter. The tagger and lemmatizer learnt from ordinary text: in capitals every
 *       word looks like a proper noun or an acronym, and "SEIZED" gets no lemma. Lower-casing
 *       with {@link Character#toLowerCase(char)} maps one char to one char (unlike
 *       {@link String#toLowerCase()}, which can lengthen "İ"), so lengths and offsets stay equal.</li>
 * </ul>
 */
final class TaggingText {

    /** At least this many capital letters ... */
    private static final int CAPS_MIN_LETTERS = 6;
    /** ... and at least this share of the cased letters are capitals: the text is in capitals. */
    private static final double CAPS_SHARE = 0.75;

    private TaggingText() {
    }

    /** The copy the tokenizer, tagger and lemmatizer see. */
    static String of(String text) {
        char[] chars = text.toCharArray();
        normaliseSpacesAndQuotes(chars);
        if (mostlyCapitals(chars)) {
            boolean first = true;
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
                    if (!first) {
                        chars[i] = Character.toLowerCase(c);
                    }
                    first = false;
                }
            }
        }
        return new String(chars);
    }

    /** The copy the sentence detector sees: spaces and quotes only, capitals kept (they mark sentence starts). */
    static String spacesAndQuotes(String text) {
        char[] chars = text.toCharArray();
        normaliseSpacesAndQuotes(chars);
        return new String(chars);
    }

    private static void normaliseSpacesAndQuotes(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == ' ') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                chars[i] = ' ';
            } else if (c == '\u2018' || c == '\u2019' || c == '\u201B' || c == '\u2032') {
                chars[i] = '\'';
            } else if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u2033') {
                chars[i] = '"';
            }
        }
    }

    static boolean mostlyCapitals(char[] chars) {
        int upper = 0;
        int lower = 0;
        for (char c : chars) {
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= CAPS_MIN_LETTERS && upper >= CAPS_SHARE * (upper + lower);
    }
}
