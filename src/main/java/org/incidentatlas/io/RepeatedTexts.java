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

        /** What the rules made of this text the first time they read it (a date, a code, a place...), or null. */
        transient Object derived;

        Text(String text) {
            super(text);
        }
    }

    /**
     * One member's values: open addressing by the characters' hash. The parsing thread compares characters
     * in arrays of the table's own (a hash, where the text lies in one shared array of characters, its length)
     * and never reads a node: a node per probe would be a cache miss per probe, more than the String it saves.
     */
    private static final class Table {
        private Text[] nodes = new Text[64];
        private int[] hashes = new int[64];
        private int[] starts = new int[64];
        private int[] lengths = new int[64];
        /** Every kept value's characters, one after another. */
        private char[] kept = new char[512];
        private int keptLength;
        private int size;
        /** The slot found last (-1: none): a file lists an article's incidents one after another. */
        private int last = -1;
        /** The value made last when the table was full (null: none), and its characters. */
        private Text unkept;
        private char[] unkeptChars = new char[64];
        private int unkeptLength;

        Text node(char[] chars, int from, int length) {
            if (last >= 0 && is(last, chars, from, length)) {
                return nodes[last];
            }
            if (unkept != null && unkeptLength == length && Arrays.equals(unkeptChars, 0, length, chars, from, from + length)) {
                return unkept;
            }
            int hash = hash(chars, from, length);
            int mask = nodes.length - 1;
            int i = mix(hash) & mask;
            while (nodes[i] != null) {
                if (hashes[i] == hash && is(i, chars, from, length)) {
                    last = i;
                    return nodes[i];
                }
                i = (i + 1) & mask;
            }
            Text made = new Text(new String(chars, from, length));
            if (size < MAX_PER_MEMBER) {
                if (keptLength + length > kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(2 * kept.length, keptLength + length));
                }
                System.arraycopy(chars, from, kept, keptLength, length);
                nodes[i] = made;
                hashes[i] = hash;
                starts[i] = keptLength;
                lengths[i] = length;
                keptLength += length;
                size++;
                last = i;
                if (2 * size > nodes.length) {
                    grow();
                }
            } else {
                last = -1;
                unkept = made;
                if (length > unkeptChars.length) {
                    unkeptChars = new char[length];
                }
                System.arraycopy(chars, from, unkeptChars, 0, length);
                unkeptLength = length;
            }
            return made;
        }

        private boolean is(int slot, char[] chars, int from, int length) {
            return lengths[slot] == length && Arrays.equals(kept, starts[slot], starts[slot] + length, chars, from, from + length);
        }

        private void grow() {
            Text[] oldNodes = nodes;
            int[] oldHashes = hashes;
            int[] oldStarts = starts;
            int[] oldLengths = lengths;
            nodes = new Text[2 * oldNodes.length];
            hashes = new int[nodes.length];
            starts = new int[nodes.length];
            lengths = new int[nodes.length];
            int mask = nodes.length - 1;
            last = -1;
            for (int k = 0; k < oldNodes.length; k++) {
                if (oldNodes[k] != null) {
                    int i = mix(oldHashes[k]) & mask;
                    while (nodes[i] != null) {
                        i = (i + 1) & mask;
                    }
                    nodes[i] = oldNodes[k];
                    hashes[i] = oldHashes[k];
                    starts[i] = oldStarts[k];
                    lengths[i] = oldLengths[k];
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
