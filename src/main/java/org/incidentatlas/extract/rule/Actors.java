package org.incidentatlas.extract.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.extract.text.Anchors;

/** The sides a sentence names, as short normalised labels ("Bakiyev supporters", "security forces"). */
public final class Actors {

    private static final String SUPPORTERS = "(?:supporters|backers|loyalists|followers|partisans)";
    private static final List<Label> LABELS = List.of(
            new Label("Bakiyev supporters", new String[] {"bakiyev"}, SUPPORTERS + "\\s+of\\s+(?:the\\s+)?(?:deposed\\s+|ousted\\s+|former\\s+|toppled\\s+)?"
                    + "(?:president\\s+)?(?:kurmanbek\\s+)?bakiyev|\\bbakiyev(?:'s|’s)?\\s+" + SUPPORTERS
                    + "|\\bpro-bakiyev\\s+[\\w-]+"),
            new Label("interim government supporters", new String[] {"interim", "ata-meken"}, SUPPORTERS + "\\s+of\\s+(?:kyrgyzstan(?:'s|’s)\\s+)?(?:the\\s+)?"
                    + "interim\\s+government|\\binterim\\s+government\\s+" + SUPPORTERS
                    + "|(?:supports?|backs?)\\s+the\\s+interim\\s+government|\\bata-meken\\b"),
            new Label("Akayev supporters", new String[] {"aka"}, SUPPORTERS + "\\s+of\\s+(?:president\\s+)?(?:askar\\s+)?aka[ey]?ev|\\bpro-aka[ey]?ev"),
            new Label("opposition supporters", new String[] {"opposition"}, "\\bopposition\\s+(?:activists|supporters|protesters|protestors|demonstrators|"
                    + "parties|members)"),
            new Label("protesters", new String[] {"protest", "demonstrat", "activist", "crowd", "mob"}, "\\b(?:protesters|protestors|demonstrators|activists|crowds?|mob)\\b"),
            new Label("police", new String[] {"police", "law enforcement"}, "\\b(?:riot\\s+police|police(?:\\s+officers)?|policemen|law\\s+enforcement(?:\\s+officers)?)\\b"
                    + "(?!\\s+(?:and\\s+[\\w-]+\\s+)?(?:stations?|headquarters|departments?|buildings?|offices?|precincts?|chief))"),
            new Label("security forces", new String[] {"security", "troops", "soldier", "army"}, "\\b(?:security\\s+forces|troops|soldiers|special\\s+forces|army)\\b"),
            new Label("unknown gang", new String[] {"gang"}, "\\b(?:unknown\\s+gang|gang)\\b"),
            new Label("armed men", new String[] {"gunmen", "armed", "masked", "mercenar", "attacker", "assailant"}, "\\b(?:gunmen|armed\\s+men|masked\\s+men|mercenaries|attackers|assailants)\\b"));

    private Actors() {
    }

    /** The labels of the sides named in {@code text}, in order of first mention, each once. */
    public static List<String> find(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < LABELS.size(); i++) {
            if (!Anchors.any(lower, LABELS.get(i).anchors())) {
                continue;
            }
            Matcher m = LABELS.get(i).pattern().matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (spans.stream().noneMatch(x -> x[0] < e && s < x[1])) {
                    spans.add(new int[] {s, e, i});
                }
            }
        }
        spans.sort(Comparator.comparingInt(x -> x[0]));
        for (int[] span : spans) {
            String label = LABELS.get(span[2]).label();
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    /** A label; its pattern runs only when the text holds one of its anchors. */
    private record Label(String label, String[] anchors, Pattern pattern) {
        Label(String label, String[] anchors, String regex) {
            this(label, anchors, Pattern.compile("(?i)" + regex));
        }
    }
}
