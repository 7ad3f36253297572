package org.incidentatlas.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;

/**
 * Merges claims into incidents: one per (date, type, place) across all articles.
 * <ul>
 *   <li>Each article keeps its own sentences as sources: consecutive claiming sentences form one
 *       excerpt (offsets into the original body), with that excerpt's own killed and injured.</li>
 *   <li>Sources are never averaged: the incident's killed, injured and crowd size are the largest any
 *       source states, and each source keeps its own numbers beside it. A source's crowd is the acting
 *       crowd its sentences state for the event ({@link CrowdSize}); vague counts give none.</li>
 *   <li>A heading or caption alone never makes an incident; it is kept as a source when the
 *       running text of some article makes the same claim.</li>
 *   <li>An incident of a type with retakings is {@code retaken} when every source describes a retaking.</li>
 *   <li>Ids are stable: {@code <date>-<type>-<place name slug>}.</li>
 * </ul>
 */
public final class IncidentMerger {

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern BLANK = Pattern.compile("\\s*");

    private IncidentMerger() {
    }

    /** The order of incidents everywhere they are listed: date, type, place name, place id, precision. */
    public static final Comparator<Incident> ORDER = Comparator.comparing(Incident::date)
            .thenComparing(Incident::type)
            .thenComparing(i -> i.place().name())
            .thenComparing(i -> i.place().id())
            .thenComparing(Incident::precision);

    /**
     * What one key's claims (one day, type and place; {@link EventClaim#key()}) make.
     *
     * @param incident the incident, with the id {@link #withUniqueIds} may still lengthen; empty when
     *                 only headings or captions make the claims
     * @param skipped  those heading or caption claims, when they are all there is
     */
    public record KeyMerge(Optional<CodedIncident> incident, List<SkippedEvent> skipped) {

        public KeyMerge {
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Incidents in {@link #ORDER}. The same two steps run distributed in {@code spark.ExtractJob}: {@link #mergeKey}
     * per key, then {@link #withUniqueIds} per place-name slug.
     *
     * @return the incidents, and the heading or caption claims no report's text confirms
     */
    public static Extraction merge(List<EventClaim> claims) {
        List<SkippedEvent> skipped = new ArrayList<>();
        Map<String, List<EventClaim>> byKey = new LinkedHashMap<>();
        for (EventClaim c : claims) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        List<CodedIncident> merged = new ArrayList<>();
        for (List<EventClaim> group : byKey.values()) {
            KeyMerge m = mergeKey(group);
            skipped.addAll(m.skipped());
            m.incident().ifPresent(merged::add);
        }
        merged.sort(Comparator.comparing(CodedIncident::incident, ORDER));
        List<Incident> named = withUniqueIds(merged.stream().map(CodedIncident::incident).toList());
        List<CodedIncident> incidents = new ArrayList<>();
        for (int k = 0; k < merged.size(); k++) {
            incidents.add(new CodedIncident(named.get(k), merged.get(k).claims()));
        }
        return new Extraction(incidents, skipped, Map.of());
    }

    /**
     * Merges the claims of one key, in any order, into its incident; the claims are taken by article
     * and offset, so the result does not depend on the order they arrive in.
     */
    public static KeyMerge mergeKey(List<EventClaim> group) {
        if (group.stream().allMatch(EventClaim::weak)) {
            List<SkippedEvent> skipped = new ArrayList<>();
            for (EventClaim c : group) {
                skipped.add(new SkippedEvent(c.article().id(), c.start(), c.end(), c.text(),
                        String.join(", ", c.words()), c.type(),
                        "only a heading or photo caption says so: weaker evidence, not confirmed by any report's text"));
            }
            return new KeyMerge(Optional.empty(), skipped);
        }
        List<EventClaim> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing((EventClaim c) -> c.article().id()).thenComparingInt(EventClaim::start));
        return new KeyMerge(Optional.of(new CodedIncident(incident(sorted), sorted)), List.of());
    }

    /**
     * The slug of the incident's place name: incidents of one slug are the ones {@link #withUniqueIds} must
     * see together.
     */
    public static String slugOf(Incident incident) {
        return slug(incident.place().name());
    }

    /**
     * The incidents in {@link #ORDER} with ids told apart: where two places share a name's slug, the first
     * place in that order keeps {@code <date>-<type>-<slug>} and the others add their place id. Only
     * incidents of one {@link #slugOf slug} affect each other, so this may run per slug.
     */
    public static List<Incident> withUniqueIds(List<Incident> incidents) {
        List<Incident> sorted = new ArrayList<>(incidents);
        sorted.sort(ORDER);
        Map<String, String> slugOwners = new HashMap<>();
        List<Incident> named = new ArrayList<>();
        for (Incident i : sorted) {
            String slug = slugOf(i);
            String owner = slugOwners.putIfAbsent(slug, i.place().id());
            if (owner == null || owner.equals(i.place().id())) {
                named.add(i);
            } else {
                // two places of one name: the id tells them apart
                named.add(new Incident(i.id() + "-" + slug(i.place().id()), i.date(), i.type(), i.place(), i.precision(),
                        i.actors(), i.targets(), i.killed(), i.injured(), i.crowd(), i.retaken(), i.sources()));
            }
        }
        return named;
    }

    private static Incident incident(List<EventClaim> claims) {
        EventClaim first = claims.get(0);
        Place place = first.place();
        // Near a city (a village the gazetteer lacks) is another incident than in it, with its own id.
        String id = first.date() + "-" + first.type().code() + "-" + slug(place.name())
                + (first.precision() == Precision.NEAR ? "-near" : "");
        List<String> actors = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (EventClaim c : claims) {
            c.actors().stream().filter(a -> !actors.contains(a)).forEach(actors::add);
            c.targets().stream().filter(t -> !targets.contains(t)).forEach(targets::add);
        }
        if (targets.size() > 1) {
            targets.remove("building"); // "the building" says nothing the specific targets do not
        }
        List<Source> sources = sources(claims);
        Integer killed = max(sources.stream().map(Source::killed).toList());
        Integer injured = max(sources.stream().map(Source::injured).toList());
        Integer crowd = max(sources.stream().map(Source::crowd).toList());
        boolean retaken = first.type().hasVariant(IncidentType.Variant.RETAKEN)
                && claims.stream().filter(c -> !c.weak()).allMatch(EventClaim::retaken);
        return new Incident(id, first.date(), first.type(), place, first.precision(), actors, targets,
                killed, injured, crowd, retaken, sources);
    }

    /** One source per run of consecutive sentences of one article (only white space between them in the body). */
    private static List<Source> sources(List<EventClaim> claims) {
        List<Source> sources = new ArrayList<>();
        List<EventClaim> run = new ArrayList<>();
        for (EventClaim c : claims) {
            if (!run.isEmpty()) {
                EventClaim last = run.get(run.size() - 1);
                boolean sameArticle = last.article().id().equals(c.article().id());
                boolean adjacent = sameArticle && (c.sentence() == last.sentence() || c.sentence() == last.sentence() + 1
                        && c.start() >= last.end()
                        && BLANK.matcher(c.article().body().substring(last.end(), c.start())).matches());
                if (!adjacent) {
                    sources.add(source(run));
                    run.clear();
                }
            }
            run.add(c);
        }
        if (!run.isEmpty()) {
            sources.add(source(run));
        }
        return sources;
    }

    private static Source source(List<EventClaim> run) {
        EventClaim first = run.get(0);
        int start = first.start();
        int end = run.stream().mapToInt(EventClaim::end).max().orElse(first.end());
        List<Highlight> highlights = new ArrayList<>();
        for (EventClaim c : run) {
            c.highlights().stream().filter(h -> !highlights.contains(h)).forEach(highlights::add);
        }
        highlights.sort(Comparator.comparingInt(Highlight::start));
        return new Source(first.article().id(), first.article().outlet(), first.article().published(),
                first.article().body().substring(start, end), start, end,
                max(run.stream().map(EventClaim::killed).toList()), max(run.stream().map(EventClaim::injured).toList()),
                max(run.stream().map(EventClaim::crowd).toList()),
                highlights);
    }

    private static Integer max(List<Integer> values) {
        return values.stream().filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    static String slug(String text) {
        String s = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '-') {
            b--;
        }
        return s.substring(a, b);
    }
}
