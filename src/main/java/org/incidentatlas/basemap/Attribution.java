package org.incidentatlas.basemap;

/** The credits the bundled sources require on the map (see data/basemap/README.md). */
public final class Attribution {

    /** Natural Earth borders, GeoNames place names, SRTM relief, lakes and rivers from Natural Earth. */
    public static final String TEXT = "Natural Earth · GeoNames · SRTM relief";

    private Attribution() {
    }
}
