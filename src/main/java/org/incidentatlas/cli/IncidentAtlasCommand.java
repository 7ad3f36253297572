package org.incidentatlas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.incidentatlas.io.ViewerFiles;
import org.incidentatlas.io.ViewerUnavailableException;
import org.incidentatlas.rendering.BasemapData;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command: opens the app when no tool is named. Tools are registered as subcommands here
 * ({@link #TOOLS}); the developer tools (builders, benchmarks) are not: they live in {@code src/tools/java}.
 */
@Command(name = IncidentAtlasCommand.NAME,
        mixinStandardHelpOptions = true,
        version = "Incident Atlas 0.1.0",
        description = {"Maps seized buildings and clashes reported in news articles, day by day, offline.",
                "Without a command, opens the app."})
public final class IncidentAtlasCommand implements Callable<Integer> {

    static final String NAME = "incident-atlas";

    /**
     * The tools, in the order the help lists them. Not in the {@code @Command} annotation: picocli would
     * then build every tool (options read by reflection, the tool and its helpers created) for any
     * command line, where a run of one tool needs only that one (see {@link #commandLine(Consumer, String...)}).
     */
    static final List<Class<?>> TOOLS = List.of(
            EvaluateCommand.class,
            ExtractCommand.class,
            GeocodeCommand.class,
            RenderCommand.class,
            AnimateCommand.class,
            ConvertCommand.class,
            CompareCommand.class);

    @Option(names = "--basemap", paramLabel = "FILE",
            description = "Your own base map, shown over the drawn map where it has tiles: raster MBTiles, or OpenStreetMap"
                    + " vector tiles (OpenMapTiles schema, e.g. from Planetiler) as MBTiles or PMTiles, drawn as streets from zoom 10.")
    private Path basemap;

    @Option(names = "--incidents", paramLabel = "FILE",
            description = "Incidents to show instead of the bundled ones: GeoJSON, GeoJSON Lines (.geojsonl), ACLED CSV or KML.")
    private Path incidents;

    @Option(names = "--reports", paramLabel = "DIR|FILE", arity = "1..*",
            description = "Reports to open into the workspace and extract: folders or text, HTML and Markdown files.")
    private java.util.List<Path> reports = new java.util.ArrayList<>();

    private final Consumer<ViewerFiles> openWindow;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /**
     * @param openWindow starts the window with the files the command line names ({@code --basemap}, {@code --incidents}); passed in
     *     by {@code Main} so that the command line does not depend on the UI, nor the UI on it
     */
    public IncidentAtlasCommand(Consumer<ViewerFiles> openWindow) {
        this.openWindow = openWindow;
    }

    /**
     * The command line with every tool: every command's unexpected failure ends in
     * {@link UnexpectedErrorHandler} (one line, a log file, exit 2).
     */
    public static CommandLine commandLine(Consumer<ViewerFiles> openWindow) {
        return withTools(openWindow, TOOLS);
    }

    /**
     * The command line as {@code Main} runs it for {@code args}: when they start with a tool's name, the
     * root and that tool alone, as parsing them reads nothing of the other tools (building all seven
     * cost {@code render} a third of its run: their options by reflection, a Jackson mapper among their
     * helpers). Anything else (no tool, a root option, a misspelt tool that help or picocli's "did you
     * mean" must name, {@code --help}) gets every tool, so what it prints and returns is as it was.
     */
    public static CommandLine commandLine(Consumer<ViewerFiles> openWindow, String... args) {
        if (args.length > 0) {
            for (Class<?> tool : TOOLS) {
                if (tool.getAnnotation(Command.class).name().equals(args[0])) {
                    if (DRAW_THE_BUNDLED_MAP.contains(tool)) {
                        // Their every picture starts with it: it is read while picocli builds and parses the
                        // command line (a fifth of a render), on a thread of its own, once per process.
                        BasemapData.readBundledInBackground();
                    }
                    return withTools(openWindow, List.of(tool));
                }
            }
        }
        return commandLine(openWindow);
    }

    /** The tools whose pictures start with the bundled base map. */
    private static final Set<Class<?>> DRAW_THE_BUNDLED_MAP = Set.of(RenderCommand.class, AnimateCommand.class, CompareCommand.class);

    private static CommandLine withTools(Consumer<ViewerFiles> openWindow, List<Class<?>> tools) {
        CommandLine cli = new CommandLine(new IncidentAtlasCommand(openWindow));
        for (Class<?> tool : tools) {
            cli.addSubcommand(tool);
        }
        cli.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        return cli;
    }

    @Override
    public Integer call() {
        return open(openWindow, new ViewerFiles(Optional.ofNullable(basemap), Optional.ofNullable(incidents), reports),
                spec.commandLine().getErr());
    }

    /**
     * The launch without arguments, as a desktop menu starts the app: the window opens without the
     * command tree being built. Building it reads every tool's options by reflection and creates
     * their helpers (Jackson mappers among them), about a second of CPU before JavaFX even starts,
     * for a command line that has nothing to parse. Ends as {@link #commandLine} would: one line
     * and a log file for an unexpected failure, the same exit codes.
     */
    public static int openWithoutArguments(Consumer<ViewerFiles> openWindow) {
        java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
        try {
            return open(openWindow, ViewerFiles.none(), err);
        } catch (RuntimeException | Error e) {
            return new UnexpectedErrorHandler().report(e, NAME, err);
        }
    }

    private static int open(Consumer<ViewerFiles> openWindow, ViewerFiles files, java.io.PrintWriter err) {
        try {
            openWindow.accept(files);
        } catch (ViewerUnavailableException e) {
            err.println(e.getMessage());
            return ExitCode.NOTHING_DONE;
        }
        return ExitCode.DONE;
    }
}
