package org.incidentatlas.markers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.incidentatlas.model.IncidentKind;
import org.incidentatlas.model.IncidentType;

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
     * position, so the same cluster keeps its identity while the date changes. What it shows (whether
     * it is current, its kinds, its count) is worked out once, when it is made: a frame reads them
     * for every cluster several times (drawing order, drawing, the names' keep-out boxes).
     *
     * @param current       whether any of its places has an incident on the day shown
     * @param kinds         the kinds it shows: the leader's first (its icon fills the disc), then those
     *                      of the other places that are as current as the cluster, most important first
     * @param incidentCount the incidents of all its places
     */
    public record Cluster(PlaceMarker leader, List<PlaceMarker> members, double x, double y,
                          boolean current, List<IncidentKind> kinds, int incidentCount) {

        /** A cluster of {@code members} led by {@code leader} at screen point {@code (x, y)}. */
        public Cluster(PlaceMarker leader, List<PlaceMarker> members, double x, double y) {
            this(leader, members, x, y, anyCurrent(members), kindsShown(leader, members), count(members));
        }

        public Cluster {
            Objects.requireNonNull(leader, "leader");
            members = List.copyOf(members);
            kinds = List.copyOf(kinds);
        }

        public boolean isSingle() {
            return members.size() == 1;
        }

        private static boolean anyCurrent(List<PlaceMarker> members) {
            return members.stream().anyMatch(PlaceMarker::current);
        }

        private static int count(List<PlaceMarker> members) {
            return members.stream().mapToInt(PlaceMarker::count).sum();
        }

        private static List<IncidentKind> kindsShown(PlaceMarker leader, List<PlaceMarker> members) {
            if (members.size() == 1) {
                return leader.kinds();
            }
            boolean current = anyCurrent(members);
            java.util.LinkedHashSet<IncidentKind> kinds = new java.util.LinkedHashSet<>();
            kinds.add(leader.kind());
            members.stream().filter(m -> m.current() == current)
                    .flatMap(m -> m.kinds().stream())
                    .sorted(Comparator.comparing(IncidentKind::type, IncidentType.BY_MARKER_PRIORITY))
                    .forEach(kinds::add);
            return List.copyOf(kinds);
        }
    }

    /**
     * Clusters markers as drawn through {@code projector}. A marker can only touch a leader less
     * than two of the largest radii plus the gap away, so leaders are kept in a grid of cells that
     * wide and each marker looks at the 3 x 3 cells around it: the result is the same as comparing
     * with every leader, at a cost that grows with the markers, not markers times clusters.
     */
    public List<Cluster> cluster(List<PlaceMarker> markers, Projector projector, double gap) {
        List<PlaceMarker> bySize = new ArrayList<>(markers);
        bySize.sort(Comparator.comparingDouble(PlaceMarker::radius).reversed().thenComparing(PlaceMarker::placeId));
        double largest = bySize.isEmpty() ? 0 : bySize.get(0).radius();
        double cell = Math.max(1e-9, 2 * largest + gap);
        Map<Long, List<Integer>> grid = new HashMap<>();
        List<ScreenPoint> leaderPoints = new ArrayList<>();
        List<PlaceMarker> leaders = new ArrayList<>();
        List<List<PlaceMarker>> groups = new ArrayList<>();
        for (PlaceMarker marker : bySize) {
            ScreenPoint p = projector.project(marker.place().lat(), marker.place().lon());
            // Off the map (NaN) or infinitely far: touches nothing, as a distance comparison would say.
            boolean placed = Double.isFinite(p.x()) && Double.isFinite(p.y());
            long cx = placed ? (long) Math.floor(p.x() / cell) : 0;
            long cy = placed ? (long) Math.floor(p.y() / cell) : 0;
            int joined = -1;
            if (placed) {
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        for (int c : grid.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                            // The first leader it touches, in the order leaders were made.
                            if ((joined < 0 || c < joined) && touches(p, marker, leaderPoints.get(c), leaders.get(c), gap)) {
                                joined = c;
                            }
                        }
                    }
                }
            }
            if (joined < 0) {
                if (placed) {
                    grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(leaders.size());
                }
                leaders.add(marker);
                leaderPoints.add(p);
                groups.add(new ArrayList<>(List.of(marker)));
            } else {
                groups.get(joined).add(marker);
            }
        }
        List<Cluster> clusters = new ArrayList<>(leaders.size());
        for (int c = 0; c < leaders.size(); c++) {
            clusters.add(new Cluster(leaders.get(c), groups.get(c), leaderPoints.get(c).x(), leaderPoints.get(c).y()));
        }
        // Keep the planner's drawing order: today's on top.
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < markers.size(); i++) {
            order.putIfAbsent(markers.get(i).placeId(), i);
        }
        clusters.sort(Comparator.comparing(Cluster::current)
                .thenComparingInt(c -> order.get(c.leader().placeId())));
        return List.copyOf(clusters);
    }

    private static boolean touches(ScreenPoint p, PlaceMarker marker, ScreenPoint q, PlaceMarker leader, double gap) {
        return Math.hypot(p.x() - q.x(), p.y() - q.y()) < leader.radius() + marker.radius() + gap;
    }

    private static long key(long cx, long cy) {
        return cx * 0x9E3779B97F4A7C15L + cy;
    }
}
