package org.incidentatlas.rendering.vector;

import java.awt.Color;

import org.incidentatlas.rendering.BasemapStyle;

/**
 * Colours of the user's OpenStreetMap tiles as we draw them, one per map style: the light one a
 * calm street map in the tones of the drawn base map (its water), the dark one the same hierarchy
 * on the dark theme's night palette. Major roads stand out by colour, minor ones by their casing.
 */
public record VectorStyle(Color land, Color residential, Color green, Color wood, Color farmland, Color sand,
                          Color water, Color waterway, Color building, Color buildingEdge,
                          Color casing, Color motorway, Color trunk, Color primary, Color secondary, Color minor,
                          Color path, Color rail, Color boundary,
                          Color suburbName, Color streetName, Color halo) {

    public static final VectorStyle LIGHT = new VectorStyle(
            new Color(0xF2EFE9), new Color(0xE9E5DE), new Color(0xCFE3C1), new Color(0xBFD6AA), new Color(0xEDEFD6),
            new Color(0xF1E6C8),
            BasemapStyle.PRINT.water(), BasemapStyle.PRINT.river(), new Color(0xDCD3CB), new Color(0xC4B8AE),
            new Color(0xBDB5AA), new Color(0xE8909F), new Color(0xF4AE8E), new Color(0xFBD49A), new Color(0xF6F7BE),
            Color.WHITE,
            new Color(0xA0948A), new Color(0x9A9A9A), BasemapStyle.PRINT.oblastBorder(),
            new Color(0x4E4450), new Color(0x4A4744), new Color(255, 255, 255, 220));

    public static final VectorStyle DARK = new VectorStyle(
            new Color(0x161B22), new Color(0x1B2129), new Color(0x17291E), new Color(0x19301F), new Color(0x1A221B),
            new Color(0x2A2719),
            BasemapStyle.DARK.water(), BasemapStyle.DARK.river(), new Color(0x2A313B), new Color(0x39424E),
            new Color(0x0D1117), new Color(0x9B5F6B), new Color(0x93694F), new Color(0x7E6A45), new Color(0x5E5F42),
            new Color(0x3D4651),
            new Color(0x6E7681), new Color(0x59616B), BasemapStyle.DARK.oblastBorder(),
            new Color(0xC8BCD0), new Color(0xB8C0C8), new Color(13, 17, 23, 220));

    /** The street style that goes with a base-map style. */
    public static VectorStyle of(BasemapStyle basemap) {
        return basemap.equals(BasemapStyle.DARK) ? DARK : LIGHT;
    }
}
