package org.incidentatlas.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.incidentatlas.model.IncidentType;

/**
 * A trigger rule of a {@link Lexicon}: a token pattern over lemmas that reports an incident.
 *
 * <p>Pattern syntax, elements separated by spaces:
 * <ul>
 *   <li>{@code word} or {@code (word|word)}: a token whose lower-cased form, a regular base of
 *       it ("looted" -> "loot", see {@link Inflections}) or the base of an irregular verb form
 *       ("took" -> "take", {@link IrregularVerbs}) is one of the words; a declared past form
 *       ("fought") matches that form only;</li>
 *   <li>{@code word/V}: and its part of speech is a verb (or ADJ, which the model gives some
 *       participles); {@code /N} noun (NOUN, PROPN), {@code /A} adjective, or any UPOS name
 *       ({@code /ADP});</li>
 *   <li>{@code word?}: optional; {@code *3}: up to three tokens of anything;</li>
 *   <li>{@code !word} or {@code !(word|word)}: the next token is not one of these (or there is none);</li>
 *   <li>{@code >word} or {@code >(word|word)}: the next token is one of these, not part of the match;</li>
 *   <li>{@code <word} or {@code <(word|word)}, only first: the token just before the match is one of
 *       these ("was" in "was taken by"); it is context, not part of the match;</li>
 *   <li>{@code @name}: a word element whose words are the lexicon's set {@code name}
 *       ({@code @forces}, {@code @forces?}, {@code @occupiers/N}).</li>
 * </ul>
 * The first element after any {@code <} element must be a plain, required word element: it is
 * what the matcher indexes.
 *
 * @param name     e.g. "seizure: stormed"
 * @param type     the kind of incident
 * @param retaken  true for a retaking ("regained control of")
 * @param pattern  the pattern as declared
 */
public record LexiconRule(String name, IncidentType type, boolean retaken, String pattern, List<Element> elements) {

    public LexiconRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pattern, "pattern");
        elements = List.copyOf(elements);
        int first = firstWordIndex(elements);
        if (first >= elements.size() || elements.get(first).kind() != Kind.WORD || elements.get(first).optional()) {
            throw new IllegalArgumentException("rule \"" + name + "\": the pattern must start with a required word: " + pattern);
        }
        for (int i = first + 1; i < elements.size(); i++) {
            if (elements.get(i).kind() == Kind.BEFORE) {
                throw new IllegalArgumentException("rule \"" + name + "\": a < element may only come first: " + pattern);
            }
        }
    }

    /** A rule from its declared pattern, with no named sets. */
    public static LexiconRule of(String name, IncidentType type, boolean retaken, String pattern) {
        return of(name, type, retaken, pattern, Map.of());
    }

    /** A rule from its declared pattern; {@code @name} elements take their words from {@code sets}. */
    public static LexiconRule of(String name, IncidentType type, boolean retaken, String pattern,
                                 Map<String, Set<String>> sets) {
        return new LexiconRule(name, type, retaken, pattern, parse(name, pattern, sets));
    }

    /** The words the first indexed element accepts: the keys under which the matcher files this rule. */
    public Set<String> firstWords() {
        return elements.get(firstWordIndex()).words();
    }

    /** The index of the element the matcher indexes: the first after any {@code <} element. */
    public int firstWordIndex() {
        return firstWordIndex(elements);
    }

    private static int firstWordIndex(List<Element> elements) {
        int i = 0;
        while (i < elements.size() && elements.get(i).kind() == Kind.BEFORE) {
            i++;
        }
        return i;
    }

    /** What an element is. */
    public enum Kind { WORD, GAP, NOT, AHEAD, BEFORE }

    /**
     * One element of a pattern.
     *
     * @param words    accepted words (WORD, NOT)
     * @param tags     accepted UPOS tags, empty for any (WORD)
     * @param optional the element may be absent (WORD)
     * @param max      the longest gap (GAP)
     */
    public record Element(Kind kind, Set<String> words, Set<String> tags, boolean optional, int max) {

        public Element {
            words = Set.copyOf(words);
            tags = Set.copyOf(tags);
        }

        boolean acceptsTag(String tag) {
            return tags.isEmpty() || tags.contains(tag);
        }
    }

    private static List<Element> parse(String name, String pattern, Map<String, Set<String>> sets) {
        List<Element> elements = new ArrayList<>();
        for (String part : pattern.trim().split("\\s+")) {
            try {
                elements.add(element(part, sets));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("rule \"" + name + "\": bad element \"" + part + "\" in " + pattern, e);
            }
        }
        return elements;
    }

    private static Element element(String part, Map<String, Set<String>> sets) {
        if (part.startsWith("*")) {
            return new Element(Kind.GAP, Set.of(), Set.of(), false, Integer.parseInt(part.substring(1)));
        }
        if (part.startsWith("!")) {
            return new Element(Kind.NOT, words(part.substring(1), sets), Set.of(), false, 0);
        }
        if (part.startsWith(">")) {
            return new Element(Kind.AHEAD, words(part.substring(1), sets), Set.of(), false, 0);
        }
        if (part.startsWith("<")) {
            return new Element(Kind.BEFORE, words(part.substring(1), sets), Set.of(), false, 0);
        }
        boolean optional = part.endsWith("?");
        String body = optional ? part.substring(0, part.length() - 1) : part;
        Set<String> tags = Set.of();
        int slash = body.lastIndexOf('/');
        if (slash > 0 && slash > body.lastIndexOf(')')) {
            tags = tags(body.substring(slash + 1));
            body = body.substring(0, slash);
        }
        return new Element(Kind.WORD, words(body, sets), tags, optional, 0);
    }

    private static Set<String> words(String alternatives, Map<String, Set<String>> sets) {
        if (alternatives.startsWith("@")) {
            Set<String> set = sets.get(alternatives.substring(1));
            if (set == null || set.isEmpty()) {
                throw new IllegalArgumentException("no set named " + alternatives);
            }
            return set;
        }
        String s = alternatives;
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        Set<String> words = new java.util.LinkedHashSet<>();
        for (String w : s.split("\\|")) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Set<String> tags(String code) {
        return switch (code) {
            // The UD-EWT model tags participles and rarer verbs as adjectives now and then ("were
            // retaken/ADJ", "moved to regain/ADJ"): what /V must keep out is the noun ("the storm").
            case "V" -> Set.of("VERB", "AUX", "ADJ");
            case "N" -> Set.of("NOUN", "PROPN");
            case "A" -> Set.of("ADJ");
            default -> Set.of(code.toUpperCase(Locale.ROOT));
        };
    }
}
