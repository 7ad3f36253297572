package org.incidentatlas.extract.rule;

/** What a place named in a sentence is to the events of that sentence. */
public enum PlaceRole {
    /** Where something happened: "in Osh", "the police station in Jalal-Abad". */
    LOCATION(true),
    /** A country named as the scene ("in southern Kyrgyzstan"): too vague for a point on the map. */
    AREA(false),
    /** A reference point for a distance: "186 miles south of the capital Bishkek". */
    DISTANCE(false),
    /** Where a reporter or speaker is: "reporter in Moscow", "In Bishkek, the government said". */
    SPEAKER(false),
    /** Where someone fled or sought refuge: "refuge in Belarus". */
    REFUGE(false),
    /** Where people came from: "protesters from Uzgen". */
    ORIGIN(false),
    /** A comparison: "Ukraine's Orange Revolution", "similar to Georgia". */
    COMPARISON(false),
    /** A country as the owner of something else: "Kyrgyzstan's interim government". */
    MODIFIER(false),
    /** The article's dateline: where it was filed, not an event. */
    DATELINE(false),
    /** Outside the map's area (Moscow, Minsk, Washington): recognised, never plotted. */
    OUTSIDE_MAP(false);

    private final boolean scene;

    PlaceRole(boolean scene) {
        this.scene = scene;
    }

    /** True when an event may be placed here. */
    public boolean scene() {
        return scene;
    }
}
