package org.incidentatlas.rendering.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.incidentatlas.rendering.MbTilesException;
import org.incidentatlas.geo.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VectorTilesTest {

    /** A street corner in Osh: a primary road running east-west, a building north of it, a district's name east of it. */
    static final double ROAD_LAT = 40.5290, BUILDING_LAT = 40.5300, LON = 72.7985, NAME_LON = 72.8040;

    @TempDir
    Path dir;

    static VectorTileFixture corner() {
        return new VectorTileFixture()
                .box("landuse", 40.520, 72.785, 40.540, 72.815, "class", "residential")
                .line("transportation", new double[][] {{72.780, ROAD_LAT}, {72.820, ROAD_LAT}}, "class", "primary")
                .line("transportation_name", new double[][] {{72.780, ROAD_LAT}, {72.820, ROAD_LAT}}, "class", "primary",
                        "name", "Ленина", "name:en", "Lenin Street")
                .box("building", BUILDING_LAT - 0.0003, LON - 0.0004, BUILDING_LAT + 0.0003, LON + 0.0004, "render_height", 9)
                .point("place", BUILDING_LAT + 0.002, NAME_LON, "class", "suburb", "name", "Черёмушки", "name:en", "Cheryomushki", "rank", 11);
    }

    static BufferedImage draw(UserBasemap basemap, VectorStyle style, Viewport view, List<String> problems) {
        VectorTiles tiles = assertInstanceOf(UserBasemap.Vector.class, basemap).tiles();
        BufferedImage image = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.MAGENTA);
        g.fillRect(0, 0, view.width(), view.height());
        new VectorTileRenderer(tiles, style, problems::add).paint(g, view);
        g.dispose();
        return image;
    }

    static Viewport osh(double zoom) {
        return Viewport.centredOn(ROAD_LAT, LON, zoom, 800, 600);
    }

    @Test
    void tileIdsFollowTheSpecsHilbertCurve() {
        assertEquals(0, PmTiles.tileId(0, 0, 0));
        assertEquals(4, PmTiles.tileId(1, 1, 0));
        assertEquals(11, PmTiles.tileId(2, 1, 3));
        assertEquals(26, PmTiles.tileId(3, 3, 0));
        for (long[] zxy : new long[][] {{14, 11504, 6117}, {5, 17, 9}, {12, 2876, 1529}}) {
            assertArrayEquals(zxy, PmTiles.zxy(PmTiles.tileId((int) zxy[0], zxy[1], zxy[2])));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            mbtiles, 15
            pmtiles, 15
            pmtiles-leaves, 15
            mbtiles, 16.5
            """)
    void streetsBuildingsAndNamesAreDrawnWhereTheyAre(String kind, double zoom) throws Exception {
        Path file = write(corner(), kind);
        Viewport view = osh(zoom);
        List<String> problems = new ArrayList<>();
        try (UserBasemap basemap = UserBasemap.open(file)) {
            BufferedImage image = draw(basemap, VectorStyle.LIGHT, view, problems);
            int roadY = (int) Math.round(view.screenY(ROAD_LAT));
            assertColour(VectorStyle.LIGHT.primary(), image, 300, roadY, "the road");
            assertColour(VectorStyle.LIGHT.building(), image, (int) view.screenX(LON), (int) view.screenY(BUILDING_LAT), "the building");
            assertColour(VectorStyle.LIGHT.residential(), image, 300, roadY + 40, "the residential area beside the road");
            int nameX = (int) view.screenX(NAME_LON), nameY = (int) view.screenY(BUILDING_LAT + 0.002);
            assertTrue(inkPixels(image, nameX - 30, nameY - 12, 60, 24, VectorStyle.LIGHT.suburbName()) > 25,
                    "the name 'Cheryomushki' is written at its place");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void withoutThePlaceNoNameIsWritten() throws Exception {
        VectorTileFixture noName = new VectorTileFixture()
                .box("landuse", 40.520, 72.785, 40.540, 72.815, "class", "residential");
        Viewport view = osh(15);
        try (UserBasemap basemap = UserBasemap.open(write(noName, "mbtiles"))) {
            BufferedImage image = draw(basemap, VectorStyle.LIGHT, view, new ArrayList<>());
            int nameX = (int) view.screenX(NAME_LON), nameY = (int) view.screenY(BUILDING_LAT + 0.002);
            assertEquals(0, inkPixels(image, nameX - 30, nameY - 12, 60, 24, VectorStyle.LIGHT.suburbName()));
        }
    }

    @Test
    void mbtilesAndPmtilesOfTheSameTilesDrawTheSamePicture() throws Exception {
        Viewport view = osh(16);
        try (UserBasemap mb = UserBasemap.open(write(corner(), "mbtiles"));
             UserBasemap pm = UserBasemap.open(write(corner(), "pmtiles-leaves"))) {
            BufferedImage a = draw(mb, VectorStyle.LIGHT, view, new ArrayList<>());
            BufferedImage b = draw(pm, VectorStyle.LIGHT, view, new ArrayList<>());
            for (int y = 0; y < view.height(); y += 3) {
                for (int x = 0; x < view.width(); x += 3) {
                    assertEquals(a.getRGB(x, y), b.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void theDarkStyleDrawsTheSameStreetsInNightColours() throws Exception {
        Viewport view = osh(15);
        try (UserBasemap basemap = UserBasemap.open(write(corner(), "pmtiles"))) {
            BufferedImage image = draw(basemap, VectorStyle.DARK, view, new ArrayList<>());
            assertColour(VectorStyle.DARK.primary(), image, 300, (int) Math.round(view.screenY(ROAD_LAT)), "the road");
            assertColour(VectorStyle.DARK.residential(), image, 300, (int) view.screenY(ROAD_LAT) + 40, "the residential area");
        }
    }

    @Test
    void belowCityZoomsAndOutsideTheFileTheMapUnderneathIsLeftAlone() throws Exception {
        try (UserBasemap basemap = UserBasemap.open(write(corner(), "mbtiles"))) {
            BufferedImage region = draw(basemap, VectorStyle.LIGHT, osh(8), new ArrayList<>());
            assertColour(Color.MAGENTA, region, 200, 150, "the drawn map at region zoom");
            BufferedImage elsewhere = draw(basemap, VectorStyle.LIGHT, Viewport.centredOn(42.87, 74.59, 15, 400, 300), new ArrayList<>());
            assertColour(Color.MAGENTA, elsewhere, 200, 150, "the drawn map where the file has no tiles (Bishkek)");
        }
    }

    // ---- bad files: one line, naming the file and what is wrong

    @Test
    void aFileThatIsNeitherSqliteNorPmtilesIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("osh.mbtiles"), "<html>not a map</html>");
        MbTilesException e = assertThrows(MbTilesException.class, () -> UserBasemap.open(file));
        assertEquals("Cannot use base map " + file + ": it is neither an MBTiles file (not an SQLite database) nor a PMTiles file",
                e.getMessage());
    }

    @Test
    void aCorruptTileIsNamedWithItsFileAndPosition() throws Exception {
        Map<long[], byte[]> tiles = corner().tiles(14, 14);
        byte[] garbage = VectorTileFixture.gzip(new byte[] {8, (byte) 0xFF, 0x7F, 1, 2, 3});
        tiles.replaceAll((zxy, bytes) -> garbage);
        Path file = VectorTileFixture.writeMbTiles(dir.resolve("broken.mbtiles"), tiles, VectorTileFixture.tileJson(tiles));
        MbTilesException e = assertThrows(MbTilesException.class, () -> UserBasemap.open(file));
        assertTrue(e.getMessage().startsWith("Cannot use base map " + file + ": its tile 14/"), e.getMessage());
        assertTrue(e.getMessage().contains("is corrupt, not a Mapbox vector tile"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anotherSchemaIsRefusedNamingItsLayers() throws Exception {
        VectorTileFixture other = new VectorTileFixture()
                .line("roads", new double[][] {{72.78, ROAD_LAT}, {72.82, ROAD_LAT}}, "kind", "major_road")
                .point("pois", 40.53, 72.80, "name", "Bazaar");
        Map<long[], byte[]> tiles = other.tiles(14, 14);
        Path file = VectorTileFixture.writeMbTiles(dir.resolve("tilezen.mbtiles"), tiles, null);
        MbTilesException e = assertThrows(MbTilesException.class, () -> UserBasemap.open(file));
        // Without metadata, the layers of a sample tile are named.
        assertTrue(e.getMessage().matches("Cannot use base map \\Q" + file + "\\E: its vector layers \\((pois, )?roads\\)"
                + " are not the OpenMapTiles schema \\(transportation, building, place, water\\.\\.\\.; Planetiler writes it\\)"),
                e.getMessage());
    }

    @Test
    void aTruncatedPmtilesFileIsRefused() throws Exception {
        Path whole = write(corner(), "pmtiles");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.pmtiles"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        MbTilesException e = assertThrows(MbTilesException.class, () -> UserBasemap.open(cut));
        assertTrue(e.getMessage().startsWith("Cannot use base map " + cut + ": its header places the tile data outside the file"),
                e.getMessage());
    }

    @Test
    void aRasterPmtilesFileIsRefusedWithTheReason() throws Exception {
        Path file = write(corner(), "pmtiles");
        byte[] bytes = Files.readAllBytes(file);
        bytes[99] = 2;
        Files.write(file, bytes);
        MbTilesException e = assertThrows(MbTilesException.class, () -> UserBasemap.open(file));
        assertTrue(e.getMessage().contains("its tiles are png; from PMTiles only vector tiles (mvt) can be shown"), e.getMessage());
    }

    @Test
    void aRasterMbtilesFileStaysRaster() throws Exception {
        Path file = org.incidentatlas.rendering.MbTilesFixture.oneTile(dir.resolve("raster.mbtiles"), 5, 22, 11, Color.RED);
        try (UserBasemap basemap = UserBasemap.open(file)) {
            assertInstanceOf(UserBasemap.Raster.class, basemap);
        }
    }

    private Path write(VectorTileFixture fixture, String kind) throws IOException, SQLException {
        return switch (kind) {
            case "mbtiles" -> fixture.writeMbTiles(dir.resolve("osh.mbtiles"), 10, 14);
            case "pmtiles" -> fixture.writePmTiles(dir.resolve("osh.pmtiles"), 10, 14, false);
            case "pmtiles-leaves" -> fixture.writePmTiles(dir.resolve("osh-leaves.pmtiles"), 10, 14, true);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static void assertColour(Color expected, BufferedImage image, int x, int y, String what) {
        Color actual = new Color(image.getRGB(x, y));
        int distance = Math.abs(actual.getRed() - expected.getRed()) + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue());
        assertTrue(distance <= 12, what + " at " + x + "," + y + ": expected " + expected + " but was " + actual);
    }

    /** Pixels of the box within a small distance of {@code ink}. */
    static int inkPixels(BufferedImage image, int x0, int y0, int w, int h, Color ink) {
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x0 + w); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - ink.getRed()) + Math.abs(c.getGreen() - ink.getGreen()) + Math.abs(c.getBlue() - ink.getBlue()) < 40) {
                    count++;
                }
            }
        }
        return count;
    }
}
