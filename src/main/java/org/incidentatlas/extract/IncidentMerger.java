package org.incidentatlas.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 *   <li>A seizure is {@code retaken} when every source describes a retaking.</li>
 *   <li>Ids are stable: {@code <date>-<type>-<place name slug>}.</li>
 * </ul>
 */
public final class IncidentMerger {

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern BLANK = Pattern.compile("\\s*");

    private IncidentMerger() {
    }

    /**
     * Incidents in order of date, type and place name.
     *
     * @return the incidents, and the heading or caption claims no report's text confirms
     */
    public static Extraction merge(List<EventClaim> claims) {
        List<SkippedEvent> skipped = new ArrayList<>();
        Map<String, List<EventClaim>> byKey = new LinkedHashMap<>();
        for (EventClaim c : claims) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        List<List<EventClaim>> groups = new ArrayList<>();
        for (List<EventClaim> group : byKey.values()) {
            if (group.stream().allMatch(EventClaim::weak)) {
                for (EventClaim c : group) {
                    skipped.add(new SkippedEvent(c.article().id(), c.start(), c.end(), c.text(),
                            String.join(", ", c.words()), c.type(),
                            "only a heading or photo caption says so: weaker evidence, not confirmed by any report's text"));
                }
                continue;
            }
            List<EventClaim> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparing((EventClaim c) -> c.article().id()).thenComparingInt(EventClaim::start));
            groups.add(sorted);
        }
        groups.sort(Comparator.comparing((List<EventClaim> g) -> g.get(0).date())
                .thenComparing(g -> g.get(0).type())
                .thenComparing(g -> g.get(0).place().name())
                .thenComparing(g -> g.get(0).place().id())
                .thenComparing(g -> g.get(0).precision()));
        Map<String, String> slugOwners = new HashMap<>();
        List<CodedIncident> incidents = new ArrayList<>();
        for (List<EventClaim> g : groups) {
            incidents.add(new CodedIncident(incident(g, slugOwners), g));
        }
        return new Extraction(incidents, skipped, Map.of());
    }

    private static Incident incident(List<EventClaim> claims, Map<String, String> slugOwners) {
        EventClaim first = claims.get(0);
        Place place = first.place();
        String slug = slug(place.name());
        String owner = slugOwners.putIfAbsent(slug, place.id());
        if (owner != null && !owner.equals(place.id())) {
            slug = slug + "-" + slug(place.id()); // two places of one name: the id tells them apart
        }
        // Near a city (a village the gazetteer lacks) is another incident than in it, with its own id.
        String id = first.date() + "-" + first.type().code() + "-" + slug
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
        boolean retaken = first.type() == IncidentType.SEIZURE
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
