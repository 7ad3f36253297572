package org.incidentatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: opens the app when no tool is named. Tools are registered as subcommands here. */
@Command(name = "incident-atlas",
        mixinStandardHelpOptions = true,
        version = "Incident Atlas 0.1.0",
        description = {"Maps seized buildings and clashes reported in news articles, day by day, offline.",
                "Without a command, opens the app."},
        subcommands = {
            BenchCommand.class,
            BuildGazetteerCommand.class,
            EvaluateCommand.class,
            ExtractCommand.class,
            GeocodeCommand.class,
            BuildBasemapCommand.class,
            RenderCommand.class,
        })
public final class IncidentAtlasCommand implements Callable<Integer> {

    @Option(names = "--basemap", paramLabel = "FILE.mbtiles",
            description = "A raster MBTiles base map shown instead of the drawn map where it has tiles.")
    private Path basemap;

    @Option(names = "--incidents", paramLabel = "FILE.geojson",
            description = "Incidents to show instead of the bundled ones (GeoJSON as written by extract; up to 1 GB).")
    private Path incidents;

    private final Consumer<GuiOptions> gui;

    /** @param gui starts the window; kept as a parameter so the command line does not depend on the UI. */
    public IncidentAtlasCommand(Consumer<GuiOptions> gui) {
        this.gui = gui;
    }

    /**
     * The command line as {@code Main} runs it: every command's unexpected failure ends in
     * {@link UnexpectedErrorHandler} (one line, a log file, exit 2).
     */
    public static CommandLine commandLine(Consumer<GuiOptions> gui) {
        CommandLine cli = new CommandLine(new IncidentAtlasCommand(gui));
        cli.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        return cli;
    }

    @Override
    public Integer call() {
        gui.accept(new GuiOptions(basemap, incidents));
        return 0;
    }

    /**
     * What the command line says about the window to open.
     *
     * @param basemap   raster tiles to show, or null for the drawn map
     * @param incidents an incident file to show, or null for the bundled incidents
     */
    public record GuiOptions(Path basemap, Path incidents) {
    }
}
