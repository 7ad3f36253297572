package org.incidentatlas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import org.incidentatlas.timeline.MarkerIcon;

/**
 * The marker symbols, read from the path data of {@code icons/*.svg} so they stay vectors and
 * look crisp at any display scale. Loaded once, off the JavaFX thread.
 */
public final class IconLibrary {

    /** Every icon is drawn on a 24 x 24 view box. */
    public static final double VIEW_BOX = 24;

    private static final Pattern PATH_DATA = Pattern.compile("\\sd=\"([^\"]+)\"");
    private static final Pattern FILL_RULE = Pattern.compile("fill-rule=\"(evenodd|nonzero)\"");

    private record Shape(String content, FillRule fillRule) {
    }

    private final Map<MarkerIcon, Shape> shapes;

    private IconLibrary(Map<MarkerIcon, Shape> shapes) {
        this.shapes = shapes;
    }

    public static IconLibrary load() throws IOException {
        Map<MarkerIcon, Shape> shapes = new EnumMap<>(MarkerIcon.class);
        for (MarkerIcon icon : MarkerIcon.values()) {
            try (InputStream in = IconLibrary.class.getResourceAsStream(icon.resource())) {
                if (in == null) {
                    throw new IOException(icon.resource() + " is not bundled with the app");
                }
                String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher d = PATH_DATA.matcher(svg);
                if (!d.find()) {
                    throw new IOException(icon.resource() + " has no <path d=\"...\">");
                }
                Matcher rule = FILL_RULE.matcher(svg);
                shapes.put(icon, new Shape(d.group(1),
                        rule.find() && rule.group(1).equals("evenodd") ? FillRule.EVEN_ODD : FillRule.NON_ZERO));
            }
        }
        return new IconLibrary(shapes);
    }

    /** A new icon node, {@code size} pixels across; a group so that layout panes see its scaled size. */
    public Group create(MarkerIcon icon, double size, Color fill) {
        SVGPath path = new SVGPath();
        path.setFill(fill);
        apply(path, icon, size);
        return new Group(path);
    }

    /** Re-points an existing icon node (markers reuse their nodes as the date changes). */
    public void apply(SVGPath path, MarkerIcon icon, double size) {
        Shape shape = shapes.get(icon);
        if (!shape.content().equals(path.getContent())) {
            path.setContent(shape.content());
            path.setFillRule(shape.fillRule());
        }
        double scale = size / VIEW_BOX;
        if (path.getTransforms().size() == 2 && path.getTransforms().get(0) instanceof Scale s && s.getX() == scale) {
            return; // same size as last time: nothing to change on this pulse
        }
        path.getTransforms().setAll(new Scale(scale, scale, 0, 0), new Translate(-VIEW_BOX / 2, -VIEW_BOX / 2));
    }

    public static Color color(MarkerIcon icon) {
        return Color.web(icon.color());
    }
}
