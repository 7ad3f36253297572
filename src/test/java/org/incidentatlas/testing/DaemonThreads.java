package org.incidentatlas.testing;

import java.util.concurrent.Executor;

/** The background executor the app's flows run their loading on in tests: a daemon thread per task, named for a stack dump. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static Executor named(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
