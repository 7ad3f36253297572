package org.incidentatlas.basemap.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Reads GMT's binned GSHHG files (after {@code nccopy -k classic}): the world is cut into square
 * bins; each bin lists segments of points stored relative to its south-west corner in
 * 1/65535 of the bin size. Bins are numbered row by row from the north-west, from longitude 0.
 */
final class Gshhg {

    /** Hierarchy level of lakes in the shoreline file (1 land, 2 lake, 3 island in lake, 4 pond). */
    static final int LAKE = 2;

    private final GeometryFactory factory;

    Gshhg(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * River segments inside {@code area} whose level is in {@code [minLevel, maxLevel]}, each
     * carrying its level as user data (0 river-lakes, 1 permanent major, 2 additional major,
     * 3 additional, 4 minor, 5-7 intermittent, 8-10 canals).
     */
    List<LineString> rivers(Path classicNc, Envelope area, int minLevel, int maxLevel) throws IOException {
        NetcdfClassic nc = new NetcdfClassic(classicNc);
        Bins bins = new Bins(nc);
        int[] levels = nc.ints("Hierarchial_level_of_a_segment");
        int[] npts = nc.ints("N_points_for_a_segment");
        int[] firstPoint = nc.ints("Id_of_first_point_in_a_segment");
        List<LineString> out = new ArrayList<>();
        for (int bin : bins.inside(area)) {
            for (int s = bins.firstSegment[bin]; s < bins.firstSegment[bin] + bins.segmentCount[bin]; s++) {
                if (levels[s] >= minLevel && levels[s] <= maxLevel && npts[s] >= 2) {
                    LineString line = factory.createLineString(bins.points(bin, firstPoint[s], npts[s]));
                    line.setUserData(levels[s]);
                    out.add(line);
                }
            }
        }
        return out;
    }

    /**
     * Lake polygons inside {@code area}. A lake that spans several bins is stored as pieces that
     * end on bin edges; pieces of one GSHHS polygon id are merged back into a ring.
     */
    List<Polygon> lakes(Path classicNc, Envelope area) throws IOException {
        NetcdfClassic nc = new NetcdfClassic(classicNc);
        Bins bins = new Bins(nc);
        int[] info = nc.ints("Embedded_npts_levels_exit_entry_for_a_segment");
        int[] firstPoint = nc.ints("Id_of_first_point_in_a_segment");
        int[] ids = nc.ints("Id_of_GSHHS_ID");
        Map<Integer, List<LineString>> pieces = new HashMap<>();
        for (int bin : bins.inside(area)) {
            for (int s = bins.firstSegment[bin]; s < bins.firstSegment[bin] + bins.segmentCount[bin]; s++) {
                int n = info[s] >>> 9;
                int level = (info[s] >> 6) & 7;
                if (level == LAKE && n >= 2) {
                    pieces.computeIfAbsent(ids[s], k -> new ArrayList<>())
                            .add(factory.createLineString(bins.points(bin, firstPoint[s], n)));
                }
            }
        }
        List<Polygon> out = new ArrayList<>();
        for (List<LineString> lake : pieces.values()) {
            LineMerger merger = new LineMerger();
            lake.forEach(merger::add);
            Polygonizer polygonizer = new Polygonizer();
            for (Object o : merger.getMergedLineStrings()) {
                LineString l = (LineString) o;
                if (l.isClosed() && l.getNumPoints() >= 4) {
                    polygonizer.add(l);
                }
            }
            for (Object o : polygonizer.getPolygons()) {
                out.add((Polygon) o);
            }
        }
        return out;
    }

    /** The bin index and how to turn stored points into degrees. */
    private static final class Bins {
        final int[] firstSegment;
        final int[] segmentCount;
        final int[] dx;
        final int[] dy;
        final double binDeg;
        final int nx;

        Bins(NetcdfClassic nc) throws IOException {
            binDeg = nc.ints("Bin_size_in_minutes")[0] / 60.0;
            nx = nc.ints("N_bins_in_360_longitude_range")[0];
            firstSegment = nc.ints("Id_of_first_segment_in_a_bin");
            segmentCount = nc.ints("N_segments_in_a_bin");
            dx = nc.ints("Relative_longitude_from_SW_corner_of_bin");
            dy = nc.ints("Relative_latitude_from_SW_corner_of_bin");
        }

        List<Integer> inside(Envelope area) {
            List<Integer> out = new ArrayList<>();
            for (int bin = 0; bin < firstSegment.length; bin++) {
                double west = (bin % nx) * binDeg;
                double south = 90 - (bin / nx + 1) * binDeg;
                if (new Envelope(west, west + binDeg, south, south + binDeg).intersects(area)) {
                    out.add(bin);
                }
            }
            return out;
        }

        Coordinate[] points(int bin, int first, int n) {
            double west = (bin % nx) * binDeg;
            double south = 90 - (bin / nx + 1) * binDeg;
            Coordinate[] c = new Coordinate[n];
            for (int k = 0; k < n; k++) {
                // Stored as unsigned 16-bit in signed shorts.
                double lon = west + (dx[first + k] & 0xFFFF) / 65535.0 * binDeg;
                double lat = south + (dy[first + k] & 0xFFFF) / 65535.0 * binDeg;
                c[k] = new Coordinate(lon > 180 ? lon - 360 : lon, lat);
            }
            return c;
        }
    }
}
