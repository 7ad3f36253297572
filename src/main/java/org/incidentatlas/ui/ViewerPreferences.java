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

    public WindowSize windowSizeOr(WindowSize fallback) {
        double w = node.getDouble("window.width", fallback.width());
        double h = node.getDouble("window.height", fallback.height());
        // A size from another, larger screen would open the window partly off-screen.
        return new WindowSize(Math.max(640, Math.min(w, 4000)), Math.max(480, Math.min(h, 3000)));
    }

    public void saveWindowSize(WindowSize size) {
        node.putDouble("window.width", size.width());
        node.putDouble("window.height", size.height());
    }

    public Optional<WindowPosition> windowPosition() {
        double x = node.getDouble("window.x", Double.NaN);
        double y = node.getDouble("window.y", Double.NaN);
        return Double.isFinite(x) && Double.isFinite(y) ? Optional.of(new WindowPosition(x, y)) : Optional.empty();
    }

    public void saveWindowPosition(WindowPosition position) {
        node.putDouble("window.x", position.x());
        node.putDouble("window.y", position.y());
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

    public Optional<MapState> mapState() {
        double zoom = node.getDouble("map.zoom", -1);
        if (zoom < 1 || zoom > 19) {
            return Optional.empty();
        }
        double lat = node.getDouble("map.lat", Double.NaN);
        double lon = node.getDouble("map.lon", Double.NaN);
        if (!(Math.abs(lat) <= 85) || !(Math.abs(lon) <= 180)) {
            return Optional.empty();
        }
        return Optional.of(new MapState(lat, lon, zoom));
    }

    public void saveMapState(MapState state) {
        node.putDouble("map.lat", state.lat());
        node.putDouble("map.lon", state.lon());
        node.putDouble("map.zoom", state.zoom());
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
