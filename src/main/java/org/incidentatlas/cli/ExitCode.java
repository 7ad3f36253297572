package org.incidentatlas.cli;

/**
 * The one exit-code contract of every command, so scripts can tell the three outcomes apart:
 * <ul>
 *   <li>{@link #DONE} 0: everything asked was done;</li>
 *   <li>{@link #PARTLY_DONE} 1: done, but not all of it (some input skipped, a threshold not met),
 *       said on stderr;</li>
 *   <li>{@link #NOTHING_DONE} 2: nothing done: bad or unreadable input, an answer that does not
 *       exist (a name no place has), an output that cannot be written, a usage error, or an
 *       unexpected error (one line on stderr, the details in a log file).</li>
 * </ul>
 * The README's command-line section lists them; picocli's own usage errors are already 2.
 */
public final class ExitCode {

    public static final int DONE = 0;
    public static final int PARTLY_DONE = 1;
    public static final int NOTHING_DONE = 2;

    private ExitCode() {
    }
}
