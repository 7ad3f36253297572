package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sides a sentence names, as short normalised labels ("Bakiyev supporters", "security forces"). */
public final class Actors {

    private static final String SUPPORTERS = "\\b(?:supporters|backers|loyalists|followers|partisans)";
    private static final List<Label> LABELS = List.of(
            new Label("Bakiyev supporters", SUPPORTERS + "\\s+of\\s+(?:the\\s+)?(?:deposed\\s+|ousted\\s+|former\\s+|toppled\\s+)?"
                    + "(?:president\\s+)?(?:kurmanbek\\s+)?bakiyev|\\bbakiyev(?:'s|’s)?\\s+" + SUPPORTERS
                    + "|\\bpro-bakiyev\\s+[\\w-]+"),
            new Label("interim government supporters", SUPPORTERS + "\\s+of\\s+(?:kyrgyzstan(?:'s|’s)\\s+)?(?:the\\s+)?interim\\s+government"
                    + "|\\binterim\\s+government\\s+" + SUPPORTERS
                    + "|\\b(?:supports?|backs?)\\s+the\\s+interim\\s+government|\\bata-meken\\b"),
            new Label("Akayev supporters", SUPPORTERS + "\\s+of\\s+(?:president\\s+)?(?:askar\\s+)?aka[ey]?ev|\\bpro-aka[ey]?ev"),
            new Label("opposition supporters", "\\bopposition\\s+(?:activists|supporters|protesters|protestors|demonstrators|parties|members)"),
            new Label("protesters", "\\b(?:protesters|protestors|demonstrators|activists|crowds?|mob)\\b"),
            new Label("police", "\\b(?:riot\\s+police|police(?:\\s+officers)?|policemen|law\\s+enforcement(?:\\s+officers)?)\\b"
                    + "(?!\\s+(?:and\\s+[\\w-]+\\s+)?(?:stations?|headquarters|departments?|buildings?|offices?|precincts?|chief))"),
            new Label("security forces", "\\b(?:security\\s+forces|troops|soldiers|special\\s+forces|army)\\b"),
            new Label("unknown gang", "\\b(?:unknown\\s+gang|gang)\\b"),
            new Label("armed men", "\\b(?:gunmen|armed\\s+men|masked\\s+men|mercenaries|attackers|assailants)\\b"));

    private static final Comparator<int[]> MOST_SPECIFIC_FIRST = Comparator.comparingInt((int[] x) -> x[2])
            .thenComparingInt(x -> x[0]);
    private static final Comparator<int[]> IN_TEXT_ORDER = Comparator.comparingInt(x -> x[0]);

    private Actors() {
    }

    /**
     * A side as the text names it: its label and where it stands in the text.
     *
     * @param start offset of the words in the text
     * @param end   offset just past them
     */
    public record Mention(String label, int start, int end) {
    }

    /** Every side named in {@code text}, in text order; of overlapping names the more specific label wins. */
    public static List<Mention> mentions(String text) {
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < LABELS.size(); i++) {
            for (Matcher m = LABELS.get(i).pattern().matcher(text); m.find(); ) {
                matches.add(new int[] {m.start(), m.end(), i});
            }
        }
        // Of overlapping matches the more specific label (earlier in the list) wins: "opposition activists".
        matches.sort(MOST_SPECIFIC_FIRST);
        List<int[]> kept = new ArrayList<>();
        for (int[] x : matches) {
            if (kept.stream().noneMatch(k -> k[0] < x[1] && x[0] < k[1])) {
                kept.add(x);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        return kept.stream().map(x -> new Mention(LABELS.get(x[2]).label(), x[0], x[1])).toList();
    }

    /** The labels of the sides named in {@code text}, in order of first mention, each once. */
    public static List<String> find(String text) {
        return labels(mentions(text));
    }

    /** The labels of these mentions, in order of first mention, each once. */
    public static List<String> labels(List<Mention> mentions) {
        return mentions.stream().map(Mention::label).distinct().toList();
    }

    /** A label and the pattern of the words that name it (case-insensitive, Unicode-aware). */
    private record Label(String label, Pattern pattern) {
        Label(String label, String regex) {
            this(label, Pattern.compile("(?iU)" + regex));
        }
    }
}
