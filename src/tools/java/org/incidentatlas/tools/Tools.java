package org.incidentatlas.tools;

import org.incidentatlas.cli.UnexpectedErrorHandler;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the developer tools, which are not part of the app: the data builders and the
 * benchmarks. They live in their own source set ({@code src/tools/java}), compiled and tested by
 * {@code mvn verify} but left out of the jar, {@code target/lib} and the installer, so JMH and the
 * source-format readers never ship. Run with
 * {@code mvn -Ptools test-compile exec:exec -Dtool="bench Geocoder"} (see the README).
 */
@Command(name = "incident-atlas-tools", mixinStandardHelpOptions = true,
        version = "Incident Atlas tools 0.1.0",
        description = "Developer tools: data builders and benchmarks (not shipped with the app).",
        subcommands = {
            BenchCommand.class,
            BuildBasemapCommand.class,
            BuildGazetteerCommand.class,
        })
public final class Tools implements Runnable {

    /** The command line with the same failure handling as the app's commands. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Tools());
        cli.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        return cli;
    }

    public static void main(String[] args) {
        System.exit(UnexpectedErrorHandler.execute(commandLine(), args));
    }

    /** Named without a tool: the list of tools is the useful answer. */
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
