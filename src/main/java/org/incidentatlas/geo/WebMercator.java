package org.incidentatlas.geo;

/**
 * The spherical Web-Mercator projection used by Gluon Maps and slippy-map tiles: at zoom {@code z}
 * the world is a square of {@code 256 * 2^z} pixels, x growing east from longitude -180 and y
 * growing south from latitude ~85.05. Fractional zooms scale continuously, as Gluon's
 * {@code BaseMap} does. The one place this formula lives: the tile renderer, the command-line
 * renderer and the map overlays all project through here, so they can never drift apart.
 */
public final class WebMercator {

    public static final int TILE_SIZE = 256;
    /** Latitude where the Web-Mercator square ends (y = 0). */
    public static final double MAX_LATITUDE = 85.0511287798066;
    private static final double EARTH_RADIUS_M = 6_378_137.0;

    private WebMercator() {
    }

    /** Width (and height) of the whole world, in pixels, at {@code zoom}. */
    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** Longitude to world pixel x at {@code zoom}. */
    public static double x(double lon, double zoom) {
        return (lon + 180.0) / 360.0 * worldSize(zoom);
    }

    /** Latitude to world pixel y at {@code zoom}; the same expression as Gluon's BaseMap. */
    public static double y(double lat, double zoom) {
        double phi = Math.toRadians(clampLatitude(lat));
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * worldSize(zoom);
    }

    public static double lon(double x, double zoom) {
        return x / worldSize(zoom) * 360.0 - 180.0;
    }

    public static double lat(double y, double zoom) {
        double n = Math.PI * (1 - 2 * y / worldSize(zoom));
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Ground metres covered by one pixel at {@code lat} and {@code zoom} (for the scale bar). */
    public static double metresPerPixel(double lat, double zoom) {
        return 2 * Math.PI * EARTH_RADIUS_M * Math.cos(Math.toRadians(lat)) / worldSize(zoom);
    }

    /** The zoom at which {@code pixelsPerDegreeLon} pixels span one degree of longitude. */
    public static double zoomForPixelsPerDegree(double pixelsPerDegreeLon) {
        return Math.log(pixelsPerDegreeLon * 360.0 / TILE_SIZE) / Math.log(2);
    }

    private static double clampLatitude(double lat) {
        return Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
    }
}
