package org.incidentatlas.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.extract.date.DateFinder;
import org.incidentatlas.extract.date.DateMention;
import org.incidentatlas.extract.date.DatePrecision;
import org.incidentatlas.extract.date.ResolvedDate;
import org.incidentatlas.extract.number.Casualties;
import org.incidentatlas.extract.nlp.IrregularVerbs;
import org.incidentatlas.extract.number.NumberFinder;
import org.incidentatlas.extract.number.PeopleCount;
import org.incidentatlas.extract.rule.Actors;
import org.incidentatlas.extract.rule.Clauses;
import org.incidentatlas.extract.rule.PlaceRole;
import org.incidentatlas.extract.rule.PlaceRoles;
import org.incidentatlas.extract.rule.RoledPlace;
import org.incidentatlas.extract.rule.Trigger;
import org.incidentatlas.extract.rule.TriggerFinder;
import org.incidentatlas.extract.rule.UnknownPlaces;
import org.incidentatlas.extract.text.CleanText;
import org.incidentatlas.extract.text.DroppedSpan;
import org.incidentatlas.extract.text.Paragraph;
import org.incidentatlas.extract.text.Sentence;
import org.incidentatlas.extract.text.SentenceSplitter;
import org.incidentatlas.extract.text.TextCleaner;
import org.incidentatlas.gazetteer.PlaceFinder;
import org.incidentatlas.gazetteer.PlaceMention;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.PlaceKind;

/**
 * The extraction pipeline: clean text → sentences → mentions (places, dates, numbers) →
 * event words → a place and a date for each → claims, merged into incidents.
 *
 * <p>Place: the places the event's clause (else sentence) names as where it happened; a
 * sentence naming none continues the story of the sentences before it (when that story has
 * exactly one place), failing that the dateline. Date: the date expression bound to the event
 * words in their clause, else the story's date, else publication. Only exact days become incidents.
 */
public final class EventExtractor {

    /** "MOSCOW, March 21 --", "OSH, Kyrgyzstan (AP) —": where the report was filed. */
    private static final Pattern BODY_DATELINE = Pattern.compile(
            "^\\s*([A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,2})(?:,\\s*[A-Z][A-Za-z]+(?:\\s+[A-Z][a-z]+)?)?"
                    + "(?:,?\\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}))?"
                    + "\\s*(\\((?:AP|AFP|Reuters|RFE/RL|IWPR|dpa|Xinhua|Interfax|ITAR-TASS|Itar-Tass|AKIpress|RIA Novosti)\\)\\s*)?"
                    + "(?:--|—|–|-)\\s+");
    /** How many paragraphs from the top a dateline may open. */
    private static final int DATELINE_PARAGRAPHS = 6;
    private static final Pattern ALL_CAPS = Pattern.compile("^[A-Z'’. -]+$");
    /** "in other parts of the country", "in three cities", "elsewhere", "in the south": places the text does not name. */
    private static final Pattern VAGUE_AREA = Pattern.compile(
            "(?iU)\\b(?:in\\s+(?:[\\w-]+\\s+){0,3}?other\\s+(?:parts|cities|towns|regions|provinces|areas|places|districts)|"
                    + "elsewhere|across\\s+the\\s+country|throughout\\s+the\\s+country|nationwide|around\\s+the\\s+country|"
                    + "in\\s+(?:at\\s+least\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|many|a\\s+number\\s+of|\\d+)"
                    + "\\s+(?:[\\w-]+\\s+){0,2}?(?:cities|towns|regions|provinces|places|districts|villages)|"
                    + "in\\s+(?:the\\s+)?(?:country's\\s+)?(?:south|north|east|west)(?:\\s+of\\s+the\\s+country)?(?!\\s+of\\b)(?![\\w-])|"
                    + "in\\s+(?:the\\s+)?(?:southern|northern|eastern|western)\\s+(?:cities|towns|regions|provinces|part|parts|areas))\\b");
    /** "who had taken over": event words told as a flashback. */
    private static boolean pluperfect(String text, Trigger t) {
        return PLUPERFECT.matcher(text.substring(Math.max(0, t.start() - 25), t.start())).find();
    }

    /** Whether the sentence puts its events in places it does not name. */
    private static boolean vague(String text) {
        return VAGUE_AREA.matcher(text).find();
    }

    /** ", who was ousted April 7 amid clashes": a relative clause still open before an event's words. */
    private static final Pattern RELATIVE_OPEN = Pattern.compile("(?i),\\s+(?:who|which|whose)\\s[^,;()—–]*$");

    /**
     * Whether an event is told as what came before the story's present: "who had taken over",
     * "after capturing it", ", who was ousted April 7 amid clashes".
     */
    private static boolean flashback(String text, Trigger t) {
        return pluperfect(text, t) || inRelativeClause(text, t) || afterClause(text, t);
    }

    /** "after capturing it", "after protesters stormed": a clause after 'after' whose verb is the event's. */
    private static final Pattern AFTER_OPEN = Pattern.compile("(?i)\\b(?:after|following)\\s+(?:[\\w'’-]+\\s+){0,4}$");

    private static boolean afterClause(String text, Trigger t) {
        // A verb, not a noun: "died after surgery for a gunshot wound" tells no earlier event.
        String first = t.text().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        boolean verb = first.endsWith("ing") || first.endsWith("ed") || IrregularVerbs.isPastForm(first);
        return verb && AFTER_OPEN.matcher(text.substring(Math.max(0, t.start() - 40), t.start())).find();
    }

    /** Whether the event's words stand in a non-restrictive relative clause: background to the main story. */
    private static boolean inRelativeClause(String text, Trigger t) {
        return RELATIVE_OPEN.matcher(text.substring(0, t.start())).find();
    }

    /** "had taken over": told as a flashback. */
    private static final Pattern PLUPERFECT = Pattern.compile("(?i)\\b(?:had|'d)\\s+(?:[\\w-]+\\s+)?$");
    /** "in this southern city", "the city", "here": the sentence is about the dateline's or the story's town. */
    private static final Pattern LOCAL_ANAPHOR = Pattern.compile(
            "(?i)\\b(?:this|the)\\s+(?:[\\w-]+\\s+)?(?:city|town|village)\\b(?!\\s+of\\b)|\\bhere\\b");

    /**
     * Words in an event's phrase that point back at places already named: "in the two southern cities",
     * "in both towns", "in the city", "there" (not the "there" of "there were").
     */
    private static final Pattern PLACE_ANAPHOR = Pattern.compile(
            "(?i)\\b(?:(?:in|at|across)\\s+(?:the\\s+)?(?<number>two|three|both|the|this|that)\\s+(?:[\\w-]+\\s+)?"
                    + "(?:cities|towns|city|town)\\b(?!\\s+of\\b)|there\\b(?!\\s+(?:is|are|was|were|has|have|had|will|would|"
                    + "may|might|seems?|appears?|remains?)\\b))");

    /** "our correspondent reports", "witnesses said": told by someone at the dateline. */
    private static final Pattern FIRST_HAND = Pattern.compile(
            "(?i)\\b(?:correspondents?|reporters?|eyewitness(?:es)?|witnesses)\\b");

    /** What may stand between two places of one list: ", ", " and the town of ". */
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^\\s*(?:,\\s*(?:and\\s+|or\\s+|as\\s+well\\s+as\\s+)?|and\\s+|or\\s+|"
            + "&\\s+|as\\s+well\\s+as\\s+)(?:the\\s+)*(?:(?:southern|northern|nearby|neighbouring|neighboring)\\s+)?"
            + "(?:(?:capital|city|town|village|region|province)(?:\\s+of)?,?\\s+)?$");
    /** "said Sunday": the day of a statement, not of the events it reports. */
    private static final Pattern SPEECH_BEFORE = Pattern.compile(
            "(?iU)\\b(?:said|says|told(?:\\s+[\\w'’-]+){0,3}?|announced|stated|declared|claimed)\\s+$");

    /** How many days before publication an event is background to the news rather than part of its story. */
    static final int BACKGROUND_DAYS = 14;

    private final PlaceFinder places;
    private final StudyArea area;
    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateFinder dates = new DateFinder();
    private final NumberFinder numbers = new NumberFinder();
    private final TriggerFinder triggers = new TriggerFinder();
    /** Between a town and the region named as its address: "Ak-Tash in Osh Region", "Ak-Tash, Osh Region". */
    private static final Pattern ADDRESS_GAP = Pattern.compile("(?U),?\\s+(?:in|of)\\s+(?:the\\s+)?|,\\s*");
    /**
     * A definite noun that points back at events already told, then where they were: "the raids in",
     * "the clashes at", "the seizures in the towns of".
     */
    private static final Pattern EVENTS_BACK = Pattern.compile("(?iU)\\b(?:the|these|those|both)\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?<noun>raids?|seizures?|occupations?|evictions?|takeovers?|storming|operations?|clashes|violence|unrest|"
            + "fighting|riots|protests|attacks)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:in|at)\\b");

    /** The kind of event a noun of {@link #EVENTS_BACK} points back at: "the raids" are no clashes. */
    static IncidentType typeOfNoun(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.startsWith("clash") || n.equals("violence") || n.equals("unrest") || n.equals("fighting") || n.equals("riots")) {
            return IncidentType.CLASH;
        }
        if (n.equals("protests")) {
            return IncidentType.PROTEST;
        }
        return n.equals("attacks") ? IncidentType.ATTACK : IncidentType.SEIZURE;
    }
    /** How many sentences after an unplaced lead event its places may still be named. */
    private static final int PLACE_LATER_SENTENCES = 3;
    /** A number of places the event words' object gives: "two provincial government buildings". */
    private static final Pattern COUNTED = Pattern.compile("(?iU)\\b(two|three|four|both)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:buildings|offices|administrations|headquarters|towns|cities|stations)\\b");

    /** The number of buildings or towns the words just after an event's trigger count ("two buildings"), or null. */
    static Integer countedAfter(String text, Trigger t) {
        Matcher m = COUNTED.matcher(text);
        if (!m.find(t.end()) || m.start() - t.end() > 60) {
            return null;
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "two", "both" -> 2;
            case "three" -> 3;
            default -> 4;
        };
    }

    /** An event whose place a later sentence may name. */
    private record PlaceLater(int index, Sentence s, Trigger t, LocalDate date, DateBasis basis, String dateHow,
                              List<String> actors, DateMention bound, Casualties casualties, String why) {
    }

    /** Where a claim's day came from: {@link Run#toldAgain} redates only claims dated by the publication. */
    private enum DateBasis {
        /** A date in the claim's own sentence. */
        SENTENCE,
        /** The story's date, carried from an earlier sentence. */
        STORY,
        /** No date in the sentence or the story: the day of publication. */
        PUBLICATION
    }
    /** A lead's undated event is looked for again among the events of this many days before publication. */
    static final int TOLD_AGAIN_DAYS = 7;
    private final PlaceRoles roles = new PlaceRoles();
    private final CrowdSize crowds = new CrowdSize(numbers);

    /** Codes the events of Kyrgyzstan. */
    public EventExtractor(PlaceFinder places) {
        this(places, StudyArea.KYRGYZSTAN);
    }

    /** @param area the countries whose events are coded; events placed elsewhere are left out */
    public EventExtractor(PlaceFinder places, StudyArea area) {
        this.places = Objects.requireNonNull(places, "places");
        this.area = Objects.requireNonNull(area, "area");
    }

    /** Extracts and merges the incidents of several articles; every article must have a publication date. */
    public Extraction extract(List<Article> articles) {
        List<EventClaim> claims = new ArrayList<>();
        List<SkippedEvent> skipped = new ArrayList<>();
        Map<String, List<DroppedSpan>> dropped = new LinkedHashMap<>();
        // Articles are independent and the extractor keeps no state between them: they are read on every
        // core, and their results taken in the articles' order, so the output does not depend on the threads.
        List<ArticleEvents> perArticle = articles.parallelStream().map(this::extract).toList();
        for (int k = 0; k < articles.size(); k++) {
            Article a = articles.get(k);
            ArticleEvents events = perArticle.get(k);
            claims.addAll(events.claims());
            skipped.addAll(events.skipped());
            if (!events.dropped().isEmpty()) {
                dropped.put(a.id(), events.dropped());
            }
        }
        Extraction merged = IncidentMerger.merge(claims);
        skipped.addAll(merged.skipped());
        return new Extraction(merged.coded(), skipped, dropped);
    }

    /** The claims of one article. */
    public ArticleEvents extract(Article article) {
        if (article.published() == null) {
            throw new IllegalArgumentException("article " + article.id()
                    + " has no publication date: relative dates (\"on Friday\") cannot be resolved");
        }
        return new Run(article).run();
    }

    /** The state of one article's extraction: the story being told so far. */
    private final class Run {
        private final Article article;
        private final LocalDate today;
        private final CleanText clean;
        private final List<ClaimDraft> drafts = new ArrayList<>();
        /** Events told before the report names any place, waiting for the sentences after them to name it. */
        private final List<PlaceLater> placeLater = new ArrayList<>();
        /** Unknown places tied to the places the current event was given ({@link #unknownPlaces}). */
        private final Map<PlaceMention, UnknownPlaces.Tie> ties = new java.util.HashMap<>();
        /** The sides the sentence being read names, where it names them. */
        private List<Actors.Mention> actorMentions = List.of();
        /** The sentence being read: a claim placed later from an earlier sentence takes no sides' spans from it. */
        private Sentence sentenceRead;
        /** The gazetteer's mentions in the sentence being read. */
        private List<PlaceMention> sentenceMentions = List.of();
        private final List<SkippedEvent> skipped = new ArrayList<>();
        private List<PlaceMention> storyPlaces = List.of();
        private String storyPlaceHow = "";
        private boolean storyVague;
        private boolean storyStarted;
        /** The story is telling an earlier episode: more than {@link #BACKGROUND_DAYS} before publication. */
        private boolean storyBackground;
        private ResolvedDate storyDate;
        private ClaimDraft lastClash;
        private PlaceMention dateline;
        private String datelineName = "";
        private int datelineStart = -1;
        private int datelineEnd = -1;

        Run(Article article) {
            this.article = article;
            this.today = article.published();
            this.clean = cleaner.clean(article.body());
        }

        ArticleEvents run() {
            if (clean.paragraphs().isEmpty()) {
                return new ArticleEvents(List.of(), List.of(), clean.dropped());
            }
            findDateline();
            List<Sentence> sentences = splitter.split(clean);
            List<PlaceMention> mentions = places.find(clean.text());
            int m = 0;
            for (int k = 0; k < sentences.size(); k++) {
                Sentence s = sentences.get(k);
                List<PlaceMention> inSentence = new ArrayList<>();
                while (m < mentions.size() && mentions.get(m).start() < s.end()) {
                    PlaceMention pm = mentions.get(m++);
                    if (pm.start() >= s.start() && pm.end() <= s.end()) {
                        inSentence.add(pm);
                    }
                }
                sentence(k, s, inSentence);
            }
            placeLater.forEach(p -> skip(p.s(), p.t().text(), p.t().type(), p.why()));
            placeLater.clear();
            toldAgain();
            List<EventClaim> claims = new ArrayList<>();
            for (ClaimDraft d : drafts) {
                claims.add(d.claim(crowds));
            }
            return new ArticleEvents(claims, skipped, clean.dropped());
        }

        /**
         * Cataphora: a lead tells events before it names a place ("Police evicted demonstrators from two
         * provincial government buildings early today"), and a sentence soon after points back at them
         * with a definite noun and names the places ("injured during the raids in the towns of Osh and
         * Jalal-Abad"). Those places are the waiting events' places, when a number the lead gives agrees.
         */
        private void placedLater(int index, Sentence s, List<RoledPlace> scenes) {
            if (placeLater.isEmpty()) {
                return;
            }
            placeLater.removeIf(p -> {
                if (index - p.index() > PLACE_LATER_SENTENCES) {
                    skip(p.s(), p.t().text(), p.t().type(), p.why());
                    return true;
                }
                return false;
            });
            Matcher back = EVENTS_BACK.matcher(s.text());
            if (placeLater.isEmpty() || !back.find()) {
                return;
            }
            int phraseEnd = Clauses.phraseEnd(s.text(), back.end(), s.text().length());
            List<PlaceMention> named = scenes.stream().filter(r -> r.start() >= back.end() && r.end() <= phraseEnd)
                    .map(RoledPlace::mention).toList();
            if (named.isEmpty()) {
                return;
            }
            IncidentType pointedAt = typeOfNoun(back.group("noun"));
            for (PlaceLater p : placeLater) {
                if (p.t().type() != pointedAt) {
                    skip(p.s(), p.t().text(), p.t().type(), p.why() + "; \"" + back.group().strip()
                            + "\" in a later sentence points back at " + pointedAt.code() + " events, not this one");
                    continue;
                }
                Integer count = countedAfter(p.s().text(), p.t());
                if (count != null && count != named.size()) {
                    skip(p.s(), p.t().text(), p.t().type(), p.why() + "; a later sentence names " + named.size()
                            + " places for \"" + back.group().strip() + "\", not " + count);
                    continue;
                }
                List<ClaimDraft> here = new ArrayList<>();
                String how = "named later: \"" + back.group().strip() + "\" in the sentence after points back at it and names "
                        + joined(named.stream().map(PlaceMention::surface).toList());
                for (PlaceMention pm : named) {
                    if (area.contains(pm.place())) {
                        add(here, p.index(), p.s(), p.t(), pm, false, p.date(), p.basis(), how, p.dateHow(), p.actors(), p.bound(),
                                p.casualties());
                    }
                }
                drafts.addAll(here);
            }
            placeLater.clear();
        }

        /**
         * One event told twice: a lead says "protesters have seized the administration in Osh" with no
         * day, and a later paragraph tells it again with its day ("on Thursday protesters stormed the
         * regional administration"). The lead's claim, dated only by the publication, takes the day of
         * the later telling when the report tells that event (type, retaking or not, place) on exactly
         * one day of the past {@value #TOLD_AGAIN_DAYS} days; told on several days, it is left alone.
         */
        private void toldAgain() {
            for (ClaimDraft lead : drafts) {
                if (lead.basis != DateBasis.PUBLICATION) {
                    continue;
                }
                Set<LocalDate> days = new TreeSet<>();
                ClaimDraft again = null;
                for (ClaimDraft d : drafts) {
                    if (d.sentence > lead.sentence && d.basis == DateBasis.SENTENCE && d.type == lead.type && d.retaken == lead.retaken
                            && d.place.place().id().equals(lead.place.place().id())
                            && !d.date.isAfter(today) && d.date.isAfter(today.minusDays(TOLD_AGAIN_DAYS))) {
                        days.add(d.date);
                        again = again == null ? d : again;
                    }
                }
                if (days.size() == 1 && !days.contains(lead.date)) {
                    lead.date = again.date;
                    lead.dateHow = "no date in the sentence: the same event is told again with its day, "
                            + again.date + ", in \"" + again.s.text().strip() + "\"";
                }
            }
        }

        private void findDateline() {
            // Wire copy opens with its dateline, perhaps after a headline and a "Last updated" line: the first
            // paragraphs' starts are tried.
            Matcher m = BODY_DATELINE.matcher(clean.text());
            String bodyName = "";
            for (Paragraph p : clean.paragraphs().subList(0, Math.min(DATELINE_PARAGRAPHS, clean.paragraphs().size()))) {
                int start = p.cleanStart();
                m.region(start, start + p.text().length());
                if (m.lookingAt() && m.end() - start < 120 && (ALL_CAPS.matcher(m.group(1)).matches()
                        || m.group(2) != null || m.group(3) != null)) {
                    bodyName = m.group(1);
                    datelineStart = start;
                    datelineEnd = m.end();
                    break;
                }
            }
            datelineName = !article.dateline().isBlank() ? article.dateline().strip() : titleCase(bodyName);
            if (datelineName.isEmpty()) {
                return;
            }
            for (PlaceMention pm : places.find(datelineName)) {
                if (dateline == null || dateline.place().kind() == PlaceKind.COUNTRY) {
                    dateline = pm;
                }
            }
        }

        private void sentence(int index, Sentence s, List<PlaceMention> mentions) {
            sentenceMentions = mentions;
            sentenceRead = s;
            String text = s.text();
            List<int[]> clauses = Clauses.of(text);
            List<Trigger> found = triggers.find(text, clauses);
            int firstTrigger = found.stream().filter(Trigger::accepted).mapToInt(Trigger::start).min().orElse(text.length());
            int localDateline = datelineEnd > s.start() && datelineStart < s.end() ? datelineEnd - s.start() : -1;
            List<RoledPlace> roled = roles.roles(text, s.start(), mentions, firstTrigger, localDateline);
            List<RoledPlace> scenes = roled.stream()
                    .filter(r -> r.role() == PlaceRole.LOCATION && r.mention().place().kind() != PlaceKind.COUNTRY)
                    .toList();
            boolean areaOnly = scenes.isEmpty() && roled.stream().anyMatch(r -> r.role() == PlaceRole.AREA);
            // "Kyrgyzstan's interim government regained control of all buildings": national, not the dateline's town.
            String country = roled.stream().filter(r -> r.mention().place().kind() == PlaceKind.COUNTRY
                    && r.mention().inMapArea() && r.role() != PlaceRole.DATELINE)
                    .map(r -> r.mention().surface()).findFirst().orElse(null);
            List<DateMention> when = dates.find(text).stream()
                    .filter(d -> !d.modifier() && !saidBefore(text, d.start()))
                    .toList();
            placedLater(index, s, scenes);
            List<Trigger> accepted = found.stream().filter(Trigger::accepted).toList();
            // Sides and numbers matter only where there is an event, or numbers for the story's clash.
            actorMentions = accepted.isEmpty() ? List.of() : Actors.mentions(text);
            List<String> actors = Actors.labels(actorMentions);
            Casualties casualties = accepted.isEmpty() && (lastClash == null || s.weak()) ? Casualties.NONE
                    : numbers.casualties(text);
            ResolvedDate storyAnchor = storyDate != null && storyDate.exact() ? storyDate : null;

            DateMention mainBound = null;
            List<PlaceMention> lastEventPlaces = List.of();
            boolean onlyFlashbacks = !accepted.isEmpty();
            int firstFlashback = text.length();
            List<ClaimDraft> here = new ArrayList<>();
            for (Trigger t : found) {
                if (!t.accepted()) {
                    skip(s, t.text(), t.type(), t.rejected());
                    continue;
                }
                DateMention bound = bindDate(text, when, clauses, accepted, t);
                // The story's time moves forward to the latest event the sentence tells ("stormed Friday, were
                // ousted Saturday before retaking it Monday"). A flashback ("who had taken over ... on Thursday",
                // "after capturing it Thursday") or a relative clause ("Bakiyev, who was ousted April 7 amid
                // clashes") tells what came before: it does not move the story.
                if (bound != null && bound.kind() != DateMention.Kind.FROM_STORY && !flashback(text, t)
                        && (mainBound == null || later(bound, mainBound, storyAnchor))) {
                    mainBound = bound;
                }
                ResolvedDate date;
                String dateHow;
                DateBasis basis;
                if (bound != null) {
                    basis = DateBasis.SENTENCE;
                    LocalDate anchor = storyAnchor != null ? storyAnchor.date() : today;
                    // "Gunfire broke out on Friday, after protesters had seized buildings the previous day": the
                    // day before the sentence's own date, not the story's.
                    DateMention reference = bound.kind() == DateMention.Kind.FROM_STORY ? ownReference(when, bound) : null;
                    if (reference != null) {
                        anchor = reference.resolve(today, anchor).date();
                    }
                    date = bound.resolve(today, anchor);
                    dateHow = date.how() + (reference != null ? " (\"" + reference.text() + "\" in the same sentence)" : "");
                } else if (storyDate != null && !s.weak()) {
                    basis = DateBasis.STORY;
                    date = storyDate;
                    dateHow = "no date in the sentence: continues the story's date " + storyDate.date()
                            + (storyDate.exact() ? "" : " (" + storyDate.precision().code() + ")");
                } else {
                    basis = DateBasis.PUBLICATION;
                    date = new ResolvedDate(today, DatePrecision.DAY, "no date in the sentence or story: publication date " + today);
                    dateHow = date.how();
                }
                if (!date.exact()) {
                    skip(s, t.text(), t.type(), "date only known to the " + date.precision().code() + ": " + dateHow);
                    continue;
                }
                if (date.date().isAfter(today)) {
                    skip(s, t.text(), t.type(), "dated " + date.date() + ", after publication " + today
                            + ": a plan or forecast, not an event");
                    continue;
                }
                List<PlaceMention> where = new ArrayList<>();
                String placeHow = place(s, t, clauses, scenes, areaOnly, country, background(date.date()), where);
                if (where.isEmpty()) {
                    if (storyPlaces.isEmpty() && !storyBackground && !background(date.date()) && !s.weak()) {
                        // "evicted demonstrators from two provincial government buildings. ... during the raids in
                        // the towns of Osh and Jalal-Abad": the places may come next.
                        placeLater.add(new PlaceLater(index, s, t, date.date(), basis, dateHow, actors, bound, casualties, placeHow));
                    } else {
                        skip(s, t.text(), t.type(), placeHow);
                    }
                    continue;
                }
                List<PlaceMention> outside = where.stream().filter(pm -> !area.contains(pm.place())).toList();
                if (!outside.isEmpty()) {
                    skip(s, t.text(), t.type(), "placed in " + joined(outside.stream().map(pm -> pm.surface()
                            + " (" + pm.place().countryCode() + ")").toList()) + ", outside the study area " + area);
                }
                for (PlaceMention pm : where) {
                    if (!area.contains(pm.place())) {
                        continue;
                    }
                    add(here, index, s, t, pm, mentions.contains(pm), date.date(), basis, placeHow, dateHow, actors,
                            bound, casualties);
                }
                if (!flashback(text, t)) {
                    lastEventPlaces = where;
                    onlyFlashbacks = false;
                } else {
                    firstFlashback = Math.min(firstFlashback, t.start());
                }
            }
            if (accepted.isEmpty() && casualties.any() && !s.weak()) {
                casualtiesOfTheStory(index, s, scenes, when, casualties, actors, here);
            }
            // Arson that is part of a storming or a fight is the same event, not a separate attack.
            here.removeIf(d -> d.type == IncidentType.ATTACK && here.stream().anyMatch(o -> o.type != IncidentType.ATTACK
                    && o.place.place().id().equals(d.place.place().id()) && o.date.equals(d.date)));
            drafts.addAll(here);
            if (!s.weak()) {
                here.stream().filter(d -> d.type == IncidentType.CLASH).reduce((a, b) -> b).ifPresent(d -> lastClash = d);
                updateStory(s, text, scenes, areaOnly, when, mainBound, clauses, lastEventPlaces, mentions,
                        !accepted.isEmpty(), onlyFlashbacks, firstFlashback);
            }
        }

        /**
         * "Clashes broke out in Uzgen. Two people were killed.": numbers of dead and injured in a
         * sentence without event words belong to the clash the story is telling, if the sentence
         * names no other place and no other day.
         */
        private void casualtiesOfTheStory(int index, Sentence s, List<RoledPlace> scenes, List<DateMention> when,
                                          Casualties casualties, List<String> actors, List<ClaimDraft> here) {
            ClaimDraft clash = lastClash;
            if (clash == null || storyPlaces.size() != 1
                    || !storyPlaces.get(0).place().id().equals(clash.place.place().id())) {
                return;
            }
            String placeId = clash.place.place().id();
            if (scenes.stream().anyMatch(r -> !r.mention().place().id().equals(placeId))) {
                return;
            }
            for (DateMention d : when) {
                ResolvedDate r = d.resolve(today, clash.date);
                if (!r.exact() || !r.date().equals(clash.date)) {
                    return;
                }
            }
            ClaimDraft d = new ClaimDraft(article, index, s, IncidentType.CLASH, clash.place, clash.date,
                    "no event words: its numbers of dead and injured continue the story's clash at "
                            + clash.place.surface(), "the date of the story's clash, " + clash.date, actors, casualties,
                    casualties, clean);
            d.rules.add("clash: casualties of the story's clash");
            d.precision = clash.precision;
            d.unknownPlace = clash.unknownPlace;
            scenes.forEach(r -> d.highlight(r.mention().start(), r.mention().end(), Highlight.Kind.PLACE));
            here.add(d);
        }

        /**
         * "Teyit, a village near Jalal-Abad": a name the gazetteer lacks, tied to a place it knows. The
         * event stays at the known place, and {@link #ties} records the unknown name for the claim.
         */
        private String unknownPlaces(Sentence s, List<RoledPlace> chosen) {
            StringBuilder how = new StringBuilder();
            for (RoledPlace r : chosen) {
                UnknownPlaces.Tie tie = ties.containsKey(r.mention()) ? ties.get(r.mention())
                        : UnknownPlaces.before(s.text(), r.start());
                if (tie == null || !ties.containsKey(r.mention()) && placeMentionAt(s, tie)) {
                    continue;
                }
                ties.put(r.mention(), tie);
                how.append("; \"").append(tie.name()).append("\" is a place the gazetteer lacks, ").append(tie.how())
                        .append(' ').append(r.mention().surface()).append(tie.near() ? ": placed there, precision near" : "");
            }
            return how.toString();
        }

        /**
         * "Ak-Tash in Osh Region": a region named as where another of the places lies is that place's
         * address, not a second scene. When the gazetteer's place of that name lies in another region,
         * the text means a namesake it lacks: the event is placed in the region, and the name recorded
         * as unknown.
         */
        private List<RoledPlace> addresses(Sentence s, List<RoledPlace> places) {
            List<RoledPlace> kept = new ArrayList<>(places);
            for (RoledPlace region : places) {
                if (region.mention().place().kind() != PlaceKind.REGION) {
                    continue;
                }
                for (RoledPlace town : places) {
                    if (town == region || town.end() > region.start() || town.mention().place().kind() == PlaceKind.REGION
                            || !ADDRESS_GAP.matcher(s.text().substring(town.end(), region.start())).matches()) {
                        continue;
                    }
                    if (town.mention().place().admin().equals(region.mention().place().id())) {
                        kept.remove(region);
                    } else {
                        kept.remove(town);
                        ties.put(region.mention(), new UnknownPlaces.Tie(town.mention().surface(), town.start(), town.end(), "in"));
                    }
                }
            }
            return kept;
        }

        /** Whether the gazetteer knows a place where the tie's name stands. */
        private boolean placeMentionAt(Sentence s, UnknownPlaces.Tie tie) {
            int start = s.start() + tie.start();
            int end = s.start() + tie.end();
            return sentenceMentions.stream().anyMatch(pm -> pm.start() < end && start < pm.end());
        }

        /** Picks the places of one event; returns how they were chosen, or why there is none (then {@code where} stays empty). */
        private String place(Sentence s, Trigger t, List<int[]> clauses, List<RoledPlace> scenes,
                             boolean areaOnly, String country, boolean background, List<PlaceMention> where) {
            ties.clear();
            int clause = Clauses.indexOf(clauses, t.start());
            List<RoledPlace> inClause = scenes.stream()
                    .filter(r -> Clauses.indexOf(clauses, r.start()) == clause).toList();
            // "clashes in the two southern cities", "seized buildings there and in Batken": the event's own phrase
            // points back at the places the story has just named.
            int phraseEnd = Clauses.phraseEnd(s.text(), t.end(), clauses.get(clause)[1]);
            Matcher anaphor = PLACE_ANAPHOR.matcher(s.text()).region(t.end(), phraseEnd);
            if (!background && !storyBackground && anaphor.find() && refersToStory(anaphor)) {
                where.addAll(storyPlaces);
                List<RoledPlace> alsoNamed = inClause.stream().filter(r -> r.start() >= t.end() && r.end() <= phraseEnd)
                        .toList();
                alsoNamed.stream().map(RoledPlace::mention).filter(pm -> !where.contains(pm)).forEach(where::add);
                return "\"" + anaphor.group().strip() + "\" points back at the story's " + joined(storyPlaces.stream()
                        .map(PlaceMention::surface).toList()) + (alsoNamed.isEmpty() ? "" : ", and its phrase names "
                        + surfaces(alsoNamed));
            }
            if (!inClause.isEmpty()) {
                List<RoledPlace> nearest = addresses(s, placesOfEvent(s.text(), inClause, t, clauses.get(clause)[1]));
                nearest.forEach(r -> where.add(r.mention()));
                return "named in the same clause: " + surfaces(nearest)
                        + (nearest.size() < inClause.size() ? " (those of its phrase)" : "") + unknownPlaces(s, nearest);
            }
            if (!scenes.isEmpty()) {
                List<RoledPlace> named = addresses(s, scenes);
                named.forEach(r -> where.add(r.mention()));
                return "named in the sentence: " + surfaces(named) + unknownPlaces(s, named);
            }
            if (s.weak()) {
                return "a heading or caption that names no place of its own";
            }
            if (areaOnly) {
                return "the sentence names only a whole country: too vague for a point on the map";
            }
            if (background != storyBackground) {
                return background
                        ? "background more than " + BACKGROUND_DAYS + " days before publication that names no place of its"
                                + " own: the story's places are not its places"
                        : "no place in the sentence, and the story before it tells an earlier episode";
            }
            if (vague(s.text())) {
                return "the sentence places it in unnamed places (\"other parts\", \"three cities\", \"elsewhere\")";
            }
            if (storyPlaces.size() == 1) {
                where.add(storyPlaces.get(0));
                return "no place in the sentence: continues the story of " + storyPlaceHow;
            }
            if (storyPlaces.size() > 1) {
                return "no place in the sentence, and the story before it names several places ("
                        + String.join(", ", storyPlaces.stream().map(PlaceMention::surface).toList()) + ")";
            }
            if (storyVague) {
                return "no place in the sentence, and the story before it is about the whole country";
            }
            if (!storyStarted && dateline != null && country != null && !LOCAL_ANAPHOR.matcher(s.text()).find()) {
                return "no town in the sentence, which speaks of the whole country (\"" + country
                        + "\"): the dateline is not its scene";
            }
            if (!storyStarted && dateline != null) {
                if (!dateline.inMapArea() || dateline.place().kind() == PlaceKind.COUNTRY) {
                    return "no place in the sentence; the dateline " + datelineName
                            + " is outside the map or only a country: a dateline there never gets an event";
                }
                // The dateline is where the reporter sat. It is the scene only when the sentence says so: what
                // the correspondent saw, or "here", "this city".
                if (!FIRST_HAND.matcher(s.text()).find() && !LOCAL_ANAPHOR.matcher(s.text()).find()) {
                    return "no place in the sentence or before it; the dateline " + datelineName
                            + " is where the report was filed, not where this happened";
                }
                where.add(dateline);
                return "no place in the sentence or before it, told first-hand from the dateline " + datelineName;
            }
            if (!storyStarted && !datelineName.isEmpty()) {
                return "no place in the sentence; the dateline \"" + datelineName + "\" is not in the gazetteer";
            }
            return "no place in the sentence or the story before it, and no dateline";
        }

        private void add(List<ClaimDraft> here, int index, Sentence s, Trigger t, PlaceMention pm, boolean named,
                         LocalDate date, DateBasis basis, String placeHow, String dateHow, List<String> actors,
                         DateMention bound,
                         Casualties inSentence) {
            UnknownPlaces.Tie tie = ties.get(pm);
            Precision precision = tie != null && tie.near() ? Precision.NEAR : Precision.of(pm.place().kind());
            for (ClaimDraft d : here) {
                if (d.type == t.type() && d.date.equals(date) && d.place.place().id().equals(pm.place().id())
                        && d.precision == precision) {
                    d.merge(t, s, named ? pm : null, bound, clean);
                    return;
                }
            }
            Casualties own = t.type() == IncidentType.CLASH ? inSentence : Casualties.NONE;
            ClaimDraft d = new ClaimDraft(article, index, s, t.type(), pm, date, placeHow, dateHow, actors, own, inSentence,
                    clean);
            d.merge(t, s, named ? pm : null, bound, clean);
            d.basis = basis;
            if (s == sentenceRead) {
                actorMentions.forEach(a -> d.highlight(s.start() + a.start(), s.start() + a.end(), Highlight.Kind.ACTOR));
            }
            d.precision = precision;
            d.unknownPlace = tie == null ? "" : tie.name();
            if (tie != null) {
                d.highlight(s.start() + tie.start(), s.start() + tie.end(), Highlight.Kind.PLACE);
            }
            here.add(d);
        }

        private void updateStory(Sentence s, String text, List<RoledPlace> scenes, boolean areaOnly,
                                 List<DateMention> when, DateMention mainBound, List<int[]> clauses,
                                 List<PlaceMention> lastEventPlaces, List<PlaceMention> mentionsInSentence,
                                 boolean eventWords, boolean onlyFlashbacks, int firstFlashback) {
            if (onlyFlashbacks) {
                // "The town is the home of Bakiyev, who was ousted April 7 amid clashes in Bishkek": what came
                // before is told where it happened; the story goes on only where the main clause, before it, says.
                List<RoledPlace> main = scenes.stream().filter(r -> r.end() <= firstFlashback).toList();
                if (!main.isEmpty()) {
                    storyPlaces = main.stream().map(RoledPlace::mention).toList();
                    storyPlaceHow = "\"" + abbreviate(text) + "\" (" + surfaces(main) + ")";
                    storyVague = false;
                    storyStarted = true;
                }
            } else if (!scenes.isEmpty()) {
                // The story goes on where the sentence's last event was, else in its last clause naming a place.
                List<PlaceMention> lastEvent = lastEventPlaces.stream().filter(mentionsInSentence::contains).toList();
                if (!lastEvent.isEmpty()) {
                    storyPlaces = lastEvent;
                } else {
                    int lastClause = Clauses.indexOf(clauses, scenes.get(scenes.size() - 1).start());
                    storyPlaces = scenes.stream().filter(r -> Clauses.indexOf(clauses, r.start()) == lastClause)
                            .map(RoledPlace::mention).toList();
                }
                storyPlaceHow = "\"" + abbreviate(text) + "\" (" + String.join(", ",
                        storyPlaces.stream().map(PlaceMention::surface).toList()) + ")";
                storyVague = false;
                storyStarted = true;
            } else if (areaOnly) {
                storyPlaces = List.of();
                storyVague = true;
                storyStarted = true;
            } else if (!storyStarted && dateline != null && dateline.inMapArea()
                    && dateline.place().kind() != PlaceKind.COUNTRY && drafts.stream().anyMatch(d -> d.s == s)) {
                storyPlaces = List.of(dateline);
                storyPlaceHow = "the article's dateline " + datelineName;
                storyStarted = true;
            }
            // The story's date moves with the events told (flashbacks such as "the day before" do not move it).
            DateMention principal = mainBound;
            LocalDate anchor = storyDate != null ? storyDate.date() : today;
            if (principal == null && !eventWords) {
                // Without events, only a day of the news moves the story: "jailed since 2000" or "in turmoil since a
                // revolt toppled him on April 7" says nothing of when what follows happened.
                principal = when.stream().filter(d -> d.kind() != DateMention.Kind.FROM_STORY
                        && d.resolve(today, anchor).exact() && !background(d.resolve(today, anchor).date()))
                        .findFirst().orElse(null);
            }
            if (principal != null) {
                ResolvedDate r = principal.resolve(today, anchor);
                if (!r.date().isAfter(today)) {
                    storyDate = r;
                    boolean wasBackground = storyBackground;
                    storyBackground = r.exact() && background(r.date());
                    if (storyBackground && !wasBackground && scenes.isEmpty()) {
                        // "Riots broke out on April 6-7 across the country": a flashback to another episode
                        // happens nowhere the story has been.
                        storyPlaces = List.of();
                        storyVague = true;
                        storyStarted = true;
                    }
                }
            }
        }

        /** Whether an anaphor's number agrees with the story's places: "the two cities" needs two, "the city" one. */
        private boolean refersToStory(Matcher anaphor) {
            if (storyPlaces.isEmpty()) {
                return false;
            }
            String number = anaphor.group("number");
            if (number == null) {
                return true; // "there"
            }
            int n = switch (number.toLowerCase(Locale.ROOT)) {
                case "the", "this", "that" -> 1;
                case "three" -> 3;
                default -> 2; // "two", "both"
            };
            return n == storyPlaces.size();
        }

        /** The last exact date before a relative one ("the previous day") in the same sentence, or null. */
        private DateMention ownReference(List<DateMention> when, DateMention relative) {
            DateMention reference = null;
            for (DateMention d : when) {
                if (d.end() <= relative.start() && d.kind() != DateMention.Kind.FROM_STORY
                        && d.resolve(today, today).exact()) {
                    reference = d;
                }
            }
            return reference;
        }

        /** An event more than two weeks before publication is background to the news, not part of its story. */
        private boolean background(LocalDate date) {
            return date.isBefore(today.minusDays(BACKGROUND_DAYS));
        }

        /** Whether date {@code a} lies after date {@code b}, both pinned against the story as it stands. */
        private boolean later(DateMention a, DateMention b, ResolvedDate anchor) {
            LocalDate reference = anchor != null ? anchor.date() : today;
            ResolvedDate ra = a.resolve(today, reference);
            ResolvedDate rb = b.resolve(today, reference);
            return ra.exact() && (!rb.exact() || ra.date().isAfter(rb.date()));
        }

        private void skip(Sentence s, String words, IncidentType type, String reason) {
            skipped.add(new SkippedEvent(article.id(), clean.toOriginal(s.start()), clean.toOriginal(s.end()),
                    s.text(), words, type, reason));
        }
    }

    /**
     * The date expression that dates an event: the first one after its words and before the next
     * event words in the clause; else the nearest before them in the clause, unless another action
     * comes between; else the next one in the clause; else, when its clause has no date, the nearest
     * in the sentence.
     */
    static DateMention bindDate(String text, List<DateMention> when, List<int[]> clauses, List<Trigger> accepted,
                                Trigger t) {
        if (when.isEmpty()) {
            return null;
        }
        int clause = Clauses.indexOf(clauses, t.start());
        int clauseEnd = clauses.get(clause)[1];
        int clauseStart = clauses.get(clause)[0];
        int next = accepted.stream().mapToInt(Trigger::start).filter(x -> x >= t.end() && x < clauseEnd).min()
                .orElse(clauseEnd);
        for (DateMention d : when) {
            if (d.start() >= t.end() && d.start() < next) {
                return d;
            }
        }
        DateMention before = null;
        boolean clauseHasDate = false;
        for (DateMention d : when) {
            if (d.start() >= clauseStart && d.end() <= clauseEnd) {
                clauseHasDate = true;
            }
            if (d.end() <= t.start() && d.start() >= clauseStart) {
                // "loyalists who had taken over the building on Thursday remained inside as a crowd gathered":
                // a date told after a flashback belongs to the flashback.
                boolean flashback = accepted.stream().anyMatch(o -> o != t && o.start() >= clauseStart
                        && o.end() <= d.start() && pluperfect(text, o));
                before = flashback ? null : d;
            }
        }
        if (before != null) {
            return before;
        }
        for (DateMention d : when) {
            // "Police retook the office, which youths had occupied the previous day": a date told after a
            // flashback belongs to the flashback, not to the event before it.
            boolean flashbackBetween = accepted.stream().anyMatch(o -> o != t && o.start() >= t.end()
                    && o.end() <= d.start() && flashback(text, o));
            if (d.start() >= t.end() && d.end() <= clauseEnd && !flashbackBetween) {
                return d; // "protesters who had seized the office were ejected on Monday"
            }
        }
        if (clauseHasDate) {
            return null;
        }
        DateMention nearest = null;
        int best = Integer.MAX_VALUE;
        for (DateMention d : when) {
            int distance = d.start() >= t.end() ? d.start() - t.end() : t.start() - d.end();
            if (distance < best) {
                best = distance;
                nearest = d;
            }
        }
        return nearest;
    }

    /**
     * Of the places in an event's clause, those of its phrase (the words after it up to the next
     * action: "seized the governor's office in Naryn and the TV station in Karakol"), else the list of
     * places nearest before it ("In the city of Osh and the town of Batken, supporters retook ...").
     * "set fire to homes in Osh as violence spread to Jalal-Abad" puts the arson in Osh only.
     */
    static List<RoledPlace> placesOfEvent(String text, List<RoledPlace> places, Trigger t, int clauseEnd) {
        int phraseEnd = Clauses.phraseEnd(text, t.end(), clauseEnd);
        List<RoledPlace> inPhrase = places.stream().filter(r -> r.start() >= t.end() && r.end() <= phraseEnd).toList();
        if (!inPhrase.isEmpty()) {
            return inPhrase;
        }
        List<RoledPlace> before = new ArrayList<>();
        for (RoledPlace r : places) {
            if (r.end() > t.start()) {
                continue;
            }
            if (!before.isEmpty() && !LIST_GAP.matcher(text.substring(before.get(before.size() - 1).end(), r.start()))
                    .matches()) {
                before.clear();
            }
            before.add(r);
        }
        return before.isEmpty() ? places : before;
    }

    /** "said Sunday": the date of a statement. */
    private static boolean saidBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 40), at);
        return SPEECH_BEFORE.matcher(before).find();
    }

    private static String surfaces(List<RoledPlace> places) {
        return String.join(", ", places.stream().map(r -> r.mention().surface()).toList());
    }

    private static String joined(Collection<String> names) {
        return String.join(", ", names);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    /** A claim under construction: one event type at one place and day in one sentence. */
    private static final class ClaimDraft {
        final Article article;
        final int sentence;
        final Sentence s;
        final IncidentType type;
        final PlaceMention place;
        /** Not final: a lead's event told again later with its day takes that day ({@link Run#toldAgain}). */
        LocalDate date;
        final String placeHow;
        String dateHow;
        /** Where {@link #date} came from: the claim's own sentence, the story, or the publication. */
        DateBasis basis;
        /** Offset in {@link #s} of the claim's first trigger word; MAX_VALUE when it has none there. */
        int firstTrigger = Integer.MAX_VALUE;
        Precision precision;
        /** A name the gazetteer lacks that the sentence ties to {@link #place} ("" when none). */
        String unknownPlace = "";
        final List<String> actors;
        /** The claim's own killed and injured: a clash's, none for other types. */
        final Casualties casualties;
        /** All the sentence states, which tell the crowd from the casualties. */
        final Casualties inSentence;
        final CleanText clean;
        final List<String> words = new ArrayList<>();
        final List<String> rules = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
        final Map<String, Highlight> highlights = new LinkedHashMap<>();
        boolean retaken;

        ClaimDraft(Article article, int sentence, Sentence s, IncidentType type, PlaceMention place, LocalDate date,
                   String placeHow, String dateHow, List<String> actors, Casualties casualties, Casualties inSentence,
                   CleanText clean) {
            this.article = article;
            this.sentence = sentence;
            this.s = s;
            this.type = type;
            this.place = place;
            this.date = date;
            this.placeHow = placeHow;
            this.dateHow = dateHow;
            this.actors = actors;
            this.casualties = casualties;
            this.inSentence = inSentence;
            this.clean = clean;
            highlightNumber(casualties.killedWritten());
            highlightNumber(casualties.injuredWritten());
        }

        void merge(Trigger t, Sentence in, PlaceMention named, DateMention bound, CleanText text) {
            words.add(t.text());
            if (in == s) {
                firstTrigger = Math.min(firstTrigger, t.start());
            }
            if (!rules.contains(t.rule())) {
                rules.add(t.rule());
            }
            t.targets().stream().filter(x -> !targets.contains(x)).forEach(targets::add);
            retaken |= t.retaken(); // "ejected the protesters occupying the office" reports the retaking
            highlight(in.start() + t.start(), in.start() + t.end(), Highlight.Kind.TRIGGER);
            if (named != null) {
                highlight(named.start(), named.end(), Highlight.Kind.PLACE);
            }
            if (bound != null) {
                highlight(in.start() + bound.start(), in.start() + bound.end(), Highlight.Kind.DATE);
            }
        }

        /** The count where the number finder found it in the sentence: never looked for again. */
        private void highlightNumber(PeopleCount written) {
            if (written != null) {
                highlight(s.start() + written.start(), s.start() + written.end(), Highlight.Kind.NUMBER);
            }
        }

        private void highlight(int cleanStart, int cleanEnd, Highlight.Kind kind) {
            int start = clean.toOriginal(cleanStart);
            int end = clean.toOriginal(cleanEnd);
            highlights.putIfAbsent(start + ":" + end + ":" + kind.code(), new Highlight(start, end, kind));
        }

        EventClaim claim(CrowdSize crowds) {
            List<Highlight> sorted = new ArrayList<>(highlights.values());
            sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : a.kind().code().compareTo(b.kind().code()));
            return new EventClaim(article, type, type == IncidentType.SEIZURE && retaken, place.place(), date,
                    clean.toOriginal(s.start()), clean.toOriginal(s.end()), sentence, s.text(), words, rules,
                    placeHow, dateHow, actors, type == IncidentType.SEIZURE ? targets : List.of(),
                    casualties.killed(), casualties.injured(), crowds.of(s.text(), firstTrigger == Integer.MAX_VALUE ? -1 : firstTrigger, inSentence), s.weak(), sorted,
                    precision, unknownPlace);
        }
    }
}
