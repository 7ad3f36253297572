package org.incidentatlas.testing;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The background executor the app's flows run their loading on in tests: daemon threads named for a stack dump, kept
 * for a while once idle as the app's own are (starting a thread per task would cost the JavaFX thread, which hands work
 * over, what the app does not pay).
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static Executor named(String name) {
        return Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
