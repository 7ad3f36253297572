package org.incidentatlas.replay;

import java.nio.file.Path;

import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.FileProblemException;

/**
 * Writes a replay to a GIF or MP4 file, atomically: a failure or a cancel leaves the old file
 * (or none) in place, never half a video.
 */
public final class ReplayWriter {

    private final ReplayPictures pictures;

    /** The replay of one map: every frame is what {@code render --date} draws for its day. */
    public ReplayWriter(DayMap map) {
        this((view, day) -> map.draw(view, day).image());
    }

    /** Any pictures, one per day (e.g. two episodes side by side). */
    public ReplayWriter(ReplayPictures pictures) {
        this.pictures = pictures;
    }

    /**
     * @throws java.util.concurrent.CancellationException when {@code progress} asked to stop; nothing is written
     */
    public void write(Replay replay, Path out, ReplayFormat format, ReplayProgress progress) throws FileProblemException {
        format.sizeProblem(replay.view().width(), replay.view().height()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        switch (format) {
            case GIF -> AtomicWriter.write(out,
                    stream -> ReplayFrames.play(replay, pictures, new GifFrames(stream, replay.unitSeconds()), progress));
            case MP4 -> AtomicWriter.writeChannel(out,
                    channel -> ReplayFrames.play(replay, pictures, new Mp4Frames(channel, replay.unitSeconds()), progress));
        }
    }
}
