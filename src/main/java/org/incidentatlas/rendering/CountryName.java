package org.incidentatlas.rendering;

import org.incidentatlas.geo.Viewport;

/**
 * A country's name on the world layer: where it goes (the centre of the largest circle inside the
 * country's largest part, so it sits well inside) and how much room it has there.
 *
 * @param isoN3 ISO 3166-1 numeric code, e.g. "417" for Kyrgyzstan
 * @param room  that circle's radius in normalised Web-Mercator units (the world is 1 wide)
 */
public record CountryName(String isoN3, String name, double lat, double lon, double room) {

    /**
     * How much wider than the circle a name may run: names are long and flat, the circle round,
     * and a name that overhangs the circle a little still reads as the country's.
     */
    static final double OVERHANG = 1.5;

    /** The room in screen pixels at this viewport's zoom. */
    double roomPixels(Viewport v) {
        return room * v.worldScale();
    }

    /** Whether a name {@code width} x {@code height} pixels fits the country at this viewport's zoom. */
    boolean fits(double width, double height, Viewport v) {
        double r = roomPixels(v);
        return width / 2 <= r * OVERHANG && height / 2 <= r;
    }
}
