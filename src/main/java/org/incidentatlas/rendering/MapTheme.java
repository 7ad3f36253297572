package org.incidentatlas.rendering;

import java.awt.Color;

/**
 * The two looks of a drawn map, one per app theme: the base map's colours and those of everything
 * drawn on it (names, scale bar, credits, caption, legend). The render command, the replay frames
 * and the app's tiles and overlays all take their colours from here.
 *
 * @param basemap   relief, water, borders
 * @param panel     the translucent boxes behind the scale bar, credits, caption and legend
 * @param ink       text and lines on those boxes
 * @param faintInk  secondary text on them
 * @param kyrgyzName, foreignName, regionName  place-name colours
 * @param halo      the outline that keeps names readable over the relief
 * @param kyrgyzDot, foreignDot  the dots under town names
 */
public record MapTheme(BasemapStyle basemap, Color panel, Color ink, Color faintInk, Color kyrgyzName,
                       Color foreignName, Color regionName, Color halo, Color kyrgyzDot, Color foreignDot, Color dotRing) {

    public static final MapTheme LIGHT = new MapTheme(BasemapStyle.PRINT,
            new Color(255, 255, 255, 190), new Color(0x333333), new Color(0x5C5C5C),
            new Color(0x1E1E1E), new Color(0x55524D), new Color(0x6A5474), new Color(255, 255, 255, 215),
            new Color(0x8E1B1B), new Color(0x4A4744), Color.WHITE);

    /** Follows the app's dark theme (AtlantaFX Primer Dark: #0d1117 canvas, #c9d1d9 text). */
    public static final MapTheme DARK = new MapTheme(BasemapStyle.DARK,
            new Color(13, 17, 23, 200), new Color(0xC9D1D9), new Color(0x8B949E),
            new Color(0xE6EDF3), new Color(0xA8B0B8), new Color(0xC3A6D0), new Color(13, 17, 23, 215),
            new Color(0xFF8A80), new Color(0xA8B0B8), new Color(0x161B22));

    public static MapTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The colour of a placed name: regions and countries have their own, a town is Kyrgyz or foreign. */
    public Color nameInk(PlacedLabel label) {
        if (label.style() == LabelStyle.REGION) {
            return regionName;
        }
        if (label.style() == LabelStyle.COUNTRY) {
            return faintInk;
        }
        return isKyrgyz(label) ? kyrgyzName : foreignName;
    }

    /** The fill of a placed name's dot (its ring is {@link #dotRing}). */
    public Color dotFill(PlacedLabel label) {
        return isKyrgyz(label) ? kyrgyzDot : foreignDot;
    }

    private static boolean isKyrgyz(PlacedLabel label) {
        return "KG".equals(label.place().countryCode());
    }
}
