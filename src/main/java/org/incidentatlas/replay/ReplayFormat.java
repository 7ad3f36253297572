package org.incidentatlas.replay;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The files a replay can be written as, known by their name's ending. */
public enum ReplayFormat {
    GIF(".gif"), MP4(".mp4");

    private final String extension;

    ReplayFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReplayFormat> of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (ReplayFormat f : values()) {
            if (lower.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Why a picture of this size cannot be written in this format, or empty when it can. */
    public Optional<String> sizeProblem(int width, int height) {
        // H.264 in 4:2:0 halves the colour resolution: odd sizes would lose a row or column.
        if (this == MP4 && (width % 2 != 0 || height % 2 != 0)) {
            return Optional.of("an MP4 needs an even width and height, not " + width + "x" + height);
        }
        return Optional.empty();
    }
}
