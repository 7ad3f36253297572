package org.incidentatlas.replay;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Where replay frames go (a GIF or an MP4 encoder). */
interface FrameSink {

    /** @param units how long the frame shows, in {@link Replay#unitSeconds()} */
    void frame(BufferedImage image, int units) throws IOException;

    /** Writes what is left (an index, a trailer). */
    void finish() throws IOException;
}
