package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Issue 16, defect 6 and the exit-code contract: an unexpected failure is one line and a log file. */
class UnexpectedErrorHandlerTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("disk \u001b[31mexploded\u001b[0m");
        }
    }

    @Test
    void anUnexpectedExceptionIsOneLineAndTheTraceGoesToTheLog() throws Exception {
        CommandLine cli = new CommandLine(new Boom());
        cli.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute());
        String line = err.toString().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("boom: unexpected error: disk ?[31mexploded?[0m; details in "), line);
        assertFalse(line.contains("\u001b"), line);
        Path log = Path.of(line.substring(line.indexOf("details in ") + "details in ".length()));
        assertTrue(Files.readString(log).contains("at org.incidentatlas.cli.UnexpectedErrorHandlerTest$Boom.call"));
    }

    @Test
    void theLogGoesUnderTheUsersCacheFolder() {
        String saved = System.clearProperty(UnexpectedErrorHandler.LOG_DIR_PROPERTY);
        try {
            Path dir = new UnexpectedErrorHandler(Map.of("XDG_CACHE_HOME", "/home/u/.cache-x")).logDir();
            if (!System.getProperty("os.name").toLowerCase().matches(".*(win|mac).*")) {
                assertEquals(Path.of("/home/u/.cache-x/incident-atlas/logs"), dir);
                assertEquals(Path.of(System.getProperty("user.home"), ".cache", "incident-atlas", "logs"),
                        new UnexpectedErrorHandler(Map.of()).logDir());
            }
        } finally {
            if (saved != null) {
                System.setProperty(UnexpectedErrorHandler.LOG_DIR_PROPERTY, saved);
            }
        }
    }

    @Test
    void mainUsesTheHandler() {
        CommandLine cli = IncidentAtlasCommand.commandLine(options -> { });
        assertTrue(cli.getExecutionExceptionHandler() instanceof UnexpectedErrorHandler);
    }
}
