package org.incidentatlas.fuzz;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.incidentatlas.rendering.MbTiles;
import org.incidentatlas.rendering.MbTilesException;
import org.incidentatlas.rendering.MbTilesFixture;
import org.incidentatlas.rendering.TileImages;
import org.incidentatlas.testing.Mutations;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the base map reader: mutants of a valid MBTiles file open or are refused with an
 * {@link MbTilesException}, and reading their tiles never throws; the tile header check accepts or
 * refuses any bytes without throwing (issue 16, defect 1).
 */
class MbTilesFuzzTest {

    private static Path dir;
    private static byte[] seed;

    @BeforeContainer
    static void makeSeed() throws Exception {
        dir = Files.createTempDirectory("mbtiles-fuzz");
        seed = Files.readAllBytes(MbTilesFixture.oneTile(dir.resolve("seed.mbtiles"), 3, 5, 2, Color.RED));
    }

    @AfterContainer
    static void removeFiles() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Property(tries = 60, seed = "1601")
    void mutantFilesOpenOrAreRefused(@ForAll("files") byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("fuzz.mbtiles"), bytes);
        try (MbTiles tiles = MbTiles.open(file)) {
            tiles.tile(3, 5, 2);
            tiles.tile(0, 0, 0);
        } catch (MbTilesException refused) {
            // in words, naming the file
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(seed = "1601")
    void anyTileHeaderIsJudgedWithoutThrowing(@ForAll("tiles") byte[] bytes) {
        TileImages.refusal(bytes, MbTiles.MAX_TILE_PIXELS);
    }

    @Provide
    Arbitrary<byte[]> files() {
        return Mutations.of(List.of(seed), 4);
    }

    @Provide
    Arbitrary<byte[]> tiles() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, 1, 0, 1, 0, 3};
        return Arbitraries.oneOf(Mutations.of(List.of(jpeg, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
                0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0}), 6), Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
    }
}
