package org.incidentatlas.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.incidentatlas.io.FieldMapping;
import org.incidentatlas.io.IncidentGeoJson;

/**
 * What the viewer remembers between runs: window size, place and maximised state, last date, map
 * view, theme, and the field mapping last chosen for someone else's GeoJSON.
 * The node comes from the system property {@value #NODE_PROPERTY} when set (tests set it, so they
 * never overwrite a user's settings).
 *
 * <p>The store is a file on disk: it is opened on first use and read at once by {@link #load()},
 * which the app calls off the JavaFX thread; what is read is checked as a whole, and whatever is
 * damaged is left out (and, being left out, never saved back).
 */
public final class ViewerPreferences {

    public static final String NODE_PROPERTY = "incidentatlas.prefs.node";
    public static final String DEFAULT_NODE = "org/incidentatlas/viewer";

    private final Supplier<Preferences> opener;
    private Preferences node;

    public ViewerPreferences(Preferences node) {
        this.opener = () -> node;
    }

    private ViewerPreferences(Supplier<Preferences> opener) {
        this.opener = opener;
    }

    /** The node is opened (its file read) on first use, not here: the app is built on the JavaFX thread. */
    public static ViewerPreferences fromSystemProperty() {
        return new ViewerPreferences(() -> Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    private synchronized Preferences node() {
        if (node == null) {
            node = opener.get();
        }
        return node;
    }

    /**
     * Everything remembered, read at once and checked as a whole: each part is present only when
     * all its numbers are finite and in range (a size with a NaN height has no width either, a
     * position needs a size to be judged on screen, a day lies within the dates incidents may have).
     * Whether the window fits the screens there are now is judged by {@link WindowPlacement#place}.
     */
    public record Remembered(Optional<WindowSize> size, Optional<WindowPosition> position, boolean maximized,
                             Optional<LocalDate> date, Optional<MapState> map, Theme theme) {
    }

    /** Reads the store (blocking on its file the first time): call it off the JavaFX thread. */
    public Remembered load() {
        Optional<WindowSize> size = windowSize();
        return new Remembered(size, size.isPresent() ? windowPosition() : Optional.empty(), windowMaximized(),
                lastDate(), mapState(), theme());
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
        return windowSize().orElse(fallback);
    }

    /** The remembered size, bounded to 640..4000 x 480..3000; empty when none, or either number is not finite. */
    Optional<WindowSize> windowSize() {
        double w = node().getDouble("window.width", Double.NaN);
        double h = node().getDouble("window.height", Double.NaN);
        if (!Double.isFinite(w) || !Double.isFinite(h)) {
            return Optional.empty();
        }
        return Optional.of(new WindowSize(Math.max(640, Math.min(w, 4000)), Math.max(480, Math.min(h, 3000))));
    }

    /** Saved only when finite and positive: a broken value is never written back. */
    public void saveWindowSize(WindowSize size) {
        if (Double.isFinite(size.width()) && Double.isFinite(size.height()) && size.width() > 0 && size.height() > 0) {
            node().putDouble("window.width", size.width());
            node().putDouble("window.height", size.height());
        }
    }

    public Optional<WindowPosition> windowPosition() {
        double x = node().getDouble("window.x", Double.NaN);
        double y = node().getDouble("window.y", Double.NaN);
        return Double.isFinite(x) && Double.isFinite(y) ? Optional.of(new WindowPosition(x, y)) : Optional.empty();
    }

    public void saveWindowPosition(WindowPosition position) {
        if (Double.isFinite(position.x()) && Double.isFinite(position.y())) {
            node().putDouble("window.x", position.x());
            node().putDouble("window.y", position.y());
        }
    }

    public boolean windowMaximized() {
        return node().getBoolean("window.maximized", false);
    }

    public void saveWindowMaximized(boolean maximized) {
        node().putBoolean("window.maximized", maximized);
    }

    /** The remembered day, when it lies within the dates incidents may have (1900..2100). */
    public Optional<LocalDate> lastDate() {
        String text = node().get("date", "");
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text)).filter(ViewerPreferences::valid);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void saveLastDate(LocalDate date) {
        if (valid(date)) {
            node().put("date", date.toString());
        }
    }

    private static boolean valid(LocalDate date) {
        return !date.isBefore(IncidentGeoJson.FIRST_DATE) && !date.isAfter(IncidentGeoJson.LAST_DATE);
    }

    /** The remembered map view, or empty when any of its numbers is missing, not finite or out of range. */
    public Optional<MapState> mapState() {
        MapState state = new MapState(node().getDouble("map.lat", Double.NaN), node().getDouble("map.lon", Double.NaN),
                node().getDouble("map.zoom", Double.NaN));
        return valid(state) ? Optional.of(state) : Optional.empty();
    }

    /** Saved only when valid as a whole: a NaN zoom or a centre off the map is never written back. */
    public void saveMapState(MapState state) {
        if (valid(state)) {
            node().putDouble("map.lat", state.lat());
            node().putDouble("map.lon", state.lon());
            node().putDouble("map.zoom", state.zoom());
        }
    }

    static boolean valid(MapState state) {
        // Written as "within" tests so that NaN, which fails every comparison, is refused.
        return state.zoom() >= MIN_ZOOM && state.zoom() <= MAX_ZOOM
                && Math.abs(state.lat()) <= 85 && Math.abs(state.lon()) <= 180;
    }

    public Theme theme() {
        try {
            return Theme.valueOf(node().get("theme", Theme.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    public void saveTheme(Theme theme) {
        node().put("theme", theme.name());
    }

    /** The properties last chosen for someone else's GeoJSON (File → Open incidents…), if any. */
    public Optional<FieldMapping> fieldMapping() {
        String date = node().get("mapping.date", "");
        String type = node().get("mapping.type", "");
        if (date.isBlank() || type.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new FieldMapping(date, type, Optional.of(node().get("mapping.place", "")).filter(s -> !s.isBlank()),
                Optional.of(node().get("mapping.notes", "")).filter(s -> !s.isBlank())));
    }

    public void saveFieldMapping(FieldMapping mapping) {
        node().put("mapping.date", mapping.date());
        node().put("mapping.type", mapping.type());
        node().put("mapping.place", mapping.place().orElse(""));
        node().put("mapping.notes", mapping.notes().orElse(""));
        flush();
    }

    /** Writes to the backing store; a failure only loses the remembered state, so it is not fatal. */
    public boolean flush() {
        try {
            node().flush();
            return true;
        } catch (BackingStoreException e) {
            return false;
        }
    }

    /** Forgets everything (tests start from a clean slate). */
    public void clear() {
        try {
            node().clear();
            node().flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot clear preferences " + node().absolutePath(), e);
        }
    }
}
