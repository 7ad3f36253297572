package org.incidentatlas.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WordSetTest {

    private final WordSet firstWords = WordSet.of("in", "since", "during", "last", "the");

    @Test
    void aWordInsideATextIsFoundInAnyAsciiCase() {
        String text = "Protesters met IN Osh. Since Monday, During the night; LAST week";
        assertTrue(contains(text, "IN"));
        assertTrue(contains(text, "Since"));
        assertTrue(contains(text, "During"));
        assertTrue(contains(text, "the"));
        assertTrue(contains(text, "LAST"));
    }

    @Test
    void onlyWholeWordsOfTheSetAreFound() {
        // Each longer word begins with a word of the set: "in", "since", "last", "the".
        String text = "inside Osh, sincere thanks, lasting theatre";
        for (String longer : List.of("inside", "sincere", "lasting", "theatre")) {
            int at = text.indexOf(longer);
            String prefix = List.of("in", "since", "last", "the").stream().filter(longer::startsWith).findFirst().orElseThrow();
            assertTrue(firstWords.contains(text, at, at + prefix.length()), prefix + " asked as its own span");
            assertFalse(firstWords.contains(text, at, at + longer.length()), longer + " is no word of the set");
            assertFalse(firstWords.contains(text, at, at + prefix.length() + 1), longer.substring(0, prefix.length() + 1));
            assertFalse(firstWords.contains(text, at, at + prefix.length() - 1), longer.substring(0, prefix.length() - 1));
        }
        assertFalse(firstWords.anyWordIn(text), "no word of the set stands alone in: " + text);
        assertTrue(firstWords.anyWordIn(text + ", the end"));
    }

    @Test
    void aTextHoldsAWordOfTheSetOnlyAsAWholeWord() {
        WordSet numbers = WordSet.of("one", "dozen");
        assertTrue(numbers.anyWordIn("At least ONE person died."));
        assertTrue(numbers.anyWordIn("a dozen"));
        assertTrue(numbers.anyWordIn("one"));
        assertFalse(numbers.anyWordIn("Someone said the dozens of stones were gone."));
        assertFalse(numbers.anyWordIn(""));
    }

    @Test
    void aTextEndsWithAWordOfTheSetBeforeItsTrailingSpace() {
        WordSet leads = WordSet.of("from", "city", "in");
        assertTrue(leads.endsWithWordIn("186 miles south of the city, "));
        assertTrue(leads.endsWithWordIn("Al Jazeera's reporter IN "));
        assertTrue(leads.endsWithWordIn("from\t"));
        assertFalse(leads.endsWithWordIn("reporter in"), "no white space before the place");
        assertFalse(leads.endsWithWordIn("the crowd within "));
        assertFalse(leads.endsWithWordIn("protesters "));
        assertFalse(leads.endsWithWordIn(" "));
    }

    @Test
    void anEmptySetHoldsNothing() {
        assertFalse(WordSet.of().contains("a", 0, 1));
        assertEquals(0, WordSet.of().size());
    }

    @Test
    void manyWordsAreAllFoundAndOthersNot() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("w" + Integer.toString(i, 26).replace('0', 'q'));
        }
        WordSet set = WordSet.of(words);
        assertEquals(500, set.size());
        for (String w : words) {
            String upper = w.toUpperCase();
            assertTrue(set.contains(upper, 0, upper.length()), w);
            assertFalse(set.contains(w + "x", 0, w.length() + 1), w + "x");
        }
    }

    @Test
    void wordsMustBeLowerCaseAscii() {
        assertThrows(IllegalArgumentException.class, () -> WordSet.of("Monday"));
        assertThrows(IllegalArgumentException.class, () -> WordSet.of("é"));
        assertThrows(IllegalArgumentException.class, () -> WordSet.of(""));
    }

    private boolean contains(String text, String word) {
        int at = text.indexOf(word);
        return firstWords.contains(text, at, at + word.length());
    }
}
