package org.incidentatlas.evaluate;

import java.util.List;
import java.util.Locale;

import org.incidentatlas.extract.EventClaim;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;

/**
 * Words a {@link Score} for an analyst: per article its misses (with the closest incident the extractor
 * made instead) and false positives (with the sentence, the rule that fired and how place and date were
 * chosen), then the totals per type.
 */
public final class ScoreReport {

    /** Sentences are cut to this many characters. */
    static final int SENTENCE_CHARS = 160;

    public String report(Score score) {
        StringBuilder out = new StringBuilder();
        for (ArticleScore a : score.articles()) {
            Totals t = Scorer.SCORED.stream().map(a::totals).reduce(Totals.NONE, Totals::plus);
            out.append(String.format(Locale.ROOT, "%s  found %d/%d must, %d false positive%s%n", a.article(),
                    t.found(), t.must(), t.falsePositives(), t.falsePositives() == 1 ? "" : "s"));
            for (ArticleScore.Miss m : a.misses()) {
                out.append("  MISS  ").append(m.item().label()).append('\n');
                if (!m.item().why().isEmpty()) {
                    out.append("        gold: ").append(abbreviate(m.item().why())).append('\n');
                }
                if (m.closest() == null) {
                    out.append("        closest: no ").append(m.item().type().code()).append(" from this article\n");
                } else {
                    Incident i = m.closest().incident();
                    double km = Scorer.kmFrom(i, m.item());
                    long days = m.item().dates().daysFrom(i.date());
                    out.append("        closest: ").append(label(i)).append(" (")
                            .append(days == 0 ? "same day" : days + (days == 1 ? " day" : " days") + " off")
                            .append(Double.isNaN(km) ? "" : String.format(Locale.ROOT, ", %.0f km", km))
                            .append(")\n");
                    claims(out, m.claims());
                }
            }
            for (ArticleScore.FalsePositive f : a.falsePositives()) {
                out.append("  FALSE ").append(label(f.incident().incident())).append(": ").append(f.reason()).append('\n');
                claims(out, f.claims());
            }
        }
        if (!score.articles().isEmpty()) {
            out.append('\n');
        }
        out.append(totals(score));
        return out.toString();
    }

    /** The totals table alone: must, found, recall, scored, false positives, precision and F1 per type. */
    public String totals(Score score) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-8s %5s %6s %7s %7s %6s %10s %6s%n",
                "type", "must", "found", "recall", "scored", "false", "precision", "F1"));
        for (IncidentType type : Scorer.SCORED) {
            row(out, type.code(), score.totals(type));
        }
        row(out, "all", score.all());
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Totals t) {
        out.append(String.format(Locale.ROOT, "%-8s %5d %6d %7s %7d %6d %10s %6s%n", name, t.must(), t.found(),
                ratio(t.recall()), t.scored(), t.falsePositives(), ratio(t.precision()), ratio(t.f1())));
    }

    /** Three decimals, or "n/a" when undefined. */
    public static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String label(Incident i) {
        return i.date() + " " + i.kind().codeWithVariant() + " " + i.place().name()
                + " [" + i.precision().code() + (i.place().countryCode().equals(Scorer.KYRGYZSTAN) ? ""
                : ", " + i.place().countryCode()) + "]";
    }

    private static void claims(StringBuilder out, List<EventClaim> claims) {
        for (EventClaim c : claims) {
            out.append("        \"").append(abbreviate(c.text())).append("\"\n");
            out.append("          rule: ").append(String.join("; ", c.rules()))
                    .append(" | place: ").append(c.placeHow())
                    .append(" | date: ").append(c.dateHow()).append('\n');
        }
    }

    /** Single-spaced, cut at {@value #SENTENCE_CHARS} characters with an ellipsis. */
    static String abbreviate(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= SENTENCE_CHARS ? s : s.substring(0, SENTENCE_CHARS - 1).stripTrailing() + "…";
    }
}
