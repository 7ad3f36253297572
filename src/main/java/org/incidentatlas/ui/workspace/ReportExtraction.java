package org.incidentatlas.ui.workspace;

import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Task;

import org.incidentatlas.article.ReportReader;
import org.incidentatlas.extract.ArticleEvents;
import org.incidentatlas.extract.EventClaim;
import org.incidentatlas.extract.EventExtractor;
import org.incidentatlas.extract.IncidentMerger;
import org.incidentatlas.extract.SkippedEvent;
import org.incidentatlas.model.Incident;

/**
 * Extracts dated reports one at a time off the JavaFX thread. After each report the claims of every
 * report so far are merged again and handed to {@code found} on the JavaFX thread, so incidents join
 * the map as they are found. Cancelled, it stops after the report under way and keeps what it found.
 */
final class ReportExtraction extends Task<Integer> {


    /** Incidents merged so far, and the events left out so far. */
    record Found(List<Incident> incidents, List<SkippedEvent> skipped) {
    }

    private final List<ReportReader.Report> reports;
    private final java.util.function.Supplier<EventExtractor> extractor;
    private final List<EventClaim> claims;
    private final List<SkippedEvent> skipped;
    private final Consumer<Found> found;

    /**
     * @param claims  the workspace's claims, this extraction's added to them (kept when it is cancelled): merged
     *                with the earlier ones, so that two reports of one event make one incident
     * @param skipped the workspace's left-out events, this extraction's added to them
     */
    ReportExtraction(List<ReportReader.Report> reports, java.util.function.Supplier<EventExtractor> extractor, List<EventClaim> claims,
                     List<SkippedEvent> skipped, Consumer<Found> found) {
        this.reports = List.copyOf(reports);
        this.extractor = extractor;
        this.claims = claims;
        this.skipped = skipped;
        this.found = found;
    }

    @Override
    protected Integer call() {
        int total = reports.size();
        int done = 0;
        updateProgress(0, total);
        updateMessage("Reading the gazetteer\u2026");
        // Built here, off the JavaFX thread: the first extraction reads the gazetteer and the language models.
        EventExtractor extractor = this.extractor.get();
        for (ReportReader.Report report : reports) {
            if (isCancelled()) {
                break;
            }
            updateMessage("Extracting " + (done + 1) + " / " + total + ": " + report.file().getFileName());
            ArticleEvents events = extractor.extract(report.article());
            claims.addAll(events.claims());
            skipped.addAll(events.skipped());
            done++;
            updateProgress(done, total);
            if (!events.claims().isEmpty()) {
                List<Incident> merged = IncidentMerger.merge(claims).incidents();
                Found now = new Found(merged, List.copyOf(skipped));
                Platform.runLater(() -> found.accept(now));
            }
        }
        Found last = new Found(IncidentMerger.merge(claims).incidents(), List.copyOf(skipped));
        Platform.runLater(() -> found.accept(last));
        updateMessage((isCancelled() ? "Cancelled after " : "Extracted ") + done + " of " + total + " reports");
        return done;
    }
}
