package org.incidentatlas.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the viewer remembers between runs: window size, place and maximised state, last date, map
 * view, theme.
 * The node comes from the system property {@value #NODE_PROPERTY} when set (tests set it, so they
 * never overwrite a user's settings).
 */
public final class ViewerPreferences {

    public static final String NODE_PROPERTY = "incidentatlas.prefs.node";
    public static final String DEFAULT_NODE = "org/incidentatlas/viewer";

    private final Preferences node;

    public ViewerPreferences(Preferences node) {
        this.node = node;
    }

    public static ViewerPreferences fromSystemProperty() {
        return new ViewerPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    /** The window's remembered size. */
    public record WindowSize(double width, double height) {
    }

    /** Where the window's top-left corner was, in screen coordinates. */
    public record WindowPosition(double x, double y) {
    }

    /** Where the map looked. */
    public record MapState(double lat, double lon, double zoom) {
    }

    /** The smallest and largest map zoom the viewer shows and remembers. */
    static final double MIN_ZOOM = 1;
    static final double MAX_ZOOM = 19;

    /**
     * The remembered size, or {@code fallback} when none or a damaged one (NaN, infinite) is stored;
     * bounded to 640..4000 x 480..3000 ({@link WindowPlacement#fit} then fits it to a current screen).
     */
    public WindowSize windowSizeOr(WindowSize fallback) {
        double w = node.getDouble("window.width", fallback.width());
        double h = node.getDouble("window.height", fallback.height());
        if (!Double.isFinite(w) || !Double.isFinite(h)) {
            w = fallback.width();
            h = fallback.height();
        }
        return new WindowSize(Math.max(640, Math.min(w, 4000)), Math.max(480, Math.min(h, 3000)));
    }

    /** Saved only when finite and positive: a broken value is never written back. */
    public void saveWindowSize(WindowSize size) {
        if (Double.isFinite(size.width()) && Double.isFinite(size.height()) && size.width() > 0 && size.height() > 0) {
            node.putDouble("window.width", size.width());
            node.putDouble("window.height", size.height());
        }
    }

    public Optional<WindowPosition> windowPosition() {
        double x = node.getDouble("window.x", Double.NaN);
        double y = node.getDouble("window.y", Double.NaN);
        return Double.isFinite(x) && Double.isFinite(y) ? Optional.of(new WindowPosition(x, y)) : Optional.empty();
    }

    public void saveWindowPosition(WindowPosition position) {
        if (Double.isFinite(position.x()) && Double.isFinite(position.y())) {
            node.putDouble("window.x", position.x());
            node.putDouble("window.y", position.y());
        }
    }

    public boolean windowMaximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void saveWindowMaximized(boolean maximized) {
        node.putBoolean("window.maximized", maximized);
    }

    public Optional<LocalDate> lastDate() {
        String text = node.get("date", "");
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void saveLastDate(LocalDate date) {
        node.put("date", date.toString());
    }

    /** The remembered map view, or empty when any of its numbers is missing, not finite or out of range. */
    public Optional<MapState> mapState() {
        MapState state = new MapState(node.getDouble("map.lat", Double.NaN), node.getDouble("map.lon", Double.NaN),
                node.getDouble("map.zoom", Double.NaN));
        return valid(state) ? Optional.of(state) : Optional.empty();
    }

    /** Saved only when valid as a whole: a NaN zoom or a centre off the map is never written back. */
    public void saveMapState(MapState state) {
        if (valid(state)) {
            node.putDouble("map.lat", state.lat());
            node.putDouble("map.lon", state.lon());
            node.putDouble("map.zoom", state.zoom());
        }
    }

    static boolean valid(MapState state) {
        // Written as "within" tests so that NaN, which fails every comparison, is refused.
        return state.zoom() >= MIN_ZOOM && state.zoom() <= MAX_ZOOM
                && Math.abs(state.lat()) <= 85 && Math.abs(state.lon()) <= 180;
    }

    public Theme theme() {
        try {
            return Theme.valueOf(node.get("theme", Theme.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    public void saveTheme(Theme theme) {
        node.put("theme", theme.name());
    }

    /** Writes to the backing store; a failure only loses the remembered state, so it is not fatal. */
    public boolean flush() {
        try {
            node.flush();
            return true;
        } catch (BackingStoreException e) {
            return false;
        }
    }

    /** Forgets everything (tests start from a clean slate). */
    public void clear() {
        try {
            node.clear();
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot clear preferences " + node.absolutePath(), e);
        }
    }
}
