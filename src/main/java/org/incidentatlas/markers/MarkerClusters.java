package org.incidentatlas.markers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
            for (PlaceMarker m : members) {
                if (m.current()) {
                    return true;
                }
            }
            return false;
        }

        private static int count(List<PlaceMarker> members) {
            int count = 0;
            for (PlaceMarker m : members) {
                count += m.count();
            }
            return count;
        }

        /**
         * The leader's kind, then, type by type in marker priority, the kinds of the members as
         * current as the group in the members' order, each once. Loops rather than a sorted stream:
         * a slider frame makes hundreds of groups of up to thousands of places at low zoom.
         */
        private static List<IncidentKind> kindsShown(PlaceMarker leader, List<PlaceMarker> members) {
            if (members.size() == 1) {
                return leader.kinds();
            }
            boolean current = anyCurrent(members);
            List<IncidentKind> kinds = new ArrayList<>(4);
            kinds.add(leader.kind());
            for (IncidentType type : BY_PRIORITY) {
                for (PlaceMarker m : members) {
                    if (m.current() != current) {
                        continue;
                    }
                    for (IncidentKind k : m.kinds()) {
                        if (k.type() == type && !kinds.contains(k)) {
                            kinds.add(k);
                        }
                    }
                }
            }
            return List.copyOf(kinds);
        }
    }

    private static final List<IncidentType> BY_PRIORITY = IncidentType.byMarkerPriority();

    /** Larger markers first, then by place id: the order markers are taken in. */
    private static final Comparator<Taken> BY_SIZE = (a, b) -> {
        int bySize = Double.compare(b.marker.radius(), a.marker.radius());
        return bySize != 0 ? bySize : a.marker.placeId().compareTo(b.marker.placeId());
    };

    /** A marker as taken: where it lands, its place in the drawing order, and the cluster it leads or joined. */
    private static final class Taken {
        final PlaceMarker marker;
        final int order;
        double x;
        double y;
        /** For a leader: the next leader in its grid cell, or -1. */
        int nextInCell = -1;
        /** For a leader: the markers that joined it, or null while it is alone. */
        List<PlaceMarker> joined;

        Taken(PlaceMarker marker, int order) {
            this.marker = marker;
            this.order = order;
        }
    }

    /**
     * Clusters markers as drawn through {@code projector}. A marker can only touch a leader less
     * than two of the largest radii plus the gap away, so leaders are kept in a grid of cells that
     * wide and each marker looks at the 3 x 3 cells around it: the result is the same as comparing
     * with every leader, at a cost that grows with the markers, not markers times clusters. A slider
     * frame clusters thousands of markers, so the grid is an open-addressed table of primitive cell
     * keys and the clusters are put in drawing order by sorting primitive keys.
     */
    public List<Cluster> cluster(List<PlaceMarker> markers, Projector projector, double gap) {
        int n = markers.size();
        Taken[] bySize = new Taken[n];
        for (int i = 0; i < n; i++) {
            bySize[i] = new Taken(markers.get(i), i);
        }
        Arrays.sort(bySize, BY_SIZE);
        double largest = n == 0 ? 0 : bySize[0].marker.radius();
        double cell = Math.max(1e-9, 2 * largest + gap);
        CellTable grid = new CellTable(n);
        List<Taken> leaders = new ArrayList<>();
        for (Taken marker : bySize) {
            ScreenPoint p = projector.project(marker.marker.place().lat(), marker.marker.place().lon());
            marker.x = p.x();
            marker.y = p.y();
            // Off the map (NaN) or infinitely far: touches nothing, as a distance comparison would say.
            boolean placed = Double.isFinite(p.x()) && Double.isFinite(p.y());
            long cx = placed ? (long) Math.floor(p.x() / cell) : 0;
            long cy = placed ? (long) Math.floor(p.y() / cell) : 0;
            int joined = -1;
            if (placed) {
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        for (int c = grid.first(key(cx + dx, cy + dy)); c >= 0; c = leaders.get(c).nextInCell) {
                            // The first leader it touches, in the order leaders were made.
                            if ((joined < 0 || c < joined) && touches(marker, leaders.get(c), gap)) {
                                joined = c;
                            }
                        }
                    }
                }
            }
            if (joined < 0) {
                if (placed) {
                    marker.nextInCell = grid.push(key(cx, cy), leaders.size());
                }
                leaders.add(marker);
            } else {
                Taken leader = leaders.get(joined);
                if (leader.joined == null) {
                    leader.joined = new ArrayList<>(4);
                    leader.joined.add(leader.marker);
                }
                leader.joined.add(marker.marker);
            }
        }
        // Keep the planner's drawing order: today's on top, else as the markers came.
        long[] drawingOrder = new long[leaders.size()];
        List<Cluster> clusters = new ArrayList<>(leaders.size());
        for (int c = 0; c < leaders.size(); c++) {
            Taken leader = leaders.get(c);
            Cluster cluster = leader.joined == null
                    ? new Cluster(leader.marker, List.of(leader.marker), leader.x, leader.y, leader.marker.current(),
                            leader.marker.kinds(), leader.marker.count())
                    : new Cluster(leader.marker, leader.joined, leader.x, leader.y);
            clusters.add(cluster);
            drawingOrder[c] = (cluster.current() ? 1L << 62 : 0) | ((long) leader.order << 31) | c;
        }
        Arrays.sort(drawingOrder);
        Cluster[] drawn = new Cluster[clusters.size()];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = clusters.get((int) (drawingOrder[i] & Integer.MAX_VALUE));
        }
        return List.of(drawn);
    }

    /** Grid cells to the last leader put in each (the others are chained from it): keys are open-addressed. */
    private static final class CellTable {
        private final long[] keys;
        private final int[] heads;
        private final boolean[] used;

        CellTable(int markers) {
            int capacity = Integer.highestOneBit(Math.max(4, markers) * 2 - 1) << 1;
            keys = new long[capacity];
            heads = new int[capacity];
            used = new boolean[capacity];
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 29)) & mask;
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        /** The last leader put in the cell, or -1. */
        int first(long key) {
            int i = slot(key);
            return used[i] ? heads[i] : -1;
        }

        /** Puts a leader in the cell; returns the leader put there before it, or -1. */
        int push(long key, int leader) {
            int i = slot(key);
            int before = used[i] ? heads[i] : -1;
            used[i] = true;
            keys[i] = key;
            heads[i] = leader;
            return before;
        }
    }

    private static boolean touches(Taken marker, Taken leader, double gap) {
        double dx = marker.x - leader.x;
        double dy = marker.y - leader.y;
        double reach = leader.marker.radius() + marker.marker.radius() + gap;
        return dx * dx + dy * dy < reach * reach;
    }

    private static long key(long cx, long cy) {
        return cx * 0x9E3779B97F4A7C15L + cy;
    }
}
