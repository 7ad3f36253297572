package org.incidentatlas.replay;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.FileChannel;

import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.model.Rational;

/**
 * An H.264 MP4 through JCodec (pure Java). The frame rate is one frame per {@link Replay#unitSeconds()},
 * so a frame that lasts several units is repeated (repeats cost little: they encode as unchanged).
 */
final class Mp4Frames implements FrameSink {

    private final AWTSequenceEncoder encoder;

    Mp4Frames(FileChannel channel, double unitSeconds) throws IOException {
        // Frames per second as a fraction: 1000 / (milliseconds per unit).
        this.encoder = new AWTSequenceEncoder(new KeptOpen(channel),
                Rational.R(1000, Math.max(1, (int) Math.round(unitSeconds * 1000))));
    }

    /** JCodec closes its channel when it finishes; the atomic writer must still flush it to disk, then it closes it. */
    private static final class KeptOpen extends FileChannelWrapper {
        KeptOpen(FileChannel channel) throws IOException {
            super(channel);
        }

        @Override
        public void close() {
            // the owner closes it
        }
    }

    @Override
    public void frame(BufferedImage image, int units) throws IOException {
        for (int k = 0; k < units; k++) {
            encoder.encodeImage(image);
        }
    }

    @Override
    public void finish() throws IOException {
        encoder.finish();
    }
}
