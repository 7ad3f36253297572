package org.incidentatlas.rendering;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.imageio.ImageIO;

/** Writes small MBTiles 1.3 files for tests: one solid-colour PNG tile, stored with its TMS row. */
public final class MbTilesFixture {

    private MbTilesFixture() {
    }

    public static Path oneTile(Path file, int zoom, long x, long y, Color colour) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("INSERT INTO metadata VALUES ('name', 'test'), ('format', 'png')");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                p.setInt(1, zoom);
                p.setLong(2, x);
                p.setLong(3, (1L << zoom) - 1 - y);
                p.setBytes(4, png(colour));
                p.executeUpdate();
            }
        }
        return file;
    }

    static byte[] png(Color colour) throws IOException {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
