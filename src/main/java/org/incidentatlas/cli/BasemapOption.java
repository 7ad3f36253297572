package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.incidentatlas.rendering.BasemapData;
import org.incidentatlas.rendering.BasemapRenderer;
import org.incidentatlas.rendering.MapOverlay;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.MbTilesException;
import org.incidentatlas.rendering.vector.UserBasemap;

import picocli.CommandLine.Option;

/** The {@code --basemap} option of the commands that draw pictures: the user's own tiles over the drawn map. */
public final class BasemapOption {

    @Option(names = "--basemap", paramLabel = "FILE",
            description = "Your own base map, drawn over the built-in one where it has tiles: raster MBTiles (png/jpg),"
                    + " or OpenStreetMap vector tiles in the OpenMapTiles schema as MBTiles or PMTiles (e.g. from Planetiler),"
                    + " drawn as streets, buildings and names from zoom 10 on.")
    Path file;

    /** Whether the user named a base map of their own. */
    boolean named() {
        return file != null;
    }

    /** The drawn map with the user's file over it (when one was named), and the file to close once drawn. */
    record Opened(MapOverlay layer, Optional<UserBasemap> user) implements AutoCloseable {
        @Override
        public void close() {
            user.ifPresent(UserBasemap::close);
        }
    }

    /**
     * The drawn map in {@code theme} with the named file over it, or empty after saying on {@code err}, in
     * one line that starts with {@code command}, why the file cannot be used.
     */
    Optional<Opened> open(MapTheme theme, PrintWriter err, String command) throws IOException {
        Optional<UserBasemap> user;
        try {
            user = file == null ? Optional.empty() : Optional.of(UserBasemap.open(file));
        } catch (MbTilesException e) {
            err.println(command + ": " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
        try {
            return Optional.of(new Opened(layer(user, theme, err, command), user));
        } catch (IOException | RuntimeException | Error e) {
            user.ifPresent(UserBasemap::close);
            throw e;
        }
    }

    /** The drawn map in {@code theme}, with {@code user} over it; each damaged tile is reported once on {@code err}. */
    private static MapOverlay layer(Optional<UserBasemap> user, MapTheme theme, PrintWriter err, String command) throws IOException {
        BasemapRenderer drawn = new BasemapRenderer(BasemapData.loadBundled(), theme.basemap());
        Set<String> told = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
        Consumer<String> problems = message -> {
            if (told.add(message)) {
                err.println(command + ": " + message + " (drawn without it)");
                err.flush();
            }
        };
        return user.map(u -> u.over(drawn, theme.basemap(), problems)).orElse(drawn);
    }
}
