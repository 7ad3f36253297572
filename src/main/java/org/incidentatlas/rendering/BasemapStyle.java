package org.incidentatlas.rendering;

import java.awt.Color;

/**
 * Colours of the drawn base map. The default is calm and print-like: muted relief, Kyrgyzstan in
 * full colour and its neighbours under a light grey veil, strong country borders, subtle dashed
 * oblast borders. The dark style keeps the same hierarchy on a night palette.
 *
 * @param outside      the sea, and the background beyond the world
 * @param reliefShadow, reliefLight  the relief raster's black and white are mapped onto these
 *                                   (channel by channel, so its tints survive); PRINT keeps it as drawn
 * @param land, coast  the world layer beyond the detailed data: flat land and the outlines of its countries
 */
public record BasemapStyle(Color outside, Color neighbourVeil, Color water, Color waterEdge, Color river,
                           Color border, Color borderHalo, Color oblastBorder, Color neighbourAdmin1,
                           Color reliefShadow, Color reliefLight, Color land, Color coast) {

    public static final BasemapStyle PRINT = new BasemapStyle(
            new Color(0xD5DEE4),
            new Color(245, 244, 241, 120),
            new Color(0x9CC0DC),
            new Color(0x6F9CC2),
            new Color(0x7BA7CF),
            new Color(0x3A3636),
            new Color(170, 110, 140, 70),
            new Color(0x7C5C86),
            new Color(0x9A968F),
            Color.BLACK,
            Color.WHITE,
            new Color(0xE9E8DA),
            new Color(0xA9A39A));

    public static final BasemapStyle DARK = new BasemapStyle(
            new Color(0x0D1117),
            new Color(13, 17, 23, 110),
            new Color(0x1D3B57),
            new Color(0x2F5B85),
            new Color(0x3B6E9E),
            new Color(0xC9D1D9),
            new Color(200, 120, 160, 60),
            new Color(0xA38BB0),
            new Color(0x6E7681),
            new Color(0x0B0E13),
            new Color(0x6B7078),
            new Color(0x272D33),
            new Color(0x454E5A));

    /** The relief colour {@code rgb} as this style shows it. */
    int tintRelief(int rgb) {
        if (keepsRelief()) {
            return rgb;
        }
        return (tint(rgb >> 16, reliefShadow.getRed(), reliefLight.getRed()) << 16)
                | (tint(rgb >> 8, reliefShadow.getGreen(), reliefLight.getGreen()) << 8)
                | tint(rgb, reliefShadow.getBlue(), reliefLight.getBlue());
    }

    /** True when the relief is shown as drawn (its black and white stay black and white). */
    boolean keepsRelief() {
        return reliefShadow.equals(Color.BLACK) && reliefLight.equals(Color.WHITE);
    }

    private static int tint(int channel, int low, int high) {
        return low + ((channel & 255) * (high - low) + 127) / 255;
    }
}
