package org.incidentatlas.ui;

import java.io.IOException;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import org.incidentatlas.markers.MarkerIcons;
import org.incidentatlas.model.IncidentKind;

/**
 * The marker symbols as JavaFX vector paths (crisp at any display scale), from the core's
 * {@link MarkerIcons}: one per kind of the catalogue. Loaded once, off the JavaFX thread.
 */
public final class IconLibrary {

    private final MarkerIcons icons;

    private IconLibrary(MarkerIcons icons) {
        this.icons = icons;
    }

    /** @throws IOException naming the icon file when a kind's icon is missing or unreadable */
    public static IconLibrary load() throws IOException {
        return new IconLibrary(MarkerIcons.bundled());
    }

    /** A new icon node, {@code size} pixels across; a group so that layout panes see its scaled size. */
    public Group create(IncidentKind kind, double size, Color fill) {
        SVGPath path = new SVGPath();
        path.setFill(fill);
        apply(path, kind, size);
        return new Group(path);
    }

    /** Re-points an existing icon node (markers reuse their nodes as the date changes). */
    public void apply(SVGPath path, IncidentKind kind, double size) {
        MarkerIcons.Icon icon = icons.of(kind);
        if (!icon.pathData().equals(path.getContent())) {
            path.setContent(icon.pathData());
            path.setFillRule(icon.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
        }
        double scale = size / MarkerIcons.VIEW_BOX;
        if (path.getTransforms().size() == 2 && path.getTransforms().get(0) instanceof Scale s && s.getX() == scale) {
            return; // same size as last time: nothing to change on this pulse
        }
        path.getTransforms().setAll(new Scale(scale, scale, 0, 0),
                new Translate(-MarkerIcons.VIEW_BOX / 2, -MarkerIcons.VIEW_BOX / 2));
    }

    /** A kind's icon as path data on the {@link MarkerIcons#VIEW_BOX}, for drawing it other than as a node. */
    public MarkerIcons.Icon icon(IncidentKind kind) {
        return icons.of(kind);
    }

    public static Color color(IncidentKind kind) {
        return Color.web(kind.color());
    }
}
