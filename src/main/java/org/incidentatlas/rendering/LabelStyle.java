package org.incidentatlas.rendering;

/**
 * How a place name is drawn: font size in pixels, weight, slant, and the radius of its dot
 * (0 for areas such as regions, whose names stand alone).
 */
public record LabelStyle(double fontSize, boolean bold, boolean italic, double dotRadius) {

    public static final LabelStyle MAJOR_CITY = new LabelStyle(14, true, false, 3.6);
    public static final LabelStyle CITY = new LabelStyle(13, true, false, 3.0);
    public static final LabelStyle TOWN = new LabelStyle(12, false, false, 2.6);
    public static final LabelStyle VILLAGE = new LabelStyle(11, false, false, 2.2);
    public static final LabelStyle REGION = new LabelStyle(12, false, true, 0);
    /** A country's name on the world layer, in capitals, centred in the country. */
    public static final LabelStyle COUNTRY = new LabelStyle(12, true, false, 0);
}
