package org.incidentatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.incidentatlas.model.Place;

/**
 * A trie over the normalised forms of every gazetteer name ({@link Names#normalise}). The scanner
 * walks it character by character from each word start, so the whole text is read in one pass
 * whatever the number of names.
 */
final class NameIndex {

    /** One way a node's name can be read: which place, under which written name. */
    record Candidate(Place place, String writtenName, int length, boolean acronym, boolean needsContext) {
    }

    static final class Node {
        private static final char[] NO_KEYS = {};
        private static final Node[] NO_CHILDREN = {};
        private static final long[] NO_LETTER_SETS = {};
        private static final long[][] NO_LENGTHS = {};

        private char[] keys = NO_KEYS;
        private Node[] children = NO_CHILDREN;
        /** Best first; empty when no name ends here. */
        private Candidate[] candidates = new Candidate[0];
        /** Bit r set: a name ends r letters below this node (bit 0: here); see {@link #endDepths()}. */
        private long endDepths;
        /** On first-letter nodes only: by length, the distinct letter sets of the names below. */
        private long[][] letterSetsByLength = NO_LENGTHS;

        Node child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        int childCount() {
            return keys.length;
        }

        char key(int i) {
            return keys[i];
        }

        Node childAt(int i) {
            return children[i];
        }

        Candidate[] candidates() {
            return candidates;
        }

        boolean isTerminal() {
            return candidates.length > 0;
        }

        /**
         * Bit r is set if a name ends r letters below this node, so a search can drop a branch whose
         * names cannot end where the text allows. All bits are set when the index holds names longer
         * than {@link #MAX_MASKED_DEPTH} letters (no pruning then).
         */
        long endDepths() {
            return endDepths;
        }

        /**
         * The distinct {@linkplain NameIndex#letterBit letter sets} of the names of {@code length}
         * letters that start with this node's letter; empty below the first letter.
         */
        long[] letterSets(int length) {
            return length < letterSetsByLength.length ? letterSetsByLength[length] : NO_LETTER_SETS;
        }

        private Node addChild(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            Node node = new Node();
            keys = Arrays.copyOf(keys, keys.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            children[children.length - 1] = node;
            return node;
        }
    }

    /** Among places of one name: Kyrgyz first, then the more populous, then settlements before regions and countries. */
    static final Comparator<Candidate> RANK = Comparator
            .comparing((Candidate c) -> !"KG".equals(c.place().countryCode()))
            .thenComparing(c -> -c.place().population())
            .thenComparing(c -> c.place().kind().ordinal())
            .thenComparing(c -> c.place().id());

    private static final int ROOT_TABLE = 0x0530;
    /**
     * Longest name whose end depths fit {@link Node#endDepths()}, with room to spare: a search keeps
     * the ends of one letter more than the longest name in a long and shifts it by one.
     */
    static final int MAX_MASKED_DEPTH = 60;

    private final Node root = new Node();
    /** Direct lookup of the first letter: most walks end there. */
    private final Node[] rootTable = new Node[ROOT_TABLE];
    /** Letters of the longest name. */
    private final int maxDepth;

    NameIndex(Gazetteer gazetteer) {
        Map<Node, List<Candidate>> pending = new HashMap<>();
        int longest = 0;
        for (GazetteerEntry entry : gazetteer.entries()) {
            Place place = entry.place();
            List<String> names = new ArrayList<>();
            names.add(place.name());
            names.addAll(place.alternateNames());
            for (String name : names) {
                String key = Names.normalise(name);
                if (key.isEmpty()) {
                    continue;
                }
                longest = Math.max(longest, key.length());
                Node node = root;
                for (int i = 0; i < key.length(); i++) {
                    node = node.addChild(key.charAt(i));
                }
                List<Candidate> list = pending.computeIfAbsent(node, n -> new ArrayList<>());
                boolean acronym = isAcronym(name);
                boolean known = list.stream().anyMatch(c -> c.place().id().equals(place.id()) && c.acronym() == acronym);
                if (!known) {
                    list.add(new Candidate(place, name, key.length(), acronym, entry.needsContext()));
                }
            }
        }
        pending.forEach((node, list) -> {
            list.sort(RANK);
            node.candidates = list.toArray(new Candidate[0]);
        });
        for (int i = 0; i < root.childCount(); i++) {
            char c = root.key(i);
            if (c < ROOT_TABLE) {
                rootTable[c] = root.childAt(i);
            }
        }
        maxDepth = longest;
        fillEndDepths(root, longest <= MAX_MASKED_DEPTH);
        // A misspelt word is compared with the names of its first letter (never misspelt) and its length.
        for (int i = 0; i < root.childCount(); i++) {
            Node first = root.childAt(i);
            List<Set<Long>> byLength = new ArrayList<>();
            collectLetterSets(first, 1, letterBit(root.key(i)), byLength);
            first.letterSetsByLength = byLength.stream()
                    .map(sets -> sets.stream().mapToLong(Long::longValue).toArray())
                    .toArray(long[][]::new);
        }
    }

    /**
     * Adds, by length, the letter sets of the names at and below {@code node}, a prefix of
     * {@code depth} letters whose letter set is {@code letters}.
     */
    private static void collectLetterSets(Node node, int depth, long letters, List<Set<Long>> byLength) {
        if (node.isTerminal()) {
            while (byLength.size() <= depth) {
                byLength.add(new LinkedHashSet<>());
            }
            byLength.get(depth).add(letters);
        }
        for (int i = 0; i < node.childCount(); i++) {
            collectLetterSets(node.childAt(i), depth + 1, letters | letterBit(node.key(i)), byLength);
        }
    }

    /**
     * A letter's bit in a letter set. Letters alike in their low six bits share a bit, which only
     * makes sets look more alike: a test that two words cannot be one letter apart stays sound.
     */
    static long letterBit(char c) {
        return 1L << (c & 63);
    }

    /** Fills the end depths of {@code node} and below, returns the node's; all bits when not {@code exact}. */
    private static long fillEndDepths(Node node, boolean exact) {
        long depths = node.isTerminal() ? 1L : 0L;
        for (Node child : node.children) {
            depths |= fillEndDepths(child, exact) << 1;
        }
        node.endDepths = exact ? depths : -1L;
        return node.endDepths;
    }

    /** Short all-capital names (US, USA, U.S.) are abbreviations: they match only when written in capitals. */
    static boolean isAcronym(String name) {
        int letters = Names.capitalLetters(name);
        return letters >= 2 && letters <= 4;
    }

    Node root() {
        return root;
    }

    /** Letters of the longest name. */
    int maxDepth() {
        return maxDepth;
    }

    /** The node after the first letter {@code c} (already folded), or null. */
    Node start(char c) {
        return c < ROOT_TABLE ? rootTable[c] : root.child(c);
    }
}
