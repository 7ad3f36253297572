package org.incidentatlas.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.incidentatlas.model.IncidentType;

/**
 * Trigger rules declared once, as data: each has a name, an incident type, a retaken flag and a
 * token pattern over lemmas ({@link LexiconRule}). The English rules are the resource
 * {@value #ENGLISH}; anything that speeds matching up is derived from the rules by
 * {@link LexiconMatcher}, never declared beside them.
 *
 * <pre>
 * {"rules": [
 *   {"name": "seizure: seized", "type": "seizure", "retaken": false, "pattern": "seize/V"},
 *   {"name": "retaking: regained control", "type": "seizure", "retaken": true,
 *    "pattern": "(regain|restore)/V (full|complete)? control (of|over)"}
 * ]}
 * </pre>
 */
public record Lexicon(List<LexiconRule> rules) {

    /** The English rules, a classpath resource. */
    public static final String ENGLISH = "/org/incidentatlas/extract/nlp/lexicon-en.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public Lexicon {
        rules = List.copyOf(rules);
    }

    /** The English rules, read from {@value #ENGLISH}. */
    public static Lexicon english() {
        try (InputStream in = Lexicon.class.getResourceAsStream(ENGLISH)) {
            if (in == null) {
                throw new IllegalStateException(ENGLISH + " is not on the classpath");
            }
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ENGLISH + ": " + e.getMessage(), e);
        }
    }

    /** Rules from JSON text in the format above. */
    public static Lexicon parse(String json) {
        try {
            return parse(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("bad lexicon JSON: " + e.getMessage(), e);
        }
    }

    private static Lexicon parse(JsonNode root) {
        JsonNode list = root.path("rules");
        if (!list.isArray()) {
            throw new IllegalArgumentException("a lexicon is an object with an array \"rules\"");
        }
        Map<String, Set<String>> sets = new HashMap<>();
        root.path("sets").fields().forEachRemaining(e -> {
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                throw new IllegalArgumentException("lexicon set \"" + e.getKey() + "\" must be a non-empty array of words");
            }
            Set<String> words = new LinkedHashSet<>();
            e.getValue().forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
            sets.put(e.getKey(), Set.copyOf(words));
        });
        List<LexiconRule> rules = new ArrayList<>();
        for (JsonNode r : list) {
            String name = required(r, "name");
            IncidentType type = IncidentType.fromCode(required(r, "type"));
            boolean retaken = r.path("retaken").asBoolean(false);
            if (retaken && !type.hasVariant(IncidentType.Variant.RETAKEN)) {
                throw new IllegalArgumentException("lexicon rule \"" + name + "\": a " + type.code()
                        + " has no retaken variant in the catalogue (IncidentType)");
            }
            rules.add(LexiconRule.of(name, type, retaken, required(r, "pattern"), sets));
        }
        return new Lexicon(rules);
    }

    private static String required(JsonNode rule, String field) {
        JsonNode value = rule.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("a lexicon rule needs a text \"" + field + "\": " + rule);
        }
        return value.asText();
    }
}
