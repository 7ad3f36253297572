package org.incidentatlas.basemap.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The world layer's geometry: rings that cross the antimeridian become two flat pieces, not a band round the world. */
class WorldBuilderTest {

    private final GeometryFactory factory = new GeometryFactory();
    private final WorldBuilder builder = new WorldBuilder();

    @Test
    void anIslandAcrossTheAntimeridianIsCutIntoTwoPiecesAtLongitude180() {
        // Like Fiji's Vanua Levu: from 179 E across to 179 W and back.
        Polygon island = polygon(179, -16, -179, -16, -179, -17, 179, -17, 179, -16);
        Geometry split = builder.splitAtAntimeridian(island);
        assertEquals(2, split.getNumGeometries(), split.toText());
        for (int i = 0; i < split.getNumGeometries(); i++) {
            Envelope e = split.getGeometryN(i).getEnvelopeInternal();
            assertTrue(e.getWidth() <= 1.0 + 1e-9, "a piece one degree wide, not 358: " + e);
        }
        assertEquals(2.0, split.getArea(), 1e-9, "the island keeps its area");
    }

    @Test
    void aRingAroundThePoleIsClosedAlongIt() {
        // Like Antarctica: a ring that goes once round the world.
        Polygon continent = polygon(-180, -70, -60, -65, 60, -68, 180, -70, -180, -70);
        Geometry split = builder.splitAtAntimeridian(continent);
        Envelope e = split.getEnvelopeInternal();
        assertEquals(-180, e.getMinX(), 1e-9);
        assertEquals(180, e.getMaxX(), 1e-9);
        assertEquals(-90, e.getMinY(), 1e-9, "closed along the pole");
    }

    @Test
    void aCountryNameSitsInsideItsCountryWithRoomMeasuredOnTheMap() {
        Polygon square = polygon(70, 40, 80, 40, 80, 50, 70, 50, 70, 40);
        WorldBuilder.NameSpot spot = builder.nameSpot(square);
        assertTrue(square.contains(factory.createPoint(new Coordinate(spot.lon(), spot.lat()))), spot.toString());
        // Ten degrees of longitude are 10/360 of the world's width: the circle's radius is about half that.
        assertEquals(5.0 / 360, spot.room(), 0.2 / 360);
    }

    private Polygon polygon(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int k = 0; k < c.length; k++) {
            c[k] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
        }
        return factory.createPolygon(c);
    }
}
