package org.incidentatlas.replay;

import java.awt.image.BufferedImage;
import java.time.LocalDate;

import org.incidentatlas.geo.Viewport;

/** The picture of each day of a replay, drawn in the replay's view; every day's picture has the same size. */
@FunctionalInterface
public interface ReplayPictures {

    BufferedImage picture(Viewport view, LocalDate day);
}
