package org.incidentatlas.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;
import org.incidentatlas.model.Source;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.timeline.ViewMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the viewer does with incidents: building the per-day marker index (on load and on a filter
 * click) and sweeping the date over every day while markers are re-clustered (a slider drag).
 * Synthetic data far larger than the corpus: 5,000 incidents at 300 places over three episodes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimelineBenchmark {

    private List<Incident> incidents;
    private Timeline timeline;
    private MarkerIndex index;
    private final MarkerClusters clusters = new MarkerClusters();

    @Setup
    public void setUp() {
        Random random = new Random(42);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            places.add(new Place("p" + i, "Place " + i, List.of(), PlaceKind.TOWN,
                    39.5 + random.nextDouble() * 3.5, 69.5 + random.nextDouble() * 6, "", "KG", 0));
        }
        LocalDate[] starts = {LocalDate.of(2005, 3, 1), LocalDate.of(2010, 4, 1), LocalDate.of(2010, 6, 1)};
        IncidentType[] types = IncidentType.values();
        incidents = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            LocalDate day = starts[i % starts.length].plusDays(random.nextInt(25));
            Source source = new Source("a" + (i % 40), "Outlet " + (i % 6), day, "excerpt", 0, 7);
            incidents.add(new Incident("i" + i, day, types[random.nextInt(types.length)],
                    places.get(random.nextInt(places.size())), Precision.CITY, List.of(), List.of(),
                    random.nextInt(4) == 0 ? random.nextInt(20) : null, null, false, List.of(source)));
        }
        timeline = new Timeline(incidents);
        index = new MarkerIndex(timeline, IncidentFilter.showAll());
    }

    /** Load or a filter change: everything the slider will need, computed once. */
    @Benchmark
    public MarkerIndex buildIndex() {
        return new MarkerIndex(new Timeline(incidents), IncidentFilter.showAll());
    }

    /** A drag over the whole range: per day a lookup and a clustering at a zoom-7-like scale. */
    @Benchmark
    public void dragOverEveryDay(Blackhole hole) {
        MarkerClusters.Projector projector = (lat, lon) -> new MarkerClusters.ScreenPoint(lon * 91, -lat * 120);
        for (LocalDate day : timeline.days()) {
            List<PlaceMarker> markers = index.markersAt(day, ViewMode.UP_TO_DAY);
            hole.consume(clusters.cluster(markers, projector, MarkerClusters.DEFAULT_GAP));
        }
    }
}
