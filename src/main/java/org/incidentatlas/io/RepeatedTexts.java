package org.incidentatlas.io;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One text node per distinct value of each member whose values repeat from feature to feature (a date,
 * a type, a place's id and name, an outlet), found from the parser's own characters: a repeated value
 * costs no String and no node, and the rules work out what it means (a date, a code, a place) once per
 * node rather than once per feature, through {@link Text#derived}. A large file names a few thousand
 * dates and places against a million features, so most of its text values are found here.
 * Used by the one thread that parses a file; each member's values have a table of their own, which
 * stops growing at {@link #MAX_PER_MEMBER} values (a member whose values do not repeat then costs a
 * lookup and no more memory).
 */
final class RepeatedTexts {

    /** The most distinct values kept per member; further ones are made as usual, each its own node. */
    static final int MAX_PER_MEMBER = 8192;

    /** Per member (its key, {@code 0..}): its table, made when its first value is read. */
    private Table[] tables = new Table[16];

    /** The node for the string value the parser is on, of the member with this key. */
    Text node(int member, JsonParser parser) throws IOException {
        // Characters first: the parser then decodes into its buffer and makes no String.
        char[] chars = parser.getTextCharacters();
        return node(member, chars, parser.getTextOffset(), parser.getTextLength());
    }

    /** The node for {@code chars[from, from + length)} as a value of the member with this key. */
    Text node(int member, char[] chars, int from, int length) {
        if (member >= tables.length) {
            tables = Arrays.copyOf(tables, Math.max(member + 1, 2 * tables.length));
        }
        Table table = tables[member];
        if (table == null) {
            table = new Table();
            tables[member] = table;
        }
        return table.node(chars, from, length);
    }

    /**
     * A member's text value, shared by every feature that states it, with what the rules made of it.
     * The parsing thread makes it; {@link #derived} is written and read by the thread that checks the
     * rules only (it receives the node through the hand-over's queue, after it was made).
     */
    static final class Text extends TextNode {
        private static final long serialVersionUID = 1L;

        private final char[] chars;
        /** What the rules made of this text the first time they read it (a date, a code, a place...), or null. */
        transient Object derived;

        Text(char[] chars) {
            super(new String(chars));
            this.chars = chars;
        }

        boolean is(char[] other, int from, int length) {
            return Arrays.equals(chars, 0, chars.length, other, from, from + length);
        }
    }

    /**
     * One member's values: open addressing by the characters' hash (kept beside the nodes, so that a probe
     * reads one array), the last value asked tried first.
     */
    private static final class Table {
        private Text[] slots = new Text[64];
        private int[] hashes = new int[64];
        private int size;
        /** The value found last: a file lists an article's incidents one after another. */
        private Text last;

        Text node(char[] chars, int from, int length) {
            if (last != null && last.is(chars, from, length)) {
                return last;
            }
            int hash = hash(chars, from, length);
            int mask = slots.length - 1;
            int i = mix(hash) & mask;
            for (Text text = slots[i]; text != null; text = slots[i]) {
                if (hashes[i] == hash && text.is(chars, from, length)) {
                    last = text;
                    return text;
                }
                i = (i + 1) & mask;
            }
            Text made = new Text(Arrays.copyOfRange(chars, from, from + length));
            if (size < MAX_PER_MEMBER) {
                slots[i] = made;
                hashes[i] = hash;
                size++;
                if (2 * size > slots.length) {
                    grow();
                }
            }
            last = made;
            return made;
        }

        private void grow() {
            Text[] oldSlots = slots;
            int[] oldHashes = hashes;
            slots = new Text[2 * oldSlots.length];
            hashes = new int[slots.length];
            int mask = slots.length - 1;
            for (int k = 0; k < oldSlots.length; k++) {
                if (oldSlots[k] != null) {
                    int i = mix(oldHashes[k]) & mask;
                    while (slots[i] != null) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = oldSlots[k];
                    hashes[i] = oldHashes[k];
                }
            }
        }

        /** As String's hash of the same characters. */
        private static int hash(char[] chars, int from, int length) {
            int hash = 0;
            for (int k = from; k < from + length; k++) {
                hash = 31 * hash + chars[k];
            }
            return hash;
        }

        /** Spreads the hash's high bits into the low ones that pick a slot (dates differ in their last characters). */
        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
