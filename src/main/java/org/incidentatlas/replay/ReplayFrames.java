package org.incidentatlas.replay;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;


/** Draws a replay's days in order and hands the frames (days and fades) to a sink. */
final class ReplayFrames {

    private ReplayFrames() {
    }

    static void play(Replay replay, ReplayPictures pictures, FrameSink sink, ReplayProgress progress) throws IOException {
        int days = replay.days();
        BufferedImage previous = null;
        for (int k = 0; k < days; k++) {
            if (progress.cancelled()) {
                throw new CancellationException("the replay was cancelled");
            }
            LocalDate day = replay.from().plusDays(k);
            BufferedImage image = pictures.picture(replay.view(), day);
            if (previous != null && replay.fade()) {
                // The fade into a day takes the second half of the day before.
                for (int step = 1; step <= Replay.FADE_STEPS; step++) {
                    sink.frame(blend(previous, image, step / (float) (Replay.FADE_STEPS + 1)), 1);
                }
            }
            boolean last = k == days - 1;
            sink.frame(image, !replay.fade() ? 1 : last ? 2 * Replay.FADE_STEPS : Replay.FADE_STEPS);
            previous = image;
            progress.dayDrawn(k + 1, days, day);
        }
        if (progress.cancelled()) {
            throw new CancellationException("the replay was cancelled");
        }
        sink.finish();
    }

    private static BufferedImage blend(BufferedImage from, BufferedImage to, float share) {
        BufferedImage out = new BufferedImage(from.getWidth(), from.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(from, 0, 0, null);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, share));
            g.drawImage(to, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
