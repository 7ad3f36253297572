package org.incidentatlas.basemap.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class TopoJsonTest {

    /** Two unit squares side by side, sharing arc 1 (the middle line); quantized and delta-encoded. */
    private static final String TWO_SQUARES = """
            {"type":"Topology",
             "transform":{"scale":[0.5,0.5],"translate":[70,40]},
             "arcs":[[[2,2],[-2,0],[0,-2],[2,0]], [[2,0],[0,2]], [[2,0],[2,0],[0,2],[-2,0]]],
             "objects":{"oblasts":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","id":"A","properties":{"name":"West"},"arcs":[[0,1]]},
               {"type":"Polygon","id":"B","properties":{"name":"East"},"arcs":[[2,-2]]}]}}}
            """;

    @TempDir
    Path dir;

    @Test
    void decodesQuantizedDeltaArcsIntoPolygons() throws Exception {
        TopoJson topo = topo();
        List<TopoJson.Feature> features = topo.features("oblasts");
        assertEquals(2, features.size());
        assertEquals("West", features.get(0).properties().get("name"));
        assertEquals(1.0, features.get(0).geometry().getArea(), 1e-9);
        assertEquals(70.0, features.get(0).geometry().getEnvelopeInternal().getMinX(), 1e-9);
        assertEquals(72.0, features.get(1).geometry().getEnvelopeInternal().getMaxX(), 1e-9);
    }

    @Test
    void innerMeshKeepsOnlyTheSharedBorder() throws Exception {
        List<LineString> mesh = topo().innerMesh("oblasts");
        assertEquals(1, mesh.size());
        assertEquals(1.0, mesh.get(0).getLength(), 1e-9);
        assertEquals(71.0, mesh.get(0).getCoordinateN(0).x, 1e-9);
    }

    @Test
    void marbleGreyLevelsMapToMetresThroughItsLegend() {
        assertEquals(0, BasemapBuilder.metres(90), 1e-9);
        assertEquals(1000, BasemapBuilder.metres((int) Math.round(0.70 * 255)), 30);
        assertEquals(1550, BasemapBuilder.metres(188), 100);
    }

    private TopoJson topo() throws Exception {
        Path file = Files.writeString(dir.resolve("t.json"), TWO_SQUARES);
        return new TopoJson(file, new ObjectMapper(), new GeometryFactory());
    }
}
