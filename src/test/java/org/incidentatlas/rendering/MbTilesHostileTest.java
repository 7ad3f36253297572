package org.incidentatlas.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, defect 1: a base map file can neither hang the app (an endless view) nor exhaust its
 * memory (a tile claiming 20000 x 20000 pixels). The timeouts only guard against the old hang;
 * nothing here asserts how long anything takes.
 */
class MbTilesHostileTest {

    @TempDir
    Path dir;

    private static final String ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r) ";

    private Path withTilesView(String name, String view) throws Exception {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("INSERT INTO metadata VALUES ('format', 'png')");
            s.execute("CREATE VIEW tiles AS " + view);
        }
        return file;
    }

    @Test
    @Timeout(120)
    void anEndlessTilesViewIsRefusedInsteadOfHanging() throws Exception {
        Path file = withTilesView("endless.mbtiles", ENDLESS
                + "SELECT 3 AS zoom_level, 0 AS tile_column, 0 AS tile_row, x'00' AS tile_data FROM r WHERE n < 0");
        MbTilesException e = assertThrows(MbTilesException.class,
                () -> MbTiles.open(file, Duration.ofMillis(200), Duration.ofMillis(200)).close());
        assertTrue(e.getMessage().contains(file + "") && e.getMessage().contains("takes too long to read"), e.getMessage());
    }

    @Test
    @Timeout(120)
    void aTileQueryOnAnEndlessViewCostsOnlyThatTile() throws Exception {
        Path file = withTilesView("endless-tiles.mbtiles", ENDLESS
                + "SELECT 3 AS zoom_level, 0 AS tile_column, n AS tile_row, x'00' AS tile_data FROM r");
        try (MbTiles tiles = MbTiles.open(file, Duration.ofMillis(500), Duration.ofMillis(200))) {
            assertEquals(Optional.empty(), tiles.tile(3, 5, 2));
        }
    }

    @Test
    void aTileClaimingHugeDimensionsIsNotHandedOnForDecoding() throws Exception {
        byte[] bomb = pngHeader(20_000, 20_000);
        Path file = MbTilesFixture.oneTile(dir.resolve("bomb.mbtiles"), 3, 5, 2, Color.RED);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement p = c.prepareStatement("UPDATE tiles SET tile_data = ?")) {
            p.setBytes(1, bomb);
            p.executeUpdate();
        }
        try (MbTiles tiles = MbTiles.open(file)) {
            assertEquals(Optional.empty(), tiles.tile(3, 5, 2));
        }
        assertEquals(Optional.of("it claims 20000 x 20000 pixels; a tile may have at most 1024 x 1024"),
                TileImages.refusal(bomb, MbTiles.MAX_TILE_PIXELS));
        assertEquals(Optional.empty(), TileImages.refusal(MbTilesFixture.png(Color.RED), MbTiles.MAX_TILE_PIXELS));
    }

    /** A PNG signature and IHDR chunk declaring width x height, and an empty IDAT. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
