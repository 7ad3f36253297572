package org.incidentatlas.basemap;

/** The credits the bundled sources require on the map (see data/basemap/README.md). */
public final class Attribution {

    /**
     * Borders: Natural Earth; place names: GeoNames (CC-BY 4.0, credit required); lakes and
     * rivers: GSHHG (LGPL-3+, credited as its authors ask); relief: SRTM30 via Marble.
     */
    public static final String TEXT = "Natural Earth · GeoNames · GSHHG · SRTM";

    private Attribution() {
    }
}
