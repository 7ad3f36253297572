package org.incidentatlas.replay;

import java.time.LocalDate;

/** Told after each day is drawn; asked whether to stop. */
public interface ReplayProgress {

    ReplayProgress NONE = (done, total, day) -> { };

    void dayDrawn(int done, int total, LocalDate day);

    /** True to stop: the writer then throws {@link java.util.concurrent.CancellationException} and leaves no file. */
    default boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
