package org.incidentatlas.ui;

import java.util.Locale;
import java.util.Map;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The light and dark looks; SYSTEM follows the desktop where it can be told. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** The user-agent stylesheet for this choice. */
    public String stylesheet(Map<String, String> environment) {
        return isDark(environment) ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public boolean isDark(Map<String, String> environment) {
        return switch (this) {
            case LIGHT -> false;
            case DARK -> true;
            // JavaFX 21 has no platform colour-scheme API (it arrives in 22); GTK_THEME is what
            // GNOME-like desktops export for a dark variant ("Adwaita:dark"). Elsewhere: light.
            case SYSTEM -> environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark");
        };
    }
}
