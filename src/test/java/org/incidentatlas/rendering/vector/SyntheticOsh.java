package org.incidentatlas.rendering.vector;

import java.nio.file.Path;

/**
 * A small, made-up street map of central Osh in the OpenMapTiles schema, for tests and the
 * README's picture: a grid of streets named after real ones, a few main roads, blocks of
 * buildings, the Ak-Buura river, the Sulaiman-Too hill as a park, and the names of the city and
 * some of its districts. Nothing in it is surveyed; it only has the shape of Planetiler's output.
 *
 * <p>Run {@link #main} with a file name to write it as PMTiles (zooms 10 to 14).
 */
public final class SyntheticOsh {

    public static final double CENTRE_LAT = 40.5283, CENTRE_LON = 72.7985;
    static final double SOUTH = 40.514, NORTH = 40.544, WEST = 72.772, EAST = 72.828;
    /** About 200 m between streets. */
    static final double STEP_LAT = 0.0018, STEP_LON = 0.0024;
    /** Sulaiman-Too, west of the centre. */
    static final double HILL_SOUTH = 40.5265, HILL_NORTH = 40.5318, HILL_WEST = 72.7760, HILL_EAST = 72.7880;

    /** The Ak-Buura, south-east to north-west. */
    private static final double[][] RIVER = {{72.8300, 40.5080}, {72.8180, 40.5160}, {72.8110, 40.5230},
        {72.8060, 40.5300}, {72.7990, 40.5370}, {72.7880, 40.5440}, {72.7700, 40.5520}};

    private SyntheticOsh() {
    }

    public static VectorTileFixture map() {
        VectorTileFixture f = new VectorTileFixture();
        f.box("landuse", SOUTH, WEST, NORTH, EAST, "class", "residential");
        f.box("park", HILL_SOUTH, HILL_WEST, HILL_NORTH, HILL_EAST, "class", "park", "name", "Sulaiman-Too");
        f.box("landcover", HILL_SOUTH + 0.0008, HILL_WEST + 0.001, HILL_NORTH - 0.0008, HILL_EAST - 0.004, "class", "rock");
        f.box("landuse", 40.5232, 72.8032, 40.5262, 72.8088, "class", "cemetery");

        double[][] river = RIVER;
        f.line("waterway", river, "class", "river", "name", "Ак-Буура", "name:en", "Ak-Buura");
        f.add("water", VectorTileFixture.GEOMETRIES.createLineString(coordinates(river)).buffer(0.00035), "class", "river");

        // Minor streets of the grid, interrupted by the hill.
        int i = 0;
        for (double lat = SOUTH + STEP_LAT / 2; lat < NORTH; lat += STEP_LAT, i++) {
            String name = i % 3 == 0 ? null : "Street " + (i + 1);
            boolean crossesHill = lat > HILL_SOUTH && lat < HILL_NORTH;
            double start = crossesHill ? HILL_EAST : WEST;
            f.line("transportation", new double[][] {{start, lat}, {EAST, lat}}, "class", "minor");
            if (name != null) {
                f.line("transportation_name", new double[][] {{start, lat}, {EAST, lat}}, "class", "minor", "name", name);
            }
            if (crossesHill) {
                f.line("transportation", new double[][] {{WEST, lat}, {HILL_WEST, lat}}, "class", "minor");
            }
        }
        String[] streetNames = {"Gogol", "Pushkin", "Isanov", "Alymbek Datka", "Tolstoy", "Sverdlov", "Frunze",
            "Abdykadyrov", "Zainabetdinov", "Kyrgyzstan", "Shakirov", "Moldo Kylych", "Yusup Balasagyn",
            "Chekhov", "Kamchybek", "Osmonov", "Toktogul", "Aitmatov", "Manas", "Bayalinov", "Lomonosov", "Gorky", "Kurmanbek"};
        int j = 0;
        for (double lon = WEST + STEP_LON / 2; lon < EAST; lon += STEP_LON, j++) {
            boolean crossesHill = lon > HILL_WEST && lon < HILL_EAST;
            double[][] south = {{lon, SOUTH}, {lon, crossesHill ? HILL_SOUTH : NORTH}};
            f.line("transportation", south, "class", "minor");
            f.line("transportation_name", south, "class", "minor", "name", streetNames[j % streetNames.length] + " Street");
            if (crossesHill) {
                f.line("transportation", new double[][] {{lon, HILL_NORTH}, {lon, NORTH}}, "class", "minor");
            }
        }
        // Main roads.
        road(f, "primary", "Lenin Street", "улица Ленина", new double[][] {{72.8002, SOUTH - 0.01}, {72.8002, NORTH + 0.01}});
        road(f, "primary", "Kurmanjan Datka Street", "улица Курманжан Датки",
                new double[][] {{WEST - 0.01, 40.5247}, {EAST + 0.01, 40.5247}});
        road(f, "secondary", "Masaliev Avenue", "проспект Масалиева",
                new double[][] {{WEST - 0.01, 40.5373}, {72.8000, 40.5373}, {EAST + 0.01, 40.5410}});
        road(f, "secondary", "Navoi Street", "улица Навои", new double[][] {{72.8146, SOUTH - 0.01}, {72.8146, NORTH + 0.01}});
        road(f, "tertiary", "Alisher Navoi Lane", null, new double[][] {{72.7890, SOUTH}, {72.7890, HILL_SOUTH}});
        f.line("transportation", new double[][] {{HILL_WEST + 0.002, 40.5272}, {72.7820, 40.5290}, {72.7805, 40.5302}},
                "class", "path");

        // Buildings: a few houses in every block, none on the hill, the river or the cemetery.
        for (double lat = SOUTH + STEP_LAT / 2; lat + STEP_LAT < NORTH; lat += STEP_LAT) {
            for (double lon = WEST + STEP_LON / 2; lon + STEP_LON < EAST; lon += STEP_LON) {
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 3; c++) {
                        double s = lat + 0.00030 + r * 0.00068, w = lon + 0.00035 + c * 0.00066;
                        double n = s + 0.00040 + 0.00008 * ((r + c) % 2), e = w + 0.00042;
                        if (clear(f, s, w, n, e)) {
                            f.box("building", s, w, n, e);
                        }
                    }
                }
            }
        }
        f.point("place", CENTRE_LAT, CENTRE_LON, "class", "city", "name", "Ош", "name:en", "Osh", "rank", 1);
        f.point("place", 40.5395, 72.8185, "class", "suburb", "name", "Черёмушки", "name:en", "Cheryomushki", "rank", 11);
        f.point("place", 40.5180, 72.7840, "class", "suburb", "name", "Кызыл-Кыштак", "name:en", "Kyzyl-Kyshtak", "rank", 11);
        f.point("place", 40.5195, 72.8170, "class", "suburb", "name", "Амир-Тимур", "name:en", "Amir-Timur", "rank", 11);
        f.point("place", 40.5420, 72.7890, "class", "neighbourhood", "name", "Он-Адыр", "name:en", "On-Adyr", "rank", 14);
        return f;
    }

    private static void road(VectorTileFixture f, String cls, String english, String local, double[][] lonLats) {
        f.line("transportation", lonLats, "class", cls);
        f.line("transportation_name", lonLats, "class", cls, "name", local == null ? english : local, "name:en", english);
    }

    private static boolean clear(VectorTileFixture f, double s, double w, double n, double e) {
        boolean onHill = n > HILL_SOUTH && s < HILL_NORTH && e > HILL_WEST && w < HILL_EAST;
        boolean onCemetery = n > 40.5232 && s < 40.5262 && e > 72.8032 && w < 72.8088;
        boolean onMainRoad = (w < 72.8006 && e > 72.7998) || (w < 72.8150 && e > 72.8142)
                || (s < 40.5251 && n > 40.5243) || (s < 40.5377 && n > 40.5369) || (w < 72.7894 && e > 72.7886);
        double riverLon = riverLonAt((s + n) / 2);
        boolean onRiver = Math.abs((w + e) / 2 - riverLon) < 0.0012;
        return !onHill && !onCemetery && !onMainRoad && !onRiver;
    }

    /** Where the river crosses a latitude (it runs from the south-east to the north-west). */
    private static double riverLonAt(double lat) {
        for (int k = 1; k < RIVER.length; k++) {
            if (lat <= RIVER[k][1]) {
                double t = (lat - RIVER[k - 1][1]) / (RIVER[k][1] - RIVER[k - 1][1]);
                return RIVER[k - 1][0] + t * (RIVER[k][0] - RIVER[k - 1][0]);
            }
        }
        return RIVER[RIVER.length - 1][0];
    }

    private static org.locationtech.jts.geom.Coordinate[] coordinates(double[][] lonLats) {
        org.locationtech.jts.geom.Coordinate[] cs = new org.locationtech.jts.geom.Coordinate[lonLats.length];
        for (int k = 0; k < lonLats.length; k++) {
            cs[k] = new org.locationtech.jts.geom.Coordinate(lonLats[k][0], lonLats[k][1]);
        }
        return cs;
    }

    public static void main(String[] args) throws Exception {
        map().writePmTiles(Path.of(args[0]), 10, 14, true);
    }
}
