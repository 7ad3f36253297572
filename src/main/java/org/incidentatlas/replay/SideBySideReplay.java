package org.incidentatlas.replay;

import org.incidentatlas.rendering.SideBySideMap;
import org.incidentatlas.geo.Viewport;

/**
 * Two episodes replayed side by side: day 1, day 2, ... of both at once. The replay counts its days
 * on the left episode's calendar (from its first day, for as many days as the longer episode lasts).
 */
public final class SideBySideReplay {

    private SideBySideReplay() {
    }

    /** @param panel the view of each of the two maps (same centre and zoom); frames are two panels wide */
    public static Replay of(SideBySideMap map, Viewport panel, double secondsPerDay, boolean fade) {
        var left = map.pair().left();
        return new Replay(panel, left.firstDay(), left.firstDay().plusDays(map.pair().days() - 1L), secondsPerDay, fade);
    }

    /** The frames: for each day of the replay, both episodes' maps of that day number. */
    public static ReplayPictures pictures(SideBySideMap map) {
        return (view, day) -> map.draw(view, map.pair().dayNumberOfLeft(day));
    }
}
