package org.incidentatlas.basemap.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.incidentatlas.rendering.BasemapFile;
import org.junit.jupiter.api.Test;

/** The map the app draws is the bundled GeoJSON: the committed binary is exactly what the builder makes of it. */
class BasemapPackerTest {

    private static final Path BASEMAP = Path.of("data/basemap");

    @Test
    void theCommittedMapReadyToDrawIsWhatTheBuilderMakesFromTheCommittedGeoJson() throws IOException {
        byte[] made = new BasemapPacker().pack(BASEMAP);
        byte[] committed = Files.readAllBytes(BASEMAP.resolve(BasemapFile.NAME));
        assertTrue(Arrays.equals(made, committed), BASEMAP.resolve(BasemapFile.NAME) + " (" + committed.length
                + " bytes) is not what the GeoJSON layers beside it make (" + made.length + " bytes);"
                + " rebuild it with build-basemap --pack-only (see data/basemap/README.md)");
    }
}
