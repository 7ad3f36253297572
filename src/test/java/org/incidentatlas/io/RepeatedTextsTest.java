package org.incidentatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One node per distinct text of a member, found from characters anywhere in a buffer. */
class RepeatedTextsTest {

    private static RepeatedTexts.Text node(RepeatedTexts texts, int member, String text, int at) {
        char[] buffer = new char[at + text.length() + 3];
        java.util.Arrays.fill(buffer, 'x');
        text.getChars(0, text.length(), buffer, at);
        return texts.node(member, buffer, at, text.length());
    }

    @Test
    void theSameCharactersOfAMemberGiveTheSameNodeWhereverTheyLieInTheBuffer() {
        RepeatedTexts texts = new RepeatedTexts();
        RepeatedTexts.Text first = node(texts, 0, "2010-05-14", 0);
        node(texts, 0, "2010-05-15", 4);
        assertSame(first, node(texts, 0, "2010-05-14", 7));
        assertEquals("2010-05-14", first.asText());
        assertEquals("2010-05-15", node(texts, 0, "2010-05-15", 2).asText());
    }

    @Test
    void textsThatDifferOnlyInLengthOrLastCharacterAreApart() {
        RepeatedTexts texts = new RepeatedTexts();
        List<String> values = List.of("Osh", "Osh ", "Os", "Osi", "", "Place 1", "Place 10", "Place 100");
        List<RepeatedTexts.Text> nodes = new ArrayList<>();
        for (String value : values) {
            nodes.add(node(texts, 0, value, 1));
        }
        for (int i = 0; i < values.size(); i++) {
            assertEquals(values.get(i), nodes.get(i).asText());
            assertSame(nodes.get(i), node(texts, 0, values.get(i), 0), values.get(i));
        }
    }

    @Test
    void eachMemberHasItsOwnNodesSoWhatTheRulesKeepBesideOneNeverMeetsTheOther() {
        RepeatedTexts texts = new RepeatedTexts();
        RepeatedTexts.Text placeKind = node(texts, 0, "city", 0);
        placeKind.derived = "a place kind";
        RepeatedTexts.Text precision = node(texts, 1, "city", 0);
        assertNotSame(placeKind, precision);
        assertNull(precision.derived);
        assertSame(placeKind, node(texts, 0, "city", 3));
    }

    @Test
    void pastTheBoundEveryValueIsStillReadRightAndTheFirstOnesStayShared() {
        RepeatedTexts texts = new RepeatedTexts();
        int count = RepeatedTexts.MAX_PER_MEMBER + 500;
        List<RepeatedTexts.Text> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(node(texts, 2, "article-" + i, 0));
        }
        for (int i = 0; i < count; i++) {
            RepeatedTexts.Text again = node(texts, 2, "article-" + i, 1);
            assertEquals("article-" + i, again.asText());
            if (i < RepeatedTexts.MAX_PER_MEMBER) {
                assertSame(nodes.get(i), again, "value " + i);
            }
        }
        // A value asked twice in a row is the same node, kept or not.
        RepeatedTexts.Text late = node(texts, 2, "late", 0);
        assertSame(late, node(texts, 2, "late", 5));
    }
}
