package org.incidentatlas.rendering;

/**
 * How a place name is drawn: font size in pixels, weight, slant, and the radius of its dot
 * (0 for areas such as regions, whose names stand alone). A fixed set, so an enum: the fonts are
 * looked up by style, and an enum's hash is its identity, where a record's generated {@code hashCode}
 * builds method handles on its first call in a process (10-30 ms of a {@code render}).
 */
public enum LabelStyle {

    MAJOR_CITY(14, true, false, 3.6),
    CITY(13, true, false, 3.0),
    TOWN(12, false, false, 2.6),
    VILLAGE(11, false, false, 2.2),
    REGION(12, false, true, 0),
    /** A country's name on the world layer, in capitals, centred in the country. */
    COUNTRY(12, true, false, 0);

    private final double fontSize;
    private final boolean bold;
    private final boolean italic;
    private final double dotRadius;

    LabelStyle(double fontSize, boolean bold, boolean italic, double dotRadius) {
        this.fontSize = fontSize;
        this.bold = bold;
        this.italic = italic;
        this.dotRadius = dotRadius;
    }

    public double fontSize() {
        return fontSize;
    }

    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }

    public double dotRadius() {
        return dotRadius;
    }
}
