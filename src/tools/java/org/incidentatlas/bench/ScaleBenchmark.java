package org.incidentatlas.bench;

import java.awt.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.incidentatlas.rendering.IncidentMarkerOverlay;
import org.incidentatlas.rendering.MapPicture;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.GeoJsonFormatException;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.io.IndexedIncidentFile;
import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.TimeIndex;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.timeline.ViewMode;
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

/**
 * The viewer at scale, on {@link SyntheticIncidents} (three years, one episode, 2,000 places):
 * opening a file (read, timeline, index), one slider frame (a day's markers in the default
 * cumulative mode and their clusters at a country-wide zoom), a filter change (the index and
 * the histogram rebuilt), and one 1024 x 640 picture of the markers as {@code render} draws them.
 * The slider frame walks the days, so every frame asks for another day.
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
    private final MarkerClusters clusters = new MarkerClusters();
    private int day;
    private boolean clashesShown;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("scale-" + incidents, ".geojson");
        new SyntheticIncidents(42).write(incidents, file);
        index = load();
        timeline = index.timeline();
        icons = IncidentMarkerOverlay.bundledIcons();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
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

    /** One frame of a drag: the next day's markers and their clusters at zoom 7. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public List<MarkerClusters.Cluster> sliderFrame() {
        LocalDate shown = timeline.days().get(day++ % timeline.days().size());
        List<PlaceMarker> markers = index.markersAt(shown, ViewMode.UP_TO_DAY);
        return clusters.cluster(markers, (lat, lon) -> new MarkerClusters.ScreenPoint(country.screenX(lon), country.screenY(lat)),
                MarkerClusters.DEFAULT_GAP);
    }

    /** A click on the legend: clashes hidden or shown again, the index and histogram rebuilt. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Object filterChange() {
        clashesShown = !clashesShown;
        IncidentFilter filter = IncidentFilter.showAll().withType(IncidentType.CLASH, clashesShown);
        MarkerIndex filtered = new MarkerIndex(timeline, filter);
        return List.of(filtered, filtered.histogram());
    }

    /** One picture of the last day's markers (everything since the episode began), without the base map. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Object renderMarkers() {
        IncidentMarkerOverlay overlay = new IncidentMarkerOverlay(index.markersAt(timeline.lastDay(), ViewMode.UP_TO_DAY), icons);
        return new MapPicture(List.of(overlay)).render(country);
    }
}
