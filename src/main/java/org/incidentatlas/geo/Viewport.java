package org.incidentatlas.geo;

/**
 * A rectangle of the Web-Mercator world seen on screen: {@code width x height} pixels whose
 * top-left corner is world pixel ({@code left}, {@code top}) at {@code zoom}. A tile is a viewport;
 * so is a whole rendered picture or the app's map window.
 */
public record Viewport(double zoom, double left, double top, int width, int height) {

    public Viewport {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("viewport size must be positive: " + width + "x" + height);
        }
    }

    /** The slippy-map tile (zoom, x, y). */
    public static Viewport tile(int zoom, long x, long y) {
        return new Viewport(zoom, (double) x * WebMercator.TILE_SIZE, (double) y * WebMercator.TILE_SIZE,
                WebMercator.TILE_SIZE, WebMercator.TILE_SIZE);
    }

    /** A view centred on (lat, lon), as Gluon's MapView centres its map. */
    public static Viewport centredOn(double lat, double lon, double zoom, int width, int height) {
        return new Viewport(zoom, WebMercator.x(lon, zoom) - width / 2.0, WebMercator.y(lat, zoom) - height / 2.0,
                width, height);
    }

    /** Screen x of a longitude. */
    public double screenX(double lon) {
        return WebMercator.x(lon, zoom) - left;
    }

    /** Screen y of a latitude. */
    public double screenY(double lat) {
        return WebMercator.y(lat, zoom) - top;
    }

    public double centreLat() {
        return WebMercator.lat(top + height / 2.0, zoom);
    }

    public double centreLon() {
        return WebMercator.lon(left + width / 2.0, zoom);
    }

    /** Scale from normalised world coordinates (the world as a 1x1 square) to screen pixels. */
    public double worldScale() {
        return WebMercator.worldSize(zoom);
    }

    /**
     * The same window at another zoom, with the world point under screen (x, y) kept there: how a
     * map zooms about the pointer.
     */
    public Viewport zoomedAbout(double newZoom, double x, double y) {
        double scale = Math.pow(2, newZoom - zoom);
        return new Viewport(newZoom, (left + x) * scale - x, (top + y) * scale - y, width, height);
    }

    /**
     * The closest view of a {@code width x height} window (at most {@code maxZoom}) that shows a
     * latitude/longitude box whole, centred on it.
     */
    public static Viewport framing(double south, double west, double north, double east, int width, int height,
                                   double maxZoom) {
        double spanX = WebMercator.x(east, 0) - WebMercator.x(west, 0);
        double spanY = WebMercator.y(south, 0) - WebMercator.y(north, 0);
        double zoom = Math.min(maxZoom, Math.min(Math.log(width / spanX), Math.log(height / spanY)) / Math.log(2));
        double cx = (WebMercator.x(west, zoom) + WebMercator.x(east, zoom)) / 2;
        double cy = (WebMercator.y(north, zoom) + WebMercator.y(south, zoom)) / 2;
        return new Viewport(zoom, cx - width / 2.0, cy - height / 2.0, width, height);
    }
}
