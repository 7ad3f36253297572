package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Window;

import org.incidentatlas.testing.MapFrames;
import org.incidentatlas.model.Article;
import org.incidentatlas.timeline.Fixture;
import org.incidentatlas.timeline.IncidentRow;
import org.incidentatlas.timeline.ViewMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's tools driven as a user would, on the fixture incidents: the incident table, search,
 * claims that follow the outlet filter, provenance in the excerpt panel, and the panel's and the
 * article window's first-use defects. One app start serves every flow; each starts from the window
 * as it opened.
 */
class AnalystDeskTest extends FixtureAppFlow {

    private static final LocalDate FIRST_DAY = LocalDate.of(2005, 3, 18);


    @BeforeEach
    void backToTheOpeningState() throws TimeoutException {
        waitUntil(() -> app.model().loadStateProperty().get() == MainViewModel.LoadState.READY);
        interact(() -> {
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
            lookup(".check-box").queryAllAs(CheckBox.class).forEach(box -> box.setSelected(true));
            app.model().setMode(ViewMode.UP_TO_DAY);
            app.model().clearSelection();
            app.model().goTo(FIRST_DAY);
            app.view().searchView().close();
            tableItem().setSelected(false);
        });
        waitUntil(() -> !app.model().filteringProperty().get());
        prefs.clear();
    }

    // ---- the incident table

    @Test
    void theTableOpensWithItsShortcutAndListsWhatTheMapShows() throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(() -> lookup("#incidentTable").tryQuery().isPresent());
        interact(() -> app.model().goTo(LocalDate.of(2005, 3, 21)));
        waitUntil(() -> rows().size() == app.model().visibleCountProperty().get());
        assertEquals(6, rows().size(), "every incident of 18-21 March 2005");
        assertEquals(LocalDate.of(2005, 3, 21), rows().get(0).date(), "newest first");

        // The legend's filters reach the table.
        clickFilter("#filter-seizure");
        waitUntil(() -> rows().size() == app.model().visibleCountProperty().get());
        assertTrue(rows().stream().noneMatch(r -> r.type().startsWith("seizure")), rows().toString());
        assertEquals(2, rows().size());

        // "This day only" too.
        interact(() -> app.model().setMode(ViewMode.DAY_ONLY));
        waitUntil(() -> rows().size() == 1);
        assertEquals("protest", rows().get(0).type());
    }

    @Test
    void choosingARowSelectsItsMarkerAndOpensItsExcerpts() throws TimeoutException {
        openTable();
        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 14)));
        waitUntil(() -> rows().stream().anyMatch(r -> r.place().equals("Batken")));
        int batken = indexOf("Batken");
        interact(() -> app.view().incidentTable().table().scrollTo(batken));
        clickOn(lookup("#incidentTable .table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == batken)
                .queryAs(Node.class));
        waitUntil(() -> Fixture.BATKEN.equals(app.model().selectedPlaceIdProperty().get()));
        assertTrue(lookup("#excerptPanel").tryQuery().isPresent(), "the panel opens");
        assertEquals("Batken", lookup("#excerptTitle").queryAs(Label.class).getText());
        assertEquals(40.06, app.view().map().getCenter().getLatitude(), 0.05, "the map is centred on Batken");
    }

    @Test
    void selectingAMarkerSelectsItsRowsAndCtrlCCopiesThemAsCsv() throws TimeoutException {
        openTable();
        interact(() -> app.model().goTo(LocalDate.of(2005, 3, 21)));
        waitUntil(() -> rows().size() == 6);
        MapFrames.awaitDrawn(app.view().incidentLayer());
        clickOn(app.view().incidentLayer().onScreen(app.view().incidentLayer().shownMarker(Fixture.JALAL_ABAD).orElseThrow()));
        waitUntil(() -> Fixture.JALAL_ABAD.equals(app.model().selectedPlaceIdProperty().get()));
        List<IncidentRow> selected = List.copyOf(app.view().incidentTable().table().getSelectionModel().getSelectedItems());
        assertEquals(2, selected.size(), selected.toString());
        assertTrue(selected.stream().allMatch(r -> r.place().equals("Jalal-Abad")));

        clickOn(lookup("#incidentTable .table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).isSelected())
                .queryAs(Node.class));
        interact(() -> app.view().incidentTable().table().getSelectionModel().selectAll());
        press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String csv = clipboard();
        List<String> lines = csv.lines().toList();
        assertEquals(String.join(",", IncidentRow.COLUMNS), lines.get(0));
        assertEquals(7, lines.size(), csv);
        assertTrue(lines.contains("2005-03-20,clash,Jalal-Abad,city,8,21,,\"Fox News; Al Jazeera\",2"), csv);
    }

    @Test
    void columnFiltersNarrowTheRowsAndTheCaptionSaysSo() throws TimeoutException {
        openTable();
        interact(() -> app.model().goTo(LocalDate.of(2005, 3, 21)));
        waitUntil(() -> rows().size() == 6);
        IncidentTableView table = app.view().incidentTable();
        TableColumn<?, ?> place = table.table().getColumns().stream().filter(c -> c.getText().equals("Place")).findFirst().orElseThrow();
        interact(() -> {
            table.filter().unselectValue(place, "Osh");
            table.filter().executeFilter();
        });
        waitUntil(() -> rows().size() == 2);
        assertTrue(rows().stream().allMatch(r -> r.place().equals("Jalal-Abad")));
        assertEquals("2 of 6 incidents match the column filters", table.caption().getText());
        interact(() -> table.filter().resetFilter());
    }

    // ---- search

    @Test
    void ctrlFFindsAPlaceByItsCyrillicNameAndGoesToItsFirstIncident() throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> app.view().searchView().isVisible() && app.view().searchView().field().isFocused());
        interact(() -> app.view().searchView().field().setText("Джалал-Абад"));
        waitUntil(() -> !app.view().searchView().results().getItems().isEmpty());
        type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2005, 3, 20).equals(app.model().date()));
        assertEquals(Fixture.JALAL_ABAD, app.model().selectedPlaceIdProperty().get());
        assertEquals(40.93, app.view().map().getCenter().getLatitude(), 0.05);
        assertFalse(app.view().searchView().isVisible(), "the box closes once a result is chosen, uncovering the map");
    }

    @Test
    void searchFindsWordsOfTheExcerptsAndTheLatinSpelling() throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> app.view().searchView().field().isFocused());
        write("Jalalabad");
        waitUntil(() -> app.view().searchView().results().getItems().stream()
                .anyMatch(h -> h.place().id().equals(Fixture.JALAL_ABAD)));
        interact(() -> app.view().searchView().field().setText("retaking the building"));
        waitUntil(() -> !app.view().searchView().results().getItems().isEmpty()
                && app.view().searchView().results().getItems().get(0).kind() == org.incidentatlas.search.SearchHit.Kind.EXCERPT);
        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 14)));
        clickOn(lookup("#searchResults .list-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> LocalDate.of(2005, 3, 18).equals(app.model().date()));
        assertEquals(Fixture.OSH, app.model().selectedPlaceIdProperty().get());
    }

    // ---- claims follow the outlet filter

    @Test
    void untickingAnOutletHidesItsClaimsAndRecomputesTheNumbers() throws TimeoutException {
        interact(() -> {
            app.model().goTo(LocalDate.of(2005, 3, 20));
            app.model().select(Fixture.JALAL_ABAD);
        });
        waitUntil(() -> facts().contains("Killed / injured: 8 killed, 21 injured"));
        assertTrue(sourceHeadings().stream().anyMatch(h -> h.startsWith("Al Jazeera")));

        clickFilter("#outlet-al-jazeera");
        waitUntil(() -> facts().contains("Killed / injured: 21 injured"));
        assertTrue(sourceHeadings().stream().noneMatch(h -> h.startsWith("Al Jazeera")), sourceHeadings().toString());
        assertTrue(lookup("#incident-2005-03-20-clash-jalal-abad .section-label").queryAs(Label.class).getText().equals("Source"));

        // Teyit was reported by Al Jazeera alone: it leaves the map and the day's count.
        interact(() -> app.model().goTo(LocalDate.of(2010, 5, 14)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.model().markersProperty().get().stream().noneMatch(m -> m.placeId().equals(Fixture.TEYIT)));
        int shown = app.model().histogramProperty().get().stream().filter(d -> d.day().equals(LocalDate.of(2010, 5, 14)))
                .findFirst().orElseThrow().total();
        assertEquals(3, shown, "Osh's clash and retaking, Jalal-Abad's clash: reported by Voice of America too");
    }

    // ---- provenance, selection and citation

    @Test
    void thePanelSaysHowThePlaceAndDateWereDecidedAndNamesTheReport() throws Exception {
        Article report = ARTICLES.load("000_eeaf84d5f8c5e0cc");
        interact(() -> app.model().select(Fixture.OSH));
        waitUntil(() -> lookup("#excerptPanel .report-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("\u201c" + report.title() + "\u201d")));
        waitUntil(60, () -> lookup("#excerptPanel .provenance-line").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Date: ")));
        List<String> lines = lookup("#excerptPanel .provenance-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Place: ")), lines.toString());
        assertTrue(facts().stream().anyMatch(f -> f.startsWith("Located: at the place itself")), facts().toString());
    }

    @Test
    void excerptsAreSelectableAndCopyWithCitationNamesOutletDateAndTitle() throws Exception {
        Article report = ARTICLES.load("000_eeaf84d5f8c5e0cc");
        interact(() -> app.model().select(Fixture.OSH));
        waitUntil(() -> lookup("#excerptPanel .selectable-excerpt").tryQuery().isPresent());
        SelectableExcerpt excerpt = lookup("#excerptPanel .selectable-excerpt").queryAs(SelectableExcerpt.class);
        Text stormed = excerpt.flow().getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getText().contains("stormed")).findFirst().orElseThrow();
        probeTheClipboard();
        doubleClickOn(stormed);
        assertEquals("stormed", excerpt.selectedText());
        press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertEquals("stormed", clipboard());

        clickOn(lookup("#excerptPanel .copy-citation").queryAs(Hyperlink.class));
        // The bundled reports have no address; Citation's own test covers one that has.
        waitUntil(() -> clipboard().contains(report.title()));
        String cited = clipboard();
        assertTrue(cited.startsWith("\u201cstormed\u201d (Fox News, 21 March 2005, \u201c" + report.title() + "\u201d"), cited);
    }

    // ---- defects

    @Test
    void triggerWordsAreTintedNotUnderlinedAndVisitedLinksKeepTheirColour() throws TimeoutException {
        interact(() -> app.model().select(Fixture.OSH));
        waitUntil(() -> lookup("#excerptPanel .hl-trigger").tryQuery().isPresent());
        for (Text trigger : lookup("#excerptPanel .hl-trigger").queryAllAs(Text.class)) {
            assertFalse(trigger.isUnderline(), "a red underline reads as a spelling error: " + trigger.getText());
        }
        Path tint = lookup("#excerptPanel .trigger-mark").queryAs(Path.class);
        assertFalse(tint.getElements().isEmpty(), "the trigger word has a tint behind it");
        assertTrue(tint.getBoundsInLocal().getWidth() > 10);

        List<Hyperlink> links = List.copyOf(lookup("#excerptPanel .show-article").queryAllAs(Hyperlink.class));
        Hyperlink visited = links.stream().filter(l -> l.getText().equals("Show article")).findFirst().orElseThrow();
        Object colour = visited.getTextFill();
        clickOn(visited);
        waitUntil(() -> app.view().articleStage() != null && app.view().articleStage().isShowing());
        interact(() -> app.view().articleStage().hide());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visited.isVisited());
        assertEquals(colour, visited.getTextFill(), "a visited link keeps the link colour");
    }

    @Test
    void theArticleWindowIsHeadedByTitleOutletAndDateNotTheFileId() throws Exception {
        Article report = ARTICLES.load("000_eeaf84d5f8c5e0cc");
        interact(() -> app.model().select(Fixture.OSH));
        waitUntil(() -> lookup("#excerptPanel .show-article").tryQuery().isPresent());
        clickOn(lookup("#excerptPanel .show-article").queryAs(Hyperlink.class));
        waitUntil(() -> app.view().articleStage() != null && app.view().articleStage().isShowing());
        waitUntil(() -> report.title().equals(articleLabel("#articleTitle")));
        String byline = articleLabel("#articleByline");
        assertTrue(byline.startsWith("Fox News \u00b7 ") && byline.contains("21 March 2005"), byline);
        assertFalse(byline.contains(report.id()), byline);
        assertNotEquals(report.id(), articleLabel("#articleTitle"));
    }

    // ---- helpers

    private CheckMenuItem tableItem() {
        return (CheckMenuItem) lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "tableItem".equals(i.getId())).findFirst().orElseThrow();
    }

    private void openTable() throws TimeoutException {
        interact(() -> tableItem().setSelected(true));
        waitUntil(() -> lookup("#incidentTable").tryQuery().isPresent());
    }

    private List<IncidentRow> rows() {
        return List.copyOf(app.view().incidentTable().table().getItems());
    }

    private int indexOf(String place) {
        List<IncidentRow> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).place().equals(place)) {
                return i;
            }
        }
        throw new AssertionError(place + " not in " + rows);
    }

    private void clickFilter(String query) throws TimeoutException {
        // The legend's filters are made off the JavaFX thread (again when new outlets come) and put in over a few frames.
        waitUntil(() -> app.view().legend().completeProperty().get());
        clickOn(query);
        waitUntil(() -> !app.model().filteringProperty().get());
    }

    private List<String> facts() {
        return lookup("#excerptPanel .fact-name").queryAllAs(Label.class).stream()
                .map(name -> name.getText() + ": " + ((Label) ((javafx.scene.layout.HBox) name.getParent()).getChildren().get(1)).getText())
                .toList();
    }

    private List<String> sourceHeadings() {
        return lookup("#excerptPanel .source-heading").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private String articleLabel(String id) {
        return ((Label) app.view().articleStage().getScene().lookup(id)).getText();
    }

    /** The clipboard works here at all (a failure below is then the viewer's). */
    private void probeTheClipboard() {
        interact(() -> {
            javafx.scene.input.ClipboardContent probe = new javafx.scene.input.ClipboardContent();
            probe.putString("probe");
            Clipboard.getSystemClipboard().setContent(probe);
        });
        assertEquals("probe", clipboard(), "the test's clipboard");
    }

    private String clipboard() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        waitUntil(15, condition);
    }

    /** Called after a robot action or {@code interact}, which already let the JavaFX thread catch up. */
    private void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
