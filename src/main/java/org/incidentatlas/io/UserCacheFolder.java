package org.incidentatlas.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's cache folder of the app, for what may be lost without harm (logs of unexpected errors, the map's saved
 * tiles): {@code $XDG_CACHE_HOME/incident-atlas} (default {@code ~/.cache/incident-atlas}),
 * {@code ~/Library/Caches/incident-atlas} on macOS, {@code %LOCALAPPDATA%\incident-atlas} on Windows.
 */
public final class UserCacheFolder {

    private UserCacheFolder() {
    }

    /** @param environment the process environment (its XDG_CACHE_HOME and LOCALAPPDATA) */
    public static Path of(Map<String, String> environment) {
        String home = System.getProperty("user.home", ".");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && environment.get("LOCALAPPDATA") != null) {
            return Path.of(environment.get("LOCALAPPDATA"), "incident-atlas");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "incident-atlas");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        // A relative XDG_CACHE_HOME is invalid by the XDG spec and ignored.
        return (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("incident-atlas");
    }
}
