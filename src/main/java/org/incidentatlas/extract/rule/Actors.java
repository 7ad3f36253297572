package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.incidentatlas.extract.text.WordStarts;

/** The sides a sentence names, as short normalised labels ("Bakiyev supporters", "security forces"). */
public final class Actors {

    private static final String[] SUPPORTER_HEADS = {"supporter", "backer", "loyalist", "follower", "partisan"};
    private static final String SUPPORTERS = "(?:supporters|backers|loyalists|followers|partisans)";
    private static final List<Label> LABELS = List.of(
            new Label("Bakiyev supporters", heads("bakiyev", "pro-bakiyev"),
                    SUPPORTERS + "\\s+of\\s+(?:the\\s+)?(?:deposed\\s+|ousted\\s+|former\\s+|toppled\\s+)?"
                    + "(?:president\\s+)?(?:kurmanbek\\s+)?bakiyev|\\bbakiyev(?:'s|’s)?\\s+" + SUPPORTERS
                    + "|\\bpro-bakiyev\\s+[\\w-]+"),
            new Label("interim government supporters", heads("interim", "support", "back", "ata-meken"),
                    SUPPORTERS + "\\s+of\\s+(?:kyrgyzstan(?:'s|’s)\\s+)?(?:the\\s+)?interim\\s+government"
                    + "|\\binterim\\s+government\\s+" + SUPPORTERS
                    + "|(?:supports?|backs?)\\s+the\\s+interim\\s+government|\\bata-meken\\b"),
            new Label("Akayev supporters", heads("pro-aka"),
                    SUPPORTERS + "\\s+of\\s+(?:president\\s+)?(?:askar\\s+)?aka[ey]?ev|\\bpro-aka[ey]?ev"),
            new Label("opposition supporters", new String[] {"opposition"},
                    "\\bopposition\\s+(?:activists|supporters|protesters|protestors|demonstrators|parties|members)"),
            new Label("protesters", new String[] {"protester", "protestor", "demonstrator", "activist", "crowd", "mob"},
                    "\\b(?:protesters|protestors|demonstrators|activists|crowds?|mob)\\b"),
            new Label("police", new String[] {"riot", "police", "law"},
                    "\\b(?:riot\\s+police|police(?:\\s+officers)?|policemen|law\\s+enforcement(?:\\s+officers)?)\\b"
                    + "(?!\\s+(?:and\\s+[\\w-]+\\s+)?(?:stations?|headquarters|departments?|buildings?|offices?|precincts?|chief))"),
            new Label("security forces", new String[] {"security", "troops", "soldier", "special", "army"},
                    "\\b(?:security\\s+forces|troops|soldiers|special\\s+forces|army)\\b"),
            new Label("unknown gang", new String[] {"unknown", "gang"}, "\\b(?:unknown\\s+gang|gang)\\b"),
            new Label("armed men", new String[] {"gunmen", "armed", "masked", "mercenar", "attacker", "assailant"},
                    "\\b(?:gunmen|armed\\s+men|masked\\s+men|mercenaries|attackers|assailants)\\b"));

    private static final WordStarts<Label> MATCHER = matcher();

    /** The heads of "supporters of ..." and more. */
    private static String[] heads(String... more) {
        String[] all = Arrays.copyOf(SUPPORTER_HEADS, SUPPORTER_HEADS.length + more.length);
        System.arraycopy(more, 0, all, SUPPORTER_HEADS.length, more.length);
        return all;
    }

    private static final Comparator<int[]> MOST_SPECIFIC_FIRST = Comparator.comparingInt((int[] x) -> x[2])
            .thenComparingInt(x -> x[0]);
    private static final Comparator<int[]> IN_TEXT_ORDER = Comparator.comparingInt(x -> x[0]);

    private Actors() {
    }

    /** The labels of the sides named in {@code text}, in order of first mention, each once. */
    public static List<String> find(String text) {
        List<int[]> matches = new ArrayList<>();
        MATCHER.matches(text, (label, m) -> matches.add(new int[] {m.start(), m.end(), LABELS.indexOf(label)}));
        // Of overlapping matches the more specific label (earlier in the list) wins: "opposition activists".
        matches.sort(MOST_SPECIFIC_FIRST);
        List<int[]> kept = new ArrayList<>();
        for (int[] x : matches) {
            if (kept.stream().noneMatch(k -> k[0] < x[1] && x[0] < k[1])) {
                kept.add(x);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        List<String> labels = new ArrayList<>();
        for (int[] x : kept) {
            String label = LABELS.get(x[2]).label();
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    private static WordStarts<Label> matcher() {
        List<WordStarts.Entry<Label>> entries = new ArrayList<>();
        for (Label l : LABELS) {
            entries.add(new WordStarts.Entry<>(l, l.pattern(), List.of(l.heads())));
        }
        return new WordStarts<>(entries);
    }

    /** A label; its pattern is tried only at words starting with one of its heads. */
    private record Label(String label, String[] heads, Pattern pattern) {
        Label(String label, String[] heads, String regex) {
            this(label, heads, Pattern.compile("(?i)" + regex));
        }
    }
}
