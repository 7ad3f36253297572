package org.incidentatlas.basemap.build;

import org.incidentatlas.io.AtomicWriter;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.incidentatlas.rendering.BasemapData;
import org.incidentatlas.geo.WebMercator;

/**
 * Turns Marble's 8-bit SRTM30 elevation tiles (equirectangular, ~3.7 km per pixel) into one
 * shaded-relief image in Web-Mercator pixels at {@link BasemapData#RELIEF_ZOOM}: a muted
 * hypsometric tint (green lowlands, sand hills, grey-white high peaks) multiplied by a hillshade
 * lit from the north-west, as on printed atlas maps.
 */
final class ReliefBuilder {

    /** Reads one source tile (row, column) of the equirectangular grid. */
    interface TileReader {
        Raster read(int row, int col) throws IOException;
    }

    private static final double MARGIN_DEG = 0.5;
    private static final double METRES_PER_DEGREE = 111_320.0;
    /** Slopes are exaggerated: at 3.7 km per pixel the real ones look flat. */
    private static final double Z_FACTOR = 3.0;
    private static final double[][] TINTS = {
        // elevation m, r, g, b
        {0, 200, 214, 176},
        {400, 214, 222, 182},
        {1000, 230, 226, 190},
        {2000, 222, 206, 168},
        {3000, 206, 190, 160},
        {4000, 204, 196, 186},
        {5000, 226, 224, 222},
        {6500, 246, 246, 246},
    };

    private final TileReader tiles;
    private final int tilePx;
    private final double tileDeg;
    private final java.util.function.IntToDoubleFunction greyToMetres;
    private final Map<Long, Raster> loaded = new HashMap<>();

    ReliefBuilder(TileReader tiles, int tilePx, double tileDeg, java.util.function.IntToDoubleFunction greyToMetres) {
        this.tiles = tiles;
        this.tilePx = tilePx;
        this.tileDeg = tileDeg;
        this.greyToMetres = greyToMetres;
    }

    void write(Path target) throws IOException {
        double pxPerDeg = tilePx / tileDeg;
        int col0 = (int) Math.floor((BasemapData.DATA_AREA.getMinX() - MARGIN_DEG + 180) * pxPerDeg);
        int col1 = (int) Math.ceil((BasemapData.DATA_AREA.getMaxX() + MARGIN_DEG + 180) * pxPerDeg);
        int row0 = (int) Math.floor((90 - BasemapData.DATA_AREA.getMaxY() - MARGIN_DEG) * pxPerDeg);
        int row1 = (int) Math.ceil((90 - BasemapData.DATA_AREA.getMinY() + MARGIN_DEG) * pxPerDeg);
        int w = col1 - col0, h = row1 - row0;
        double[][] dem = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                dem[r][c] = greyToMetres.applyAsDouble(grey(row0 + r, col0 + c));
            }
        }
        // Marble's tiles are JPEG: blur away the 8x8 block artefacts before taking slopes.
        dem = blur(blur(dem));
        double[][] shade = hillshade(dem, row0, pxPerDeg);

        int[] b = BasemapData.reliefPixelBounds();
        BufferedImage out = new BufferedImage(b[2], b[3], BufferedImage.TYPE_INT_RGB);
        double z = BasemapData.RELIEF_ZOOM;
        for (int y = 0; y < b[3]; y++) {
            double lat = WebMercator.lat(b[1] + y + 0.5, z);
            double gr = (90 - lat) * pxPerDeg - 0.5 - row0;
            for (int x = 0; x < b[2]; x++) {
                double lon = WebMercator.lon(b[0] + x + 0.5, z);
                double gc = (lon + 180) * pxPerDeg - 0.5 - col0;
                double elevation = bilinear(dem, gr, gc);
                double s = bilinear(shade, gr, gc);
                out.setRGB(x, y, colour(elevation, s));
            }
        }
        AtomicWriter.write(target, stream -> {
            if (!ImageIO.write(out, "png", stream)) {
                throw new IOException("No PNG writer for " + target);
            }
        });
    }

    private int grey(int row, int col) throws IOException {
        int tr = row / tilePx, tc = col / tilePx;
        long key = ((long) tr << 32) | tc;
        Raster r = loaded.get(key);
        if (r == null) {
            r = tiles.read(tr, tc);
            loaded.put(key, r);
        }
        return r.getSample(col - tc * tilePx, row - tr * tilePx, 0);
    }

    private static double[][] blur(double[][] a) {
        int h = a.length, w = a[0].length;
        double[] k = {1, 4, 6, 4, 1};
        double[][] tmp = new double[h][w];
        double[][] out = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double s = 0, n = 0;
                for (int d = -2; d <= 2; d++) {
                    int cc = Math.min(w - 1, Math.max(0, c + d));
                    s += a[r][cc] * k[d + 2];
                    n += k[d + 2];
                }
                tmp[r][c] = s / n;
            }
        }
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double s = 0, n = 0;
                for (int d = -2; d <= 2; d++) {
                    int rr = Math.min(h - 1, Math.max(0, r + d));
                    s += tmp[rr][c] * k[d + 2];
                    n += k[d + 2];
                }
                out[r][c] = s / n;
            }
        }
        return out;
    }

    /** Horn's hillshade, sun at azimuth 315 degrees and 45 degrees altitude; 1 = fully lit. */
    private static double[][] hillshade(double[][] dem, int row0, double pxPerDeg) {
        int h = dem.length, w = dem[0].length;
        double[][] out = new double[h][w];
        double azimuth = Math.toRadians(360 - 315 + 90);
        double zenith = Math.toRadians(45);
        double dy = METRES_PER_DEGREE / pxPerDeg;
        for (int r = 0; r < h; r++) {
            double lat = 90 - (row0 + r + 0.5) / pxPerDeg;
            double dx = dy * Math.cos(Math.toRadians(lat));
            for (int c = 0; c < w; c++) {
                double a = at(dem, r - 1, c - 1), bb = at(dem, r - 1, c), cc = at(dem, r - 1, c + 1);
                double d = at(dem, r, c - 1), f = at(dem, r, c + 1);
                double g = at(dem, r + 1, c - 1), hh = at(dem, r + 1, c), i = at(dem, r + 1, c + 1);
                double dzdx = ((cc + 2 * f + i) - (a + 2 * d + g)) / (8 * dx) * Z_FACTOR;
                double dzdy = ((g + 2 * hh + i) - (a + 2 * bb + cc)) / (8 * dy) * Z_FACTOR;
                double slope = Math.atan(Math.hypot(dzdx, dzdy));
                double aspect = Math.atan2(dzdy, -dzdx);
                double v = Math.cos(zenith) * Math.cos(slope)
                        + Math.sin(zenith) * Math.sin(slope) * Math.cos(azimuth - aspect);
                out[r][c] = Math.max(0, v);
            }
        }
        return out;
    }

    private static double at(double[][] a, int r, int c) {
        return a[Math.min(a.length - 1, Math.max(0, r))][Math.min(a[0].length - 1, Math.max(0, c))];
    }

    private static double bilinear(double[][] a, double r, double c) {
        int r0 = (int) Math.floor(r), c0 = (int) Math.floor(c);
        double fr = r - r0, fc = c - c0;
        return at(a, r0, c0) * (1 - fr) * (1 - fc) + at(a, r0, c0 + 1) * (1 - fr) * fc
                + at(a, r0 + 1, c0) * fr * (1 - fc) + at(a, r0 + 1, c0 + 1) * fr * fc;
    }

    private static int colour(double elevation, double shade) {
        double[] lo = TINTS[0], hi = TINTS[TINTS.length - 1];
        for (int k = 0; k < TINTS.length - 1; k++) {
            if (elevation >= TINTS[k][0] && elevation <= TINTS[k + 1][0]) {
                lo = TINTS[k];
                hi = TINTS[k + 1];
                break;
            }
        }
        double t = hi[0] == lo[0] ? 0 : Math.max(0, Math.min(1, (elevation - lo[0]) / (hi[0] - lo[0])));
        if (elevation > TINTS[TINTS.length - 1][0]) {
            t = 1;
        }
        // Flat ground (shade = cos 45 deg) keeps its tint; lit slopes lighten, shaded ones darken.
        double light = 1 + 1.1 * (shade - Math.cos(Math.toRadians(45)));
        int r = clamp((lo[1] + t * (hi[1] - lo[1])) * light);
        int g = clamp((lo[2] + t * (hi[2] - lo[2])) * light);
        int b = clamp((lo[3] + t * (hi[3] - lo[3])) * light);
        return (r << 16) | (g << 8) | b;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
