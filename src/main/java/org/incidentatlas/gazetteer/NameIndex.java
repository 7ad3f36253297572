package org.incidentatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

        private char[] keys = NO_KEYS;
        private Node[] children = NO_CHILDREN;
        /** Best first; empty when no name ends here. */
        private Candidate[] candidates = new Candidate[0];

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

    private final Node root = new Node();
    /** Direct lookup of the first letter: most walks end there. */
    private final Node[] rootTable = new Node[ROOT_TABLE];

    NameIndex(Gazetteer gazetteer) {
        Map<Node, List<Candidate>> pending = new HashMap<>();
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
    }

    /** Short all-capital names (US, USA, U.S.) are abbreviations: they match only when written in capitals. */
    static boolean isAcronym(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 && letters <= 4;
    }

    Node root() {
        return root;
    }

    /** The node after the first letter {@code c} (already folded), or null. */
    Node start(char c) {
        return c < ROOT_TABLE ? rootTable[c] : root.child(c);
    }
}
