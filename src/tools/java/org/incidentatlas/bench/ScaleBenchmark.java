package org.incidentatlas.bench;

import java.awt.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Place;
import org.incidentatlas.rendering.IncidentMarkerOverlay;
import org.incidentatlas.rendering.Java2dTextMeasurer;
import org.incidentatlas.rendering.LabelPlacer;
import org.incidentatlas.rendering.MapPicture;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.GeoJsonFormatException;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.io.IndexedIncidentFile;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.TimeIndex;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.timeline.ViewMode;
import org.incidentatlas.ui.map.MapFrame;
import org.incidentatlas.ui.map.MapMarkers;
import org.incidentatlas.ui.map.PlaceLabelLayer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The viewer at scale, on {@link SyntheticIncidents} (three years, one episode, 2,000 places):
 * opening a file (read, timeline, index), one slider frame (a day's markers in the default
 * cumulative mode, their clusters, areas and the place names around them at a country-wide zoom,
 * as the app's map frame worker makes them), a filter change (the index and
 * the histogram rebuilt), and one 1024 x 640 picture of the markers as {@code render} draws them.
 * The slider frame walks the days, so every frame asks for another day.
 *
 * <p>Besides JMH's wall-clock figures, each benchmark prints the CPU time of the working thread
 * per call (median and 90th percentile of the measured iterations' calls, {@link ThreadMXBean}):
 * on a machine shared with other builds, wall clock counts their time too. {@code bench Scale -p
 * incidents=1000000 ScaleBenchmark.filterChange} runs one size of one benchmark.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int incidents;

    private Path file;
    private Timeline timeline;
    private MarkerIndex index;
    private Map<IncidentKind, Shape> icons;
    private final Viewport country = Viewport.centredOn(41.2, 74.7, 7, 1024, 640);
    /** The names the app's map chooses from, and its placer (measuring with Java2D's fonts: no JavaFX toolkit here). */
    private List<Place> labelPlaces;
    private final PlaceLabelLayer.Names names = new PlaceLabelLayer.Names(new Java2dTextMeasurer());
    private int day;
    private boolean hidden;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU nanoseconds of each measured call, per benchmark. */
    private final Map<String, long[]> cpuNanos = new TreeMap<>();
    private final Map<String, Integer> cpuCalls = new TreeMap<>();
    private boolean measuring;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("scale-" + incidents, ".geojson");
        new SyntheticIncidents(42).write(incidents, file);
        index = load();
        timeline = index.timeline();
        icons = IncidentMarkerOverlay.bundledIcons();
        labelPlaces = LabelPlacer.candidates(Gazetteer.bundled().places());
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        cpuNanos.forEach((benchmark, nanos) -> {
            long[] calls = Arrays.copyOf(nanos, cpuCalls.get(benchmark));
            if (calls.length > 0) {
                Arrays.sort(calls);
                System.out.printf("%n%s at %,d incidents: CPU time of the working thread per call, median %.2f ms, p90 %.2f ms (%d calls)%n",
                        benchmark, incidents, calls[calls.length / 2] / 1e6, calls[(int) (calls.length * 0.9)] / 1e6, calls.length);
            }
        });
    }

    /** Counts the CPU time since {@code startNanos} (the working thread's) as one call of {@code benchmark}. */
    private void cpuSince(String benchmark, long startNanos) {
        if (!measuring) {
            return;
        }
        long spent = THREADS.getCurrentThreadCpuTime() - startNanos;
        long[] nanos = cpuNanos.computeIfAbsent(benchmark, b -> new long[1024]);
        int calls = cpuCalls.getOrDefault(benchmark, 0);
        if (calls == nanos.length) {
            nanos = Arrays.copyOf(nanos, 2 * calls);
            cpuNanos.put(benchmark, nanos);
        }
        nanos[calls] = spent;
        cpuCalls.put(benchmark, calls + 1);
    }

    /** Opening the file as the app and render do: streamed into columns, the timeline and the index the first frame needs. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public MarkerIndex load() {
        try {
            IndexedIncidentFile rows = new IndexedIncidentFile(file);
            TimeIndex.Builder columns = new TimeIndex.Builder();
            rows.read(IncidentGeoJson.BATCH_SIZE, (batch, bytesRead) -> columns.addAll(batch));
            return new MarkerIndex(columns.timeline(rows::get), IncidentFilter.showAll());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeoJsonFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One frame of a drag, as the app makes it: the next day's markers (on the JavaFX thread), then
     * on the map's frame worker their clusters at zoom 7, the area each covers (the list the layer
     * paints and hit-tests) and the place names placed around them in the same view.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public MapFrame sliderFrame() {
        long start = THREADS.getCurrentThreadCpuTime();
        LocalDate shown = timeline.days().get(day++ % timeline.days().size());
        List<PlaceMarker> markers = index.markersAt(shown, ViewMode.UP_TO_DAY);
        MapFrame frame = MapMarkers.frame(day, markers, null, labelPlaces, country, names);
        cpuSince("sliderFrame", start);
        return frame;
    }

    /** Clicks on the legend: clashes and an outlet hidden, or shown again; the index and histogram rebuilt. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Object filterChange() {
        long start = THREADS.getCurrentThreadCpuTime();
        hidden = !hidden;
        IncidentFilter filter = IncidentFilter.showAll().withType(IncidentType.CLASH, !hidden).withOutlet("Outlet 3", !hidden);
        MarkerIndex filtered = new MarkerIndex(timeline, filter);
        List<Object> result = List.of(filtered, filtered.histogram());
        cpuSince(hidden ? "filterChange to clashes and Outlet 3 hidden" : "filterChange to all shown", start);
        return result;
    }

    /** One picture of the last day's markers (everything since the episode began), without the base map. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Object renderMarkers() {
        long start = THREADS.getCurrentThreadCpuTime();
        IncidentMarkerOverlay overlay = new IncidentMarkerOverlay(index.markersAt(timeline.lastDay(), ViewMode.UP_TO_DAY), icons);
        Object picture = new MapPicture(List.of(overlay)).render(country);
        cpuSince("renderMarkers", start);
        return picture;
    }
}
