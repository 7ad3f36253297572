package org.incidentatlas.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.InputFiles;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;

/**
 * Hand-coded truth, article by article. Two formats are read, told apart by their keys:
 * <ul>
 *   <li><b>corpus</b> ({@code articles}, {@code places}): per article {@code must} and {@code may} lists of
 *       {@code [date or A..B, place, type]}, coordinates per place name;</li>
 *   <li><b>seeds</b> ({@code incidents}): each incident {@code {date, type, place, evidence:[{article}]}}
 *       is a must item of every article of its evidence; articles named only in {@code notCoded} have
 *       no must item; articles in name order. Places get their coordinates from the gazetteer by name.</li>
 * </ul>
 *
 * @param format   {@code corpus} or {@code seeds}
 * @param articles by article id, in the file's order
 */
public record GoldStandard(String format, Map<String, ArticleGold> articles) {

    public static final String CORPUS = "corpus";
    public static final String SEEDS = "seeds";

    public GoldStandard {
        Objects.requireNonNull(format, "format");
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
    }

    /**
     * Reads a gold file.
     *
     * @param places finds a place by name, for gold places without coordinates (the bundled gazetteer's geocoder)
     * @throws GoldFormatException naming the file and what is wrong with it
     */
    public static GoldStandard read(Path file, Function<String, Optional<Place>> places) throws GoldFormatException {
        String label = Printable.strip(file.toString());
        // Checked first (a FIFO or device is never opened, the size is bounded) and decoded as every text file is.
        try (Reader in = InputFiles.openText(file, InputFiles.Kind.GOLD)) {
            return parse(label, new ObjectMapper().readTree(in), places);
        } catch (FileProblemException e) {
            throw new GoldFormatException(label, e.reason());
        } catch (JsonProcessingException e) {
            throw notJson(label, e);
        } catch (IOException e) {
            throw new GoldFormatException(label, "cannot be read (" + InputFiles.reason(e) + ")");
        }
    }

    /** Reads gold from a stream; {@code label} names it in messages. */
    public static GoldStandard parse(String label, InputStream in, Function<String, Optional<Place>> places)
            throws GoldFormatException, IOException {
        try {
            return parse(label, new ObjectMapper().readTree(in), places);
        } catch (JsonProcessingException e) {
            throw notJson(label, e);
        }
    }

    private static GoldFormatException notJson(String label, JsonProcessingException e) {
        String problem = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll("\\s*\\(start marker.*", "");
        return new GoldFormatException(label, "is not valid JSON (" + Printable.strip(problem)
                + (e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr()
                + " column " + e.getLocation().getColumnNr()) + ")");
    }

    private static GoldStandard parse(String label, JsonNode root, Function<String, Optional<Place>> places)
            throws GoldFormatException {
        if (root == null || !root.isObject()) {
            throw new GoldFormatException(label, "is not a JSON object");
        }
        Parser parser = new Parser(label, places);
        if (root.has("articles")) {
            return parser.corpus(root);
        }
        if (root.has("incidents")) {
            return parser.seeds(root);
        }
        throw new GoldFormatException(label, "has neither 'articles' (corpus gold) nor 'incidents' (seeds gold)");
    }

    /** Must items of every article, in order. */
    public List<GoldItem> allMust() {
        List<GoldItem> all = new ArrayList<>();
        articles.values().forEach(a -> all.addAll(a.must()));
        return all;
    }

    private static final class Parser {
        private final String label;
        private final Function<String, Optional<Place>> places;
        private final Map<String, Coordinates> resolved = new LinkedHashMap<>();

        Parser(String label, Function<String, Optional<Place>> places) {
            this.label = label;
            this.places = places;
        }

        GoldStandard corpus(JsonNode root) throws GoldFormatException {
            JsonNode placesNode = root.path("places");
            if (!placesNode.isMissingNode() && !placesNode.isObject()) {
                throw new GoldFormatException(label, "'places' is not an object of name: [lat, lon]");
            }
            for (Map.Entry<String, JsonNode> p : iterable(placesNode)) {
                JsonNode v = p.getValue();
                if (!v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
                    throw new GoldFormatException(label, "place '" + p.getKey() + "' is not [latitude, longitude]");
                }
                try {
                    resolved.put(p.getKey(), new Coordinates(v.get(0).asDouble(), v.get(1).asDouble()));
                } catch (IllegalArgumentException e) {
                    throw new GoldFormatException(label, "place '" + p.getKey() + "': " + e.getMessage());
                }
            }
            JsonNode articlesNode = root.get("articles");
            if (!articlesNode.isObject()) {
                throw new GoldFormatException(label, "'articles' is not an object of article id: {must, may}");
            }
            Map<String, ArticleGold> articles = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> a : iterable(articlesNode)) {
                String id = a.getKey();
                JsonNode node = a.getValue();
                if (!node.isObject()) {
                    throw new GoldFormatException(label, "article '" + id + "' is not an object with 'must' and 'may'");
                }
                List<GoldItem> must = items(id, "must", node.path("must"));
                List<GoldItem> may = items(id, "may", node.path("may"));
                List<String> why = new ArrayList<>();
                node.path("why").forEach(w -> why.add(w.asText()));
                articles.put(id, new ArticleGold(id, withWhy(must, why, 0), withWhy(may, why, must.size())));
            }
            return new GoldStandard(CORPUS, articles);
        }

        private List<GoldItem> items(String article, String list, JsonNode node) throws GoldFormatException {
            List<GoldItem> items = new ArrayList<>();
            if (node.isMissingNode() || node.isNull()) {
                return items;
            }
            String where = "article '" + article + "', " + list;
            if (!node.isArray()) {
                throw new GoldFormatException(label, where + " is not a list");
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String at = where + " item " + (i + 1);
                if (!item.isArray() || item.size() != 3) {
                    throw new GoldFormatException(label, at + " is not [date, place, type]");
                }
                items.add(item(at, item.get(0).asText(), item.get(1).asText(), item.get(2).asText()));
            }
            return items;
        }

        private static List<GoldItem> withWhy(List<GoldItem> items, List<String> why, int offset) {
            List<GoldItem> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                GoldItem g = items.get(i);
                String w = offset + i < why.size() ? why.get(offset + i) : "";
                out.add(new GoldItem(g.dates(), g.place(), g.type(), g.point(), w));
            }
            return out;
        }

        GoldStandard seeds(JsonNode root) throws GoldFormatException {
            JsonNode incidents = root.get("incidents");
            if (!incidents.isArray()) {
                throw new GoldFormatException(label, "'incidents' is not a list");
            }
            Map<String, List<GoldItem>> must = new LinkedHashMap<>();
            for (int i = 0; i < incidents.size(); i++) {
                JsonNode inc = incidents.get(i);
                String at = "incident " + (i + 1);
                if (!inc.isObject() || !inc.path("date").isTextual() || !inc.path("type").isTextual()
                        || !inc.path("place").isTextual() || !inc.path("evidence").isArray()) {
                    throw new GoldFormatException(label, at + " lacks date, type, place or evidence");
                }
                GoldItem item = item(at, inc.get("date").asText(), inc.get("place").asText(), inc.get("type").asText());
                String why = inc.path("reasoning").asText("");
                for (JsonNode e : inc.get("evidence")) {
                    String article = e.path("article").asText("");
                    if (article.isEmpty()) {
                        throw new GoldFormatException(label, at + " has evidence without an 'article'");
                    }
                    must.computeIfAbsent(article, k -> new ArrayList<>())
                            .add(new GoldItem(item.dates(), item.place(), item.type(), item.point(),
                                    "'" + e.path("quote").asText("") + "'" + (why.isEmpty() ? "" : " - " + why)));
                }
            }
            for (JsonNode n : root.path("notCoded")) {
                String article = n.path("article").asText("");
                if (!article.isEmpty()) {
                    must.computeIfAbsent(article, k -> new ArrayList<>());
                }
            }
            Map<String, ArticleGold> articles = new LinkedHashMap<>();
            new TreeMap<>(must).forEach((id, items) -> articles.put(id, new ArticleGold(id, items, List.of())));
            return new GoldStandard(SEEDS, articles);
        }

        private GoldItem item(String at, String date, String place, String type) throws GoldFormatException {
            DateRange dates;
            try {
                dates = DateRange.parse(date);
            } catch (IllegalArgumentException e) {
                throw new GoldFormatException(label, at + ": " + e.getMessage());
            }
            IncidentType t;
            try {
                t = IncidentType.fromCode(type);
            } catch (IllegalArgumentException e) {
                throw new GoldFormatException(label, at + ": '" + type + "' is not a type (seizure, clash, protest, attack)");
            }
            if (place.isBlank()) {
                throw new GoldFormatException(label, at + " has no place");
            }
            return new GoldItem(dates, place.strip(), t, point(place.strip()), "");
        }

        private Coordinates point(String place) {
            return resolved.computeIfAbsent(place, name -> places.apply(name)
                    .map(p -> new Coordinates(p.lat(), p.lon())).orElse(null));
        }

        private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
            return node::fields;
        }
    }
}
