package org.incidentatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.Printable;
import org.incidentatlas.io.UserCacheFolder;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place an unexpected failure of any command ends: the user reads one line naming what
 * went wrong and the log file; the stack trace goes to that file under the user's cache folder
 * ({@code $XDG_CACHE_HOME/incident-atlas/logs}, {@code ~/.cache/incident-atlas/logs},
 * {@code ~/Library/Caches/incident-atlas/logs} on macOS, {@code %LOCALAPPDATA%\incident-atlas\logs}
 * on Windows; the system property {@value #LOG_DIR_PROPERTY} overrides it), never to the terminal.
 * The exit code is {@link ExitCode#NOTHING_DONE}.
 */
public final class UnexpectedErrorHandler implements IExecutionExceptionHandler {

    public static final String LOG_DIR_PROPERTY = "incidentatlas.log.dir";
    public static final int EXIT = ExitCode.NOTHING_DONE;

    private final Map<String, String> environment;

    public UnexpectedErrorHandler() {
        this(System.getenv());
    }

    UnexpectedErrorHandler(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        report(e, command.getCommandName(), command.getErr());
        return EXIT;
    }

    /** Also for errors (out of memory) that picocli lets through. */
    /**
     * Runs a command line as every entry point does (the app's, the tools', the Spark job's): any
     * unexpected failure, an {@link Error} thrown outside picocli's handler included (out of memory, a
     * stack overflow), ends in one line and a log file, never a raw trace. Returns the exit code.
     */
    public static int execute(CommandLine cli, String... args) {
        cli.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        try {
            return cli.execute(args);
        } catch (Error e) {
            return new UnexpectedErrorHandler().report(e, cli.getCommandName(), cli.getErr());
        }
    }

    public int report(Throwable e, String commandName, PrintWriter err) {
        Path log = logDir().resolve("error-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT))
                + "-" + ProcessHandle.current().pid() + ".log");
        String where;
        try {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            AtomicWriter.writeString(log, "incident-atlas " + commandName + "\n" + trace);
            where = "; details in " + log;
        } catch (Exception | Error logFailed) {
            where = " (no log could be written: " + Printable.strip(String.valueOf(logFailed.getMessage())) + ")";
        }
        err.println(commandName + ": unexpected error: " + summary(e) + where);
        err.flush();
        return EXIT;
    }

    private static String summary(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (e instanceof StackOverflowError) {
            return "the input is nested too deeply";
        }
        String message = e.getMessage();
        return Printable.strip(message == null || message.isBlank() ? "an internal error" : message);
    }

    Path logDir() {
        String override = System.getProperty(LOG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return UserCacheFolder.of(environment).resolve("logs");
    }
}
