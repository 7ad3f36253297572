package org.incidentatlas.gazetteer;

import org.incidentatlas.model.Place;

/**
 * The part of the world the map shows: southern Kyrgyzstan and its neighbourhood. Places outside it
 * (Moscow, Minsk, Washington, Kabul) are recognised in texts but never plotted.
 */
public record MapArea(double minLat, double maxLat, double minLon, double maxLon) {

    /** Kyrgyzstan with the Fergana valley, Tashkent, Almaty, Dushanbe and Kashgar around it. */
    public static final MapArea CENTRAL_ASIA = new MapArea(36.0, 46.0, 64.0, 82.0);

    public MapArea {
        if (!(minLat < maxLat) || !(minLon < maxLon)) {
            throw new IllegalArgumentException("empty map area " + minLat + ".." + maxLat + ", " + minLon + ".." + maxLon);
        }
    }

    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }

    public boolean contains(Place place) {
        return contains(place.lat(), place.lon());
    }
}
