package org.incidentatlas.replay;

import java.nio.file.Path;

import org.incidentatlas.basemap.DayMap;
import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.FileProblemException;

/**
 * Writes a replay to a GIF or MP4 file, atomically: a failure or a cancel leaves the old file
 * (or none) in place, never half a video.
 */
public final class ReplayWriter {

    private final DayMap map;

    public ReplayWriter(DayMap map) {
        this.map = map;
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
                    stream -> ReplayFrames.play(replay, map, new GifFrames(stream, replay.unitSeconds()), progress));
            case MP4 -> AtomicWriter.writeChannel(out,
                    channel -> ReplayFrames.play(replay, map, new Mp4Frames(channel, replay.unitSeconds()), progress));
        }
    }
}
