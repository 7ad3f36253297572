package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MapShapeTest {

    @Test
    void simplificationDropsPointsWithinTheToleranceAndKeepsEnds() {
        double[] zigzag = {0, 0, 1, 0.01, 2, -0.01, 3, 0.01, 4, 0};
        assertArrayEquals(new double[] {0, 0, 4, 0}, MapShape.DouglasPeucker.simplify(zigzag, 0.1));
        assertEquals(zigzag.length, MapShape.DouglasPeucker.simplify(zigzag, 0.001).length);
    }

    @Test
    void detailedZoomsDrawEveryPointAndLowZoomsFewer() {
        double[] line = new double[2000];
        for (int i = 0; i < 1000; i++) {
            line[2 * i] = 0.7 + i * 1e-6;
            line[2 * i + 1] = 0.37 + Math.sin(i / 3.0) * 1e-7;
        }
        MapShape shape = MapShape.of(List.of(line), false);
        assertEquals(2000, shape.partsAt(12).get(0).length);
        assertTrue(shape.partsAt(5).get(0).length < 100, "simplified at zoom 5");
    }
}
