package org.incidentatlas.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.incidentatlas.gazetteer.PlaceFinder;

/**
 * The names extraction met but could not place: in the sentences of event words left out for want of
 * a place, the capitalised names written where a place is ("in Jylkeldi", "the village of Kara-Suu")
 * that the gazetteer does not know. A user who adds them as places (a GeoNames file, a CSV) and
 * extracts again gets those events.
 */
public final class UnplacedNames {

    private static final String NAME = "(\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*(?:\\s\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*){0,2})";
    private static final Pattern WHERE = Pattern.compile("(?U)\\b(?:in|at|near|outside|into|to|from|of)\\s+"
            + "(?:the\\s+(?:village|town|city|settlement|district|region|neighbou?rhood)\\s+of\\s+)?" + NAME);
    /** Capitalised words that follow "in" and are not places: dates, and words a sentence starts with. */
    private static final Set<String> NOT_PLACES = Stream.concat(Stream.concat(
            Stream.of(Month.values()).map(m -> m.name()), Stream.of(DayOfWeek.values()).map(d -> d.name())),
            Stream.of("THE", "A", "AN", "THIS", "THAT", "HIS", "HER", "THEIR", "ITS", "OUR", "MR", "MRS", "MS",
                    "PARLIAMENT", "GOVERNMENT", "POLICE", "PRESIDENT", "INTERIOR", "MINISTRY"))
            .collect(Collectors.toUnmodifiableSet());

    private UnplacedNames() {
    }

    /** A sentence that names {@code name} where a place is, and the article it is in. */
    public record Mention(String article, String sentence) {
    }

    /** A name not placed, with every sentence it was met in, in the order met. */
    public record Unplaced(String name, List<Mention> mentions) {

        public Unplaced {
            mentions = List.copyOf(mentions);
        }
    }

    /** The unplaced names of an extraction's left-out events, most often met first. */
    public static List<Unplaced> of(List<SkippedEvent> skipped, PlaceFinder places) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (SkippedEvent event : skipped) {
            if (!event.reason().contains("no place") && !event.reason().contains("not in the gazetteer")) {
                continue;
            }
            Matcher m = WHERE.matcher(event.text());
            while (m.find()) {
                String name = trimmed(m.group(1));
                if (name.isEmpty() || !places.find(name).isEmpty()) {
                    continue;
                }
                List<Mention> mentions = byName.computeIfAbsent(name, n -> new ArrayList<>());
                Mention mention = new Mention(event.article(), event.text().strip());
                if (!mentions.contains(mention)) {
                    mentions.add(mention);
                }
            }
        }
        List<Unplaced> found = new ArrayList<>();
        byName.forEach((name, mentions) -> found.add(new Unplaced(name, mentions)));
        found.sort(java.util.Comparator.comparingInt((Unplaced u) -> -u.mentions().size()));
        return List.copyOf(found);
    }

    /** The name without the words of {@link #NOT_PLACES} it may begin with; empty when nothing else is left. */
    private static String trimmed(String name) {
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length && NOT_PLACES.contains(words[first].replaceAll("[’']s$", "").toUpperCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }
}
