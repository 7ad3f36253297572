package org.incidentatlas.evaluate;

/** A point on the earth in degrees; distances along the great circle (haversine, mean earth radius). */
public record Coordinates(double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Coordinates {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a point: [" + lat + ", " + lon + "]");
        }
    }

    public double kmTo(Coordinates other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
