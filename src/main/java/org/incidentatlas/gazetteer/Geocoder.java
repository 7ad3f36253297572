package org.incidentatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.incidentatlas.gazetteer.NameIndex.Candidate;
import org.incidentatlas.gazetteer.NameIndex.Node;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * Finds the places a text names, in one pass over the text: from each word start it walks a trie
 * of normalised names (so spelling variants cost nothing), keeps the longest name that ends at a
 * word boundary ("Osh region" beats "Osh"; "Oshkosh" is no "Osh"), and falls back to names one
 * letter away for capitalised words of five letters or more that are not ordinary English words
 * ("Jala-Abad", but never "Talks" for Talas).
 */
public final class Geocoder implements PlaceFinder {

    /** Names of at least this many letters may be matched with one wrong, missing or extra letter. */
    static final int FUZZY_MIN_LETTERS = 5;
    /**
     * Shorter misspelt names are one letter from many surnames (Kulov/Kŭlob, Osmon/Ösgön): in running
     * text they are taken only with place context ("in Batkn").
     */
    static final int FUZZY_WITHOUT_CONTEXT_LETTERS = 7;
    /** Russian and Kyrgyz surname endings: "Kulov", "Bakiyeva", "Kurmanbek uulu" are people, however close to a place. */
    private static final Pattern SURNAME_ENDING = Pattern.compile("(?i).*(ov|ev|ova|eva|in|ina|uulu|kyzy)$");

    /** Words before a name that make it a place: "in Kant", "near Alga". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "near", "from", "to", "into", "toward", "towards", "outside", "around", "via", "through",
            "across", "inside", "reached", "entered",
            "в", "во", "из", "под", "около", "возле", "город", "города", "село", "села", "поселок", "посёлок");
    /** "town of Kant", "outskirts of Alga". */
    private static final Set<String> PLACE_NOUNS_BEFORE_OF = Set.of(
            "town", "city", "village", "district", "region", "province", "settlement", "outskirts", "suburbs",
            "centre", "center");
    /** "Kant district", "Talas airport". */
    private static final Set<String> PLACE_NOUNS_AFTER = Set.of(
            "region", "oblast", "province", "district", "raion", "rayon", "city", "town", "village", "airport",
            "область", "район", "облусу");

    /** "the Naryn river", "the Aral Sea", "the Fergana Valley": a natural feature, not the town of that name. */
    private static final Set<String> FEATURE_NOUNS_AFTER = Set.of(
            "river", "sea", "valley", "mountains", "range", "canal", "basin", "gorge", "pass", "glacier", "desert",
            "река", "реки", "долина", "озеро");

    /** "Chui Avenue", "the Osh Bazaar" (in Bishkek): a street or market named after the place, not the place. */
    private static final Set<String> NAMESAKE_NOUNS_AFTER = Set.of(
            "avenue", "street", "prospekt", "prospect", "boulevard", "bazaar", "bazar", "market", "highway", "road",
            "проспект", "улица", "базар", "рынок");

    /** "the region of Osh". */
    private static final Set<String> REGION_NOUNS = Set.of("region", "province", "oblast");
    /** "Osh and Jalal-Abad regions". */
    private static final Set<String> REGION_PLURALS = Set.of("regions", "oblasts", "provinces", "области");
    /** What may stand between the names of a list: commas, "and", "&". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,?\\s*(?:and\\s+|&\\s*|и\\s+)?");

    /** Endings of the Russian cases of a name ending in a consonant (Ош, Бишкек, Баткен, Кыргызстан). */
    private static final Set<String> RUSSIAN_CASE_ENDINGS = Set.of("а", "у", "е", "ом", "ем", "ой");

    private final Gazetteer gazetteer;
    private final NameIndex index;
    /** Whether fuzzy searches are pruned by where names can end: not when names are too long for the bit masks. */
    private final boolean pruneFuzzy;

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.index = new NameIndex(gazetteer);
        this.pruneFuzzy = index.maxDepth() <= NameIndex.MAX_MASKED_DEPTH;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The best place for a name typed by a user ("Jalalabad", "Osh oblast", "Фрунзе"): the whole
     * name should match (case and context do not matter, one letter may be wrong in names of five
     * letters or more); failing that, the place the query starts with ("Osh city", "Osh, Kyrgyzstan").
     */
    public Optional<Place> geocode(String name) {
        String query = stripPossessive(name.strip());
        if (query.isEmpty()) {
            return Optional.empty();
        }
        Match exact = exact(query, 0, Mode.QUERY);
        if (exact != null && exact.candidate != null && exact.end == query.length()) {
            return Optional.of(exact.candidate.place());
        }
        Match fuzzy = fuzzy(query, 0, Mode.QUERY);
        if (fuzzy != null && fuzzy.end == query.length()) {
            return Optional.of(fuzzy.candidate.place());
        }
        // "Osh city", "Osh, Kyrgyzstan": the place the query starts with, read as running text.
        String capitalised = Character.toUpperCase(query.charAt(0)) + query.substring(1);
        List<PlaceMention> mentions = find(capitalised);
        if (!mentions.isEmpty() && mentions.get(0).start() == 0) {
            return Optional.of(mentions.get(0).place());
        }
        return Optional.empty();
    }

    @Override
    public List<PlaceMention> find(String text) {
        List<PlaceMention> mentions = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Names.isWordChar(c)) {
                i++;
                continue;
            }
            Match match = null;
            if (Character.isUpperCase(c) && startsName(text, i)) {
                match = exact(text, i, Mode.TEXT);
                if (match == null) {
                    match = fuzzy(text, i, Mode.TEXT);
                }
            }
            if (match != null && match.candidate != null) {
                Place place = match.candidate.place();
                mentions.add(new PlaceMention(i, match.end, text.substring(i, match.end), place,
                        match.candidate.writtenName(), gazetteer.inMapArea(place)));
                i = match.end;
            } else {
                while (i < n && Names.isWordChar(text.charAt(i))) {
                    i++;
                }
            }
        }
        return pluralRegions(text, mentions);
    }

    /**
     * Names read as their region: "the province of Jalal-Abad"; and lists, "the Osh and Jalal-Abad
     * regions", "Osh, Jalal-Abad and Batken oblasts": every name of such a list is its region, not
     * the city of the same name.
     */
    private List<PlaceMention> pluralRegions(String text, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            PlaceMention m = out.get(i);
            // "the province of Jalal-Abad", "the region of Osh"
            if (m.place().kind() != PlaceKind.REGION && wordBefore(text, m.start()).equals("of")
                    && REGION_NOUNS.contains(wordBefore(text, wordStartBefore(text, m.start())))) {
                int index = i;
                regionNamed(m.surface()).ifPresent(region -> out.set(index, new PlaceMention(m.start(), m.end(),
                        m.surface(), region.place(), region.writtenName(), gazetteer.inMapArea(region.place()))));
            }
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            if (!REGION_PLURALS.contains(wordAfter(text, out.get(i).end()))) {
                continue;
            }
            for (int j = i; j >= 0; j--) {
                if (j < i && !LIST_SEPARATOR.matcher(text.substring(out.get(j).end(), out.get(j + 1).start())).matches()) {
                    break;
                }
                PlaceMention m = out.get(j);
                Optional<Candidate> region = regionNamed(m.surface());
                if (region.isEmpty()) {
                    break;
                }
                Place place = region.get().place();
                out.set(j, new PlaceMention(m.start(), m.end(), m.surface(), place, region.get().writtenName(),
                        gazetteer.inMapArea(place)));
            }
        }
        return out;
    }

    /** The region whose phrase is "{name} Region", if any. */
    private Optional<Candidate> regionNamed(String name) {
        Node node = index.root();
        String key = Names.normalise(name) + "region";
        for (int k = 0; k < key.length() && node != null; k++) {
            node = node.child(key.charAt(k));
        }
        if (node == null) {
            return Optional.empty();
        }
        for (Candidate c : node.candidates()) {
            if (c.place().kind() == PlaceKind.REGION) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private enum Mode {
        /** Running text: names must be capitalised, ambiguous names need context. */
        TEXT,
        /** A name typed as a query: the whole string is the name. */
        QUERY
    }

    /** A name read up to {@code end}; {@code candidate} is null when a name is there but its rules refused it (no fuzzy retry then). */
    private record Match(Candidate candidate, int end) {
    }

    // ---- exact matching -------------------------------------------------------------------------

    private Match exact(String text, int start, Mode mode) {
        int n = text.length();
        Node node = index.start(Names.fold(text.charAt(start)));
        if (node == null) {
            return null;
        }
        // Ends of names passed on the way, longest tried first; most words pass none, so made on the first.
        Node[] nodes = null;
        int[] ends = null;
        int found = 0;
        int j = start + 1;
        while (true) {
            // Only right after a letter: a name never ends on the space or hyphen that follows it.
            if (node.isTerminal()) {
                if (nodes == null) {
                    nodes = new Node[8];
                    ends = new int[8];
                } else if (found == nodes.length) {
                    nodes = Arrays.copyOf(nodes, found * 2);
                    ends = Arrays.copyOf(ends, found * 2);
                }
                nodes[found] = node;
                ends[found] = j;
                found++;
            }
            int t = nextLetter(text, j, false);
            if (t < 0) {
                break;
            }
            node = node.child(Names.fold(text.charAt(t)));
            if (node == null) {
                break;
            }
            j = t + 1;
        }
        Match refused = null;
        for (int k = found - 1; k >= 0; k--) {
            int end = ends[k];
            if (mode == Mode.TEXT && !endsName(text, end)) {
                end = afterRussianCaseEnding(text, end);
                if (end < 0) {
                    continue;
                }
            }
            for (Candidate candidate : nodes[k].candidates()) {
                if (accepts(candidate, text, start, end, mode)) {
                    return new Match(candidate, extendOverFinalDot(candidate, text, end));
                }
            }
            if (refused == null) {
                refused = new Match(null, end);
            }
        }
        return refused;
    }

    private boolean accepts(Candidate candidate, String text, int start, int end, Mode mode) {
        if (mode == Mode.QUERY) {
            return true;
        }
        if (candidate.acronym() && !allCapitals(text, start, end)) {
            return false;
        }
        if (candidate.place().kind() != PlaceKind.REGION && FEATURE_NOUNS_AFTER.contains(wordAfter(text, end))) {
            return false;
        }
        if (NAMESAKE_NOUNS_AFTER.contains(wordDirectlyAfter(text, end))) {
            return false;
        }
        return !candidate.needsContext() || hasPlaceContext(text, start, end);
    }

    /** "U.S." keeps its last dot. */
    private static int extendOverFinalDot(Candidate candidate, String text, int end) {
        if (candidate.writtenName().endsWith(".") && end < text.length() && text.charAt(end) == '.') {
            return end + 1;
        }
        return end;
    }

    // ---- one-letter misspellings ----------------------------------------------------------------

    /**
     * One fuzzy search: the letters a misspelt name may be read from (read once, not at every step
     * of the search), after which of them a name may end, and the best match so far.
     */
    private static final class FuzzySearch {
        /** Text positions of the letters, and their folded forms. */
        final int[] at;
        final char[] letter;
        int letters;
        /** See {@link Geocoder#possibleEnds}; all bits set when the search is not pruned. */
        final long ends;

        Node node;
        int end = -1;
        int distinctNames;

        FuzzySearch(String text, int start, int capacity, long ends) {
            at = new int[capacity];
            letter = new char[capacity];
            this.ends = ends;
            int j = start;
            while (letters < capacity) {
                int t = nextLetter(text, j, true);
                if (t < 0) {
                    break;
                }
                at[letters] = t;
                letter[letters] = Names.fold(text.charAt(t));
                letters++;
                j = t + 1;
            }
        }

        /**
         * False if no name below {@code node} (a name of {@code depth} letters read from the first
         * {@code k} letters) can end after a letter where {@link #ends} allows, so the branch cannot
         * offer a match. Before the edit, the edit to come may end the name a letter earlier or
         * later. Unpruned (every bit set in ends and end depths) it is always true.
         */
        boolean mayEnd(Node node, int k, int depth, boolean beforeEdit) {
            long near = ends >>> (k - 1); // bit r: a name r letters further on would end where one may
            if (beforeEdit) {
                near |= (near >>> 1) | (near << 1);
            }
            long longEnough = depth >= FUZZY_MIN_LETTERS ? -1L : -1L << (FUZZY_MIN_LETTERS - depth);
            return (node.endDepths() & near & longEnough) != 0;
        }

        void offer(Node candidate, int candidateEnd) {
            if (candidateEnd > end) {
                node = candidate;
                end = candidateEnd;
                distinctNames = 1;
            } else if (candidateEnd == end && candidate != node) {
                distinctNames++;
            }
        }
    }

    private Match fuzzy(String text, int start, Mode mode) {
        Node first = index.start(Names.fold(text.charAt(start)));
        if (first == null) {
            return null;
        }
        // The text may have one letter more than the longest name below the first letter.
        int longest = pruneFuzzy ? 64 - Long.numberOfLeadingZeros(first.endDepths()) : index.maxDepth();
        int capacity = Math.max(longest + 1, FUZZY_MIN_LETTERS - 1);
        long ends = pruneFuzzy ? possibleEnds(text, start, first, mode, capacity) : -1L;
        if (ends == 0) {
            return null; // most capitalised words: no name one edit away could end where a name may
        }
        FuzzySearch result = new FuzzySearch(text, start, capacity, ends);
        if (result.letters < FUZZY_MIN_LETTERS - 1) {
            return null; // most capitalised words are short: no name of five letters is one edit away
        }
        search(text, first, 1, result, mode);
        if (result.node == null || result.distinctNames > 1) {
            return null;
        }
        int end = result.end;
        String surface = Names.normalise(text.substring(start, end));
        if (surface.length() < FUZZY_MIN_LETTERS || gazetteer.isOrdinaryWord(surface)) {
            return null;
        }
        if (mode == Mode.TEXT && SURNAME_ENDING.matcher(surface).matches()) {
            return null;
        }
        for (Candidate candidate : result.node.candidates()) {
            if (candidate.length() >= FUZZY_MIN_LETTERS && !candidate.needsContext() && !candidate.acronym()) {
                if (mode == Mode.TEXT && candidate.length() < FUZZY_WITHOUT_CONTEXT_LETTERS
                        && !hasPlaceContext(text, start, end)) {
                    return null;
                }
                return new Match(candidate, end);
            }
        }
        return null;
    }

    /**
     * The letters a fuzzy match could end after, as bits: letter e (of the at most {@code capacity}
     * letters from {@code start}, read as a misspelt name reads them) if the text lets a name end
     * there and some name starting at {@code first} has a length and letter set that could be one
     * edit from the letters up to e. The search offers no other ends.
     */
    private static long possibleEnds(String text, int start, Node first, Mode mode, int capacity) {
        long ends = 0;
        long letterSet = 0;
        int j = start;
        for (int e = 0; e < capacity; e++) {
            int t = nextLetter(text, j, true);
            if (t < 0) {
                break;
            }
            letterSet |= NameIndex.letterBit(Names.fold(text.charAt(t)));
            if (mayEndAt(text, t + 1, mode) && nameWithinOneEdit(first, e + 1, letterSet)) {
                ends |= 1L << e;
            }
            j = t + 1;
        }
        return ends;
    }

    /**
     * False if no name long enough for a fuzzy match, starting at {@code first}, can be one edit from
     * a word of {@code letters} letters with the given letter set: a wrong, missing or extra letter
     * changes the length by at most one and leaves at most one letter on either side unshared.
     */
    private static boolean nameWithinOneEdit(Node first, int letters, long letterSet) {
        for (int length = Math.max(letters - 1, FUZZY_MIN_LETTERS); length <= letters + 1; length++) {
            for (long name : first.letterSets(length)) {
                if (atMostOneBit(name & ~letterSet) && atMostOneBit(letterSet & ~name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean atMostOneBit(long bits) {
        return (bits & (bits - 1)) == 0;
    }

    /**
     * Depth-first search for names within one edit of the letters: a wrong letter, a missing letter
     * or an extra letter, never the first letter and never an extra letter at the end (that is a
     * derived word: "Russian", "Batkens"). {@code node} is the name read so far without an edit, from
     * the first {@code k} letters.
     */
    private void search(String text, Node node, int k, FuzzySearch s, Mode mode) {
        if (!s.mayEnd(node, k, k, true)) {
            return;
        }
        if (k < s.letters) {
            char c = s.letter[k];
            Node same = node.child(c);
            if (same != null) {
                search(text, same, k + 1, s, mode);
            }
            for (int i = 0; i < node.childCount(); i++) {
                if (node.key(i) != c) {
                    afterEdit(text, node.childAt(i), k + 1, k + 1, s, mode); // a wrong letter
                }
            }
            if (k + 1 < s.letters) {
                Node next = node.child(s.letter[k + 1]);
                if (next != null) {
                    afterEdit(text, next, k + 2, k + 1, s, mode); // an extra letter
                }
            }
        }
        for (int i = 0; i < node.childCount(); i++) {
            afterEdit(text, node.childAt(i), k, k + 1, s, mode); // a missing letter
        }
    }

    /**
     * After the edit the name must go on exactly as the text: {@code node} is a name of {@code depth}
     * letters read from the first {@code k}.
     */
    private void afterEdit(String text, Node node, int k, int depth, FuzzySearch s, Mode mode) {
        if (!s.mayEnd(node, k, depth, false)) {
            return;
        }
        while (true) {
            if (node.isTerminal() && depth >= FUZZY_MIN_LETTERS) {
                int end = s.at[k - 1] + 1;
                if (mayEndAt(text, end, mode)) {
                    s.offer(node, end);
                }
            }
            if (k >= s.letters) {
                return;
            }
            node = node.child(s.letter[k]);
            if (node == null) {
                return;
            }
            k++;
            depth++;
        }
    }

    /** True if a name may end at {@code end}: at a word end in text, at the very end of a query. */
    private static boolean mayEndAt(String text, int end, Mode mode) {
        return mode == Mode.QUERY ? end == text.length() : endsName(text, end);
    }

    /**
     * Index of the next letter of a possible name from {@code j}, skipping joiners; -1 if the name
     * cannot go on. A misspelt name goes on over a space only into a capitalised word ("Jala Abad"),
     * so that "Tar was" is never read as "Taras".
     */
    private static int nextLetter(String text, int j, boolean misspelt) {
        // Mostly the next character is a letter: answered in a method small enough for the JIT to inline.
        if (j < text.length()) {
            char f = Names.fold(text.charAt(j));
            if (f != Names.SKIP && f != Names.STOP) {
                return j;
            }
        }
        return nextLetterOverJoiners(text, j, misspelt);
    }

    private static int nextLetterOverJoiners(String text, int j, boolean misspelt) {
        int n = text.length();
        boolean crossedSpace = false;
        while (j < n) {
            char c = text.charAt(j);
            char f = Names.fold(c);
            if (f == Names.STOP) {
                return -1;
            }
            if (f != Names.SKIP) {
                return misspelt && crossedSpace && !Character.isUpperCase(c) ? -1 : j;
            }
            if (!continuesName(text, j)) {
                return -1;
            }
            if (misspelt && !crossedSpace) { // only a misspelt name cares, and the test is costly
                crossedSpace = c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
            }
            j++;
        }
        return -1;
    }

    // ---- boundaries and context -----------------------------------------------------------------

    /**
     * A name may go on over a joiner (space, hyphen, apostrophe, dot) only within a line and not
     * over a sentence end: "Jalal Abad" and "Jalal'abad" are one name, "Osh.\n\nKant" is two words.
     */
    private static boolean continuesName(String text, int j) {
        char c = text.charAt(j);
        if (c == '\n' || c == '\r') {
            return false;
        }
        if (c == '.') {
            // A dot inside an abbreviation (U.S.) joins; a dot followed by a space ends a sentence.
            return j + 1 < text.length() && Names.isWordChar(text.charAt(j + 1));
        }
        return true;
    }

    /**
     * A name starts at a word start: not inside a word ("Oshkosh", "d'Osh") and not as the second
     * half of a capitalised compound ("Uch-Korgon" is not "Korgon"); "pro-Osh" is fine.
     */
    private static boolean startsName(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Names.isWordChar(before)) {
            return false;
        }
        if ((Names.isApostrophe(before) || Names.isHyphen(before)) && i >= 2 && Names.isWordChar(text.charAt(i - 2))) {
            if (Names.isApostrophe(before)) {
                return false;
            }
            int w = i - 2;
            while (w > 0 && Names.isWordChar(text.charAt(w - 1))) {
                w--;
            }
            return !Character.isUpperCase(text.charAt(w));
        }
        return true;
    }

    /**
     * A name ends at a word end; a possessive ("Osh's", "Kyrgyzstan’s") or a lower-case suffix
     * ("Osh-based") may follow, a capitalised compound ("Osh-Kant") may not.
     */
    private static boolean endsName(String text, int end) {
        int n = text.length();
        if (end >= n) {
            return true;
        }
        char after = text.charAt(end);
        if (Names.isWordChar(after)) {
            return false;
        }
        if (Names.isApostrophe(after)) {
            if (end + 1 >= n || !Names.isWordChar(text.charAt(end + 1))) {
                return true;
            }
            char s = text.charAt(end + 1);
            return (s == 's' || s == 'S') && (end + 2 >= n || !Names.isWordChar(text.charAt(end + 2)));
        }
        if (Names.isHyphen(after) && end + 1 < n && Names.isWordChar(text.charAt(end + 1))) {
            return !Character.isUpperCase(text.charAt(end + 1));
        }
        return true;
    }

    /**
     * Russian texts decline names: "в Оше", "из Бишкека", "Джалал-Абаде". Where a Cyrillic name is
     * followed by one of the endings added to consonant-final names, the mention covers the word;
     * returns the end of the word, or -1.
     */
    private static int afterRussianCaseEnding(String text, int end) {
        if (end == 0 || Character.UnicodeBlock.of(text.charAt(end - 1)) != Character.UnicodeBlock.CYRILLIC) {
            return -1;
        }
        int e = end;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String ending = text.substring(end, e).toLowerCase(Locale.ROOT);
        return RUSSIAN_CASE_ENDINGS.contains(ending) && endsName(text, e) ? e : -1;
    }

    private static boolean allCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** "in Kant", "the town of Kant", "Kant district": place-like context around a name that is also a common word. */
    private static boolean hasPlaceContext(String text, int start, int end) {
        String before = wordBefore(text, start);
        if (PLACE_PREPOSITIONS.contains(before)) {
            return true;
        }
        if (before.equals("of")) {
            int ofStart = wordStartBefore(text, start);
            if (PLACE_NOUNS_BEFORE_OF.contains(wordBefore(text, ofStart))) {
                return true;
            }
        }
        return PLACE_NOUNS_AFTER.contains(wordAfter(text, end));
    }

    /** The word just before {@code pos} (only spaces between), lower-cased; "" if none. */
    private static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00A0')) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static int wordStartBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00A0')) {
            e--;
        }
        while (e > 0 && Character.isLetter(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** The word just after {@code pos} (only spaces, or a possessive, between), lower-cased; "" if none. */
    private static String wordAfter(String text, int pos) {
        int n = text.length();
        int s = pos;
        if (s + 1 < n && Names.isApostrophe(text.charAt(s)) && (text.charAt(s + 1) == 's' || text.charAt(s + 1) == 'S')) {
            s += 2;
        }
        while (s < n && (text.charAt(s) == ' ' || text.charAt(s) == '\u00A0')) {
            s++;
        }
        int e = s;
        while (e < n && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** The word just after {@code pos}, only spaces between (not a possessive: "Osh's bazaar" is in Osh). */
    private static String wordDirectlyAfter(String text, int pos) {
        int n = text.length();
        int s = pos;
        while (s < n && (text.charAt(s) == ' ' || text.charAt(s) == '\u00A0')) {
            s++;
        }
        if (s == pos && s < n && Character.isLetter(text.charAt(s))) {
            return ""; // a Russian case ending already consumed, or no space: not a following word
        }
        int e = s;
        while (e < n && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static String stripPossessive(String name) {
        int n = name.length();
        if (n > 2 && (name.charAt(n - 1) == 's' || name.charAt(n - 1) == 'S') && Names.isApostrophe(name.charAt(n - 2))) {
            return name.substring(0, n - 2);
        }
        return name;
    }
}
