package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;

import org.incidentatlas.model.Highlight;
import org.incidentatlas.model.Source;

/**
 * An excerpt that reads like the page it came from: trigger words tinted as with a marker pen
 * (drawn behind the text, since a text node has no background), and text the user can select with
 * the mouse and copy (Ctrl+C or the context menu), which a {@link TextFlow} alone does not allow.
 */
final class SelectableExcerpt extends Region {

    private final String text;
    private final TextFlow flow;
    private final Path marks = new Path();
    private final Path selection = new Path();
    private final List<int[]> triggers = new ArrayList<>();
    private final ContextMenu menu = new ContextMenu();
    private int anchor;
    private int selectionStart;
    private int selectionEnd;

    SelectableExcerpt(Source source) {
        text = source.excerpt();
        flow = ExcerptText.flow(source);
        getStyleClass().add("selectable-excerpt");
        for (Highlight h : source.highlights()) {
            int from = h.start() - source.start();
            int to = h.end() - source.start();
            if (h.kind() == Highlight.Kind.TRIGGER && from >= 0 && to <= text.length() && from < to) {
                triggers.add(new int[] {from, to});
            }
        }
        marks.getStyleClass().add("trigger-mark");
        selection.getStyleClass().add("excerpt-selection");
        for (Path p : List.of(marks, selection)) {
            p.setManaged(false);
            p.setMouseTransparent(true);
        }
        getChildren().addAll(marks, selection, flow);
        flow.setCursor(Cursor.TEXT);
        flow.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        flow.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> select(anchor, indexAt(e)));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C && hasSelection()) {
                copySelection();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
                select(0, text.length());
                e.consume();
            }
        });
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> copySelection());
        MenuItem all = new MenuItem("Select all");
        all.setOnAction(e -> select(0, text.length()));
        menu.getItems().addAll(copy, all);
        flow.setOnContextMenuRequested(e -> menu.show(flow, e.getScreenX(), e.getScreenY()));
        setFocusTraversable(false);
    }

    /** Extra entries for the context menu, e.g. "Copy with citation". */
    void addMenuItem(MenuItem item) {
        menu.getItems().add(item);
    }

    TextFlow flow() {
        return flow;
    }

    String text() {
        return text;
    }

    /** What the user selected, or the whole excerpt when nothing is. */
    String selectedOrAll() {
        return hasSelection() ? selectedText() : text;
    }

    String selectedText() {
        return text.substring(selectionStart, selectionEnd);
    }

    boolean hasSelection() {
        return selectionEnd > selectionStart;
    }

    /** Selects characters {@code [from, to)} of the excerpt (either order). */
    void select(int from, int to) {
        selectionStart = Math.max(0, Math.min(from, to));
        selectionEnd = Math.min(text.length(), Math.max(from, to));
        requestLayout();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        // Consumed, or the scroll pane around the panel takes the focus (and with it Ctrl+C) on the same press.
        e.consume();
        anchor = indexAt(e);
        if (e.getClickCount() == 2) {
            selectWordAt(anchor);
        } else {
            select(anchor, anchor);
        }
    }

    private void selectWordAt(int at) {
        int from = Math.min(at, text.length());
        int to = from;
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        select(from, to);
    }

    private int indexAt(MouseEvent e) {
        Point2D local = flow.sceneToLocal(e.getSceneX(), e.getSceneY());
        return Math.max(0, Math.min(text.length(), flow.hitTest(local).getInsertionIndex()));
    }

    private void copySelection() {
        if (hasSelection()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(selectedText());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 40;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return flow.prefWidth(height) + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
        return flow.prefHeight(inner) + in.getTop() + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        flow.resizeRelocate(in.getLeft(), in.getTop(), width, flow.prefHeight(width));
        flow.layout();
        List<PathElement> tint = new ArrayList<>();
        for (int[] span : triggers) {
            tint.addAll(List.of(flow.rangeShape(span[0], span[1])));
        }
        marks.getElements().setAll(tint);
        selection.getElements().setAll(hasSelection() ? List.of(flow.rangeShape(selectionStart, selectionEnd)) : List.of());
        for (Path p : List.of(marks, selection)) {
            p.setLayoutX(in.getLeft());
            p.setLayoutY(in.getTop());
        }
    }
}
