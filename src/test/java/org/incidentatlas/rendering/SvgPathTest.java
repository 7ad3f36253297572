package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import org.incidentatlas.model.IncidentKind;
import org.junit.jupiter.api.Test;

class SvgPathTest {

    @Test
    void relativeAndAbsoluteCommandsDrawTheSameSquare() {
        Path2D abs = SvgPath.parse("M2 2L10 2L10 10L2 10Z", false);
        Path2D rel = SvgPath.parse("m2 2h8v8H2z", false);
        assertEquals(abs.getBounds2D(), rel.getBounds2D());
        assertTrue(rel.contains(5, 5));
        assertFalse(rel.contains(11, 5));
    }

    @Test
    void arcsMakeCircles() {
        Path2D ring = SvgPath.parse("M12 2a10 10 0 1 0 0 20 10 10 0 1 0 0-20z", false);
        Rectangle2D b = ring.getBounds2D();
        assertEquals(2, b.getMinX(), 0.05);
        assertEquals(22, b.getMaxX(), 0.05);
        assertEquals(2, b.getMinY(), 0.05);
        assertEquals(22, b.getMaxY(), 0.05);
        assertTrue(ring.contains(12, 12));
    }

    @Test
    void evenOddLeavesHoles() {
        Path2D donut = SvgPath.parse("M0 0h10v10H0zM3 3h4v4H3z", true);
        assertFalse(donut.contains(5, 5));
        assertTrue(donut.contains(1, 1));
    }

    @Test
    void everyBundledIconParsesInsideItsViewBox() throws Exception {
        Map<IncidentKind, Shape> icons = IncidentMarkerOverlay.bundledIcons();
        assertEquals(IncidentKind.all().size(), icons.size());
        for (Shape s : icons.values()) {
            Rectangle2D b = s.getBounds2D();
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= 24 && b.getMinY() >= 0 && b.getMaxY() <= 24, b.toString());
        }
    }

    @Test
    void garbageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SvgPath.parse("M 1 L", false));
    }
}
