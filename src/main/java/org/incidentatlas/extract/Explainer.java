package org.incidentatlas.extract;

import java.util.List;

import org.incidentatlas.extract.text.DroppedSpan;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Source;

/** Writes, per incident, the words that triggered it, the rule, and how its place and date were decided. */
public final class Explainer {

    /** A plain-text report: incidents first, then the event words that were left out and why. */
    public String explain(Extraction extraction) {
        StringBuilder b = new StringBuilder();
        for (CodedIncident coded : extraction.coded()) {
            Incident i = coded.incident();
            b.append(i.id()).append("  ").append(i.kind().codeWithVariant())
                    .append(" at ").append(i.place().name()).append(" [").append(i.place().id()).append(", ")
                    .append(i.precision().code()).append("] on ").append(i.date()).append('\n');
            if (!i.targets().isEmpty()) {
                b.append("  targets: ").append(String.join(", ", i.targets())).append('\n');
            }
            if (!i.actors().isEmpty()) {
                b.append("  actors: ").append(String.join(", ", i.actors())).append('\n');
            }
            if (i.killed() != null || i.injured() != null) {
                b.append("  killed: ").append(i.killed() == null ? "-" : i.killed())
                        .append(", injured: ").append(i.injured() == null ? "-" : i.injured())
                        .append(" (the largest any source states; each source's own numbers below)\n");
            }
            for (EventClaim c : coded.claims()) {
                b.append("  - ").append(c.article().id()).append(" @").append(c.start()).append('-').append(c.end())
                        .append(c.weak() ? " (heading/caption: weaker evidence)" : "").append('\n');
                b.append("      sentence: ").append(c.text().replace('\n', ' ')).append('\n');
                b.append("      trigger: ").append(String.join(", ", c.words().stream().map(w -> "\"" + w + "\"").toList()))
                        .append("  rule: ").append(String.join("; ", c.rules())).append('\n');
                b.append("      place: ").append(c.placeHow()).append('\n');
                b.append("      date: ").append(c.dateHow()).append('\n');
                if (c.killed() != null || c.injured() != null) {
                    b.append("      numbers: killed ").append(c.killed() == null ? "-" : c.killed())
                            .append(", injured ").append(c.injured() == null ? "-" : c.injured()).append('\n');
                }
            }
            List<Source> sources = i.sources();
            b.append("  sources: ").append(sources.size()).append('\n');
        }
        // Names the gazetteer lacks: where a user may want to add a place (or check the point chosen).
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        for (CodedIncident coded : extraction.coded()) {
            for (EventClaim c : coded.claims()) {
                if (!c.unknownPlace().isEmpty()) {
                    unknown.add(c.unknownPlace() + ": placed at " + c.place().name() + " (" + c.precision().code() + "), "
                            + c.article().id() + " @" + c.start());
                }
            }
        }
        if (!unknown.isEmpty()) {
            b.append("\nUnknown place names (not in the gazetteer):\n");
            unknown.forEach(u -> b.append("- ").append(u).append('\n'));
        }
        if (!extraction.dropped().isEmpty()) {
            b.append("\nLeft out of the text before extraction:\n");
            extraction.dropped().forEach((article, spans) -> {
                DroppedSpan run = null;
                for (DroppedSpan d : spans) {
                    if (run != null && run.reason().equals(d.reason())) {
                        run = new DroppedSpan(run.originalStart(), d.originalEnd(), run.reason());
                        continue;
                    }
                    line(b, article, run);
                    run = d;
                }
                line(b, article, run);
            });
        }
        if (!extraction.skipped().isEmpty()) {
            b.append("\nNot coded:\n");
            for (SkippedEvent s : extraction.skipped()) {
                b.append("- ").append(s.article()).append(" @").append(s.start()).append(": ")
                        .append(s.type().code()).append(" \"").append(s.words()).append("\": ").append(s.reason())
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String article, DroppedSpan d) {
        if (d != null) {
            b.append("- ").append(article).append(" @").append(d.originalStart()).append('-').append(d.originalEnd())
                    .append(": ").append(d.reason()).append('\n');
        }
    }
}
