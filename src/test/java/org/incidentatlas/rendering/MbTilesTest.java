package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbTilesTest {

    @TempDir
    Path dir;

    @Test
    void readsATileBySlippyMapNumbersFlippingTheTmsRow() throws Exception {
        Path file = MbTilesFixture.oneTile(dir.resolve("osh.mbtiles"), 9, 359, 192, Color.RED);
        try (MbTiles tiles = MbTiles.open(file)) {
            assertArrayEquals(MbTilesFixture.png(Color.RED), tiles.tile(9, 359, 192).orElseThrow());
            assertTrue(tiles.tile(9, 359, (1 << 9) - 1 - 192).isEmpty(), "the TMS row number is not the slippy-map y");
            assertTrue(tiles.tile(9, 360, 192).isEmpty());
        }
    }

    @Test
    void missingFileIsNamedInTheMessage() {
        Path missing = dir.resolve("nowhere.mbtiles");
        MbTilesException e = assertThrows(MbTilesException.class, () -> MbTiles.open(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void corruptFileSaysItIsNotAnMbTilesFile() throws Exception {
        Path corrupt = Files.write(dir.resolve("corrupt.mbtiles"), "this is not a database at all".getBytes());
        MbTilesException e = assertThrows(MbTilesException.class, () -> MbTiles.open(corrupt));
        assertTrue(e.getMessage().contains(corrupt.toString()) && e.getMessage().contains("not an MBTiles file"), e.getMessage());
    }

    @Test
    void sqliteWithoutTilesTableIsRefusedWithTheReason() throws Exception {
        Path other = dir.resolve("other.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (t TEXT)");
        }
        MbTilesException e = assertThrows(MbTilesException.class, () -> MbTiles.open(other));
        assertTrue(e.getMessage().contains(other.toString()) && e.getMessage().contains("tiles"), e.getMessage());
    }

    @Test
    void vectorTilesAreRefusedWithTheReason() throws Exception {
        Path file = MbTilesFixture.oneTile(dir.resolve("vector.mbtiles"), 3, 5, 2, Color.RED);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE metadata SET value = 'pbf' WHERE name = 'format'");
        }
        MbTilesException e = assertThrows(MbTilesException.class, () -> MbTiles.open(file));
        assertTrue(e.getMessage().contains("pbf"), e.getMessage());
    }
}
