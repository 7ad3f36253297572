package org.incidentatlas.rendering;

import org.incidentatlas.geo.WebMercator;

/**
 * A scale bar of a round length (1, 2 or 5 times a power of ten metres) that fits in a maximum
 * width, for the map's centre latitude. Shared by the app and the {@code render} command.
 *
 * @param metres the length the bar stands for
 * @param pixels its length on screen
 * @param label  e.g. "50 km" or "200 m"
 */
public record ScaleBar(double metres, double pixels, String label) {

    public static ScaleBar fitting(double lat, double zoom, double maxPixels) {
        double metresPerPixel = WebMercator.metresPerPixel(lat, zoom);
        double max = metresPerPixel * maxPixels;
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        double metres = power;
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= max) {
                metres = step * power;
                break;
            }
        }
        String label = metres >= 1000 ? format(metres / 1000) + " km" : format(metres) + " m";
        return new ScaleBar(metres, metres / metresPerPixel, label);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
