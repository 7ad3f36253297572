package org.incidentatlas.ui.workspace;

import java.time.LocalDate;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.incidentatlas.article.DateProposals;
import org.incidentatlas.article.ReportReader;

/**
 * Asks when a report without a publication date was published: proposes the date its page, file name
 * or first lines give, which the user confirms, changes, or skips the report. Relative dates ("on
 * Friday") are read from that day, so extraction needs one.
 */
final class ReportDateDialog extends Dialog<Optional<LocalDate>> {

    static final ButtonType USE = new ButtonType("Use this date", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType SKIP = new ButtonType("Skip this report", ButtonBar.ButtonData.CANCEL_CLOSE);

    ReportDateDialog(Window owner, ReportReader.Report report) {
        initOwner(owner);
        setTitle("Publication date");
        setHeaderText(report.file().getFileName() + " has no publication date");
        DatePicker picker = new DatePicker();
        picker.setId("reportDate");
        Optional<DateProposals.Proposal> proposal = report.dates().stream().findFirst();
        proposal.ifPresent(p -> picker.setValue(p.date()));
        Label why = new Label(proposal.map(p -> "Found in " + p.foundIn() + ". Dates such as \u201con Friday\u201d are read"
                + " from it; change it if the report was published another day.")
                .orElse("No date was found in the page, the file name or the first lines. Pick the day it was published,"
                        + " or skip it."));
        why.setId("reportDateWhy");
        why.setWrapText(true);
        why.setMaxWidth(420);
        Label title = new Label(report.article().title().isEmpty() ? "" : "\u201c" + report.article().title() + "\u201d");
        VBox content = new VBox(8, title, why, picker);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(USE, SKIP);
        getDialogPane().lookupButton(USE).disableProperty().bind(picker.valueProperty().isNull());
        getDialogPane().lookupButton(USE).setId("useDate");
        getDialogPane().lookupButton(SKIP).setId("skipReport");
        setResultConverter(button -> button == USE ? Optional.ofNullable(picker.getValue()) : Optional.empty());
    }
}
