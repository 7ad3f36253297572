package org.incidentatlas.bench;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.incidentatlas.rendering.BasemapData;
import org.incidentatlas.rendering.BasemapRenderer;
import org.incidentatlas.rendering.BasemapStyle;
import org.incidentatlas.geo.WebMercator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to draw one 256-px base-map tile at country (6), valley (9) and town (12) zoom. Sample
 * mode reports the distribution, so read p0.50 (median; goal under 5 ms) and p0.95. Tiles
 * cycle over the 3 x 3 block around Osh (inside the data area even at zoom 6, where a wider
 * block would include cheap empty tiles), so the number is not one lucky tile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TileRenderBenchmark {

    @Param({"6", "9", "12"})
    public int zoom;

    private BasemapRenderer renderer;
    private long x0;
    private long y0;
    private int next;

    @Setup
    public void setUp() {
        renderer = new BasemapRenderer(BasemapData.loadBundled(), BasemapStyle.PRINT);
        x0 = (long) Math.floor(WebMercator.x(72.80, zoom) / WebMercator.TILE_SIZE) - 1;
        y0 = (long) Math.floor(WebMercator.y(40.53, zoom) / WebMercator.TILE_SIZE) - 1;
    }

    @Benchmark
    public BufferedImage renderTile() {
        int k = next++ % 9;
        return renderer.renderTile(zoom, x0 + k % 3, y0 + k / 3);
    }
}
