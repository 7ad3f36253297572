package org.incidentatlas.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Groups markers that would touch on screen (centres closer than their radii plus a gap), so that
 * at low zoom nearby places share one marker instead of hiding each other. Greedy and
 * deterministic: markers are taken by size (then place id) and each joins the first cluster whose
 * leader it would touch.
 */
public final class MarkerClusters {

    /** The gap (pixels) the app and rendered pictures keep between markers of different places. */
    public static final double DEFAULT_GAP = 6;

    /** Where a point of the map lands on the screen or picture being drawn. */
    @FunctionalInterface
    public interface Projector {
        ScreenPoint project(double lat, double lon);
    }

    public record ScreenPoint(double x, double y) {
    }

    /**
     * One marker or a cluster of several; the leader (largest marker) names it and gives its
     * position, so the same cluster keeps its identity while the date changes.
     */
    public record Cluster(PlaceMarker leader, List<PlaceMarker> members, double x, double y) {

        public Cluster {
            Objects.requireNonNull(leader, "leader");
            members = List.copyOf(members);
        }

        public boolean isSingle() {
            return members.size() == 1;
        }

        public boolean current() {
            return members.stream().anyMatch(PlaceMarker::current);
        }

        public int incidentCount() {
            return members.stream().mapToInt(PlaceMarker::count).sum();
        }
    }

    public List<Cluster> cluster(List<PlaceMarker> markers, Projector projector, double gap) {
        List<PlaceMarker> bySize = new ArrayList<>(markers);
        bySize.sort(Comparator.comparingDouble(PlaceMarker::radius).reversed().thenComparing(PlaceMarker::placeId));
        List<ScreenPoint> leaderPoints = new ArrayList<>();
        List<PlaceMarker> leaders = new ArrayList<>();
        List<List<PlaceMarker>> groups = new ArrayList<>();
        for (PlaceMarker marker : bySize) {
            ScreenPoint p = projector.project(marker.place().lat(), marker.place().lon());
            int joined = -1;
            for (int c = 0; c < leaders.size() && joined < 0; c++) {
                ScreenPoint q = leaderPoints.get(c);
                if (Math.hypot(p.x() - q.x(), p.y() - q.y()) < leaders.get(c).radius() + marker.radius() + gap) {
                    joined = c;
                }
            }
            if (joined < 0) {
                leaders.add(marker);
                leaderPoints.add(p);
                groups.add(new ArrayList<>(List.of(marker)));
            } else {
                groups.get(joined).add(marker);
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < leaders.size(); c++) {
            clusters.add(new Cluster(leaders.get(c), groups.get(c), leaderPoints.get(c).x(), leaderPoints.get(c).y()));
        }
        // Keep the planner's drawing order: today's on top.
        List<String> order = markers.stream().map(PlaceMarker::placeId).toList();
        clusters.sort(Comparator.comparing(Cluster::current)
                .thenComparingInt(c -> order.indexOf(c.leader().placeId())));
        return List.copyOf(clusters);
    }
}
