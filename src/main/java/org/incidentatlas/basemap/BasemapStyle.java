package org.incidentatlas.basemap;

import java.awt.Color;

/**
 * Colours of the drawn base map. The default is calm and print-like: muted relief, Kyrgyzstan in
 * full colour and its neighbours under a light grey veil, strong country borders, subtle dashed
 * oblast borders.
 */
public record BasemapStyle(Color outside, Color neighbourVeil, Color water, Color waterEdge, Color river,
                           Color border, Color borderHalo, Color oblastBorder, Color neighbourAdmin1) {

    public static final BasemapStyle PRINT = new BasemapStyle(
            new Color(0xE4E2DD),
            new Color(245, 244, 241, 120),
            new Color(0x9CC0DC),
            new Color(0x6F9CC2),
            new Color(0x7BA7CF),
            new Color(0x3A3636),
            new Color(170, 110, 140, 70),
            new Color(0x7C5C86),
            new Color(0x9A968F));
}
