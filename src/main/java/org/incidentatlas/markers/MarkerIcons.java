package org.incidentatlas.markers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.model.IncidentKind;

/**
 * The marker symbols as vector path data, read once from {@code icons/<kind>.svg} for every kind
 * of the catalogue. The app and {@code render} draw from the same paths; a kind without its icon
 * is an error here, naming the file, never a blank marker.
 */
public final class MarkerIcons {

    /** Every icon is drawn on a 24 x 24 view box. */
    public static final double VIEW_BOX = 24;

    private static final Pattern PATH_DATA = Pattern.compile("\\sd=\"([^\"]+)\"");
    private static final Pattern FILL_RULE = Pattern.compile("fill-rule=\"(evenodd|nonzero)\"");

    /** One icon: SVG path data on the {@link #VIEW_BOX}, and whether it fills by the even-odd rule. */
    public record Icon(String pathData, boolean evenOdd) {

        public Icon {
            Objects.requireNonNull(pathData, "pathData");
        }
    }

    private final Map<IncidentKind, Icon> icons;

    private MarkerIcons(Map<IncidentKind, Icon> icons) {
        this.icons = Map.copyOf(icons);
    }

    /** The icons bundled on the class path, one per kind of {@link IncidentKind#all()}. */
    public static MarkerIcons bundled() throws IOException {
        Map<IncidentKind, Icon> icons = new LinkedHashMap<>();
        for (IncidentKind kind : IncidentKind.all()) {
            String resource = kind.iconResource();
            try (InputStream in = MarkerIcons.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("the icon of " + kind.label() + ", " + resource + ", is not bundled");
                }
                icons.put(kind, parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return new MarkerIcons(icons);
    }

    /** One icon from its SVG text: the first {@code <path d="...">} and its fill rule. */
    static Icon parse(String name, String svg) throws IOException {
        Matcher d = PATH_DATA.matcher(svg);
        if (!d.find()) {
            throw new IOException(name + " has no <path d=\"...\">");
        }
        Matcher rule = FILL_RULE.matcher(svg);
        return new Icon(d.group(1), rule.find() && rule.group(1).equals("evenodd"));
    }

    /** A kind's icon; every kind of the catalogue has one. */
    public Icon of(IncidentKind kind) {
        Icon icon = icons.get(kind);
        if (icon == null) {
            throw new UncheckedIOException(new IOException("no icon for " + kind.label()));
        }
        return icon;
    }
}
