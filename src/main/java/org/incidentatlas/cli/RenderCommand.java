package org.incidentatlas.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;


import org.incidentatlas.rendering.BasemapData;
import org.incidentatlas.rendering.BasemapRenderer;
import org.incidentatlas.rendering.DayCaptionOverlay;
import org.incidentatlas.rendering.DayMap;
import org.incidentatlas.rendering.Java2dTextMeasurer;
import org.incidentatlas.rendering.IncidentMarkerOverlay;
import org.incidentatlas.rendering.MapOverlay;
import org.incidentatlas.rendering.MapPng;
import org.incidentatlas.rendering.LabelPlacer;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.FileIncidentSource;
import org.incidentatlas.io.IncidentFormatException;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.io.Printable;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.TimeIndex;
import org.incidentatlas.timeline.Timeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Draws the map headless to a PNG, exactly as the app's Web-Mercator view centred on the same
 * point at the same zoom: base map, then the overlays (place names, scale bar, attribution).
 * With {@code --date}, the incident markers of that day are drawn on top exactly as the app shows
 * them in its default mode ("up to this day"): same selection, icons, sizes and grouping, with the
 * day's caption and the legend. A day without incidents is drawn too, and says so. The picture
 * comes from {@link DayMap}, as every frame of {@code animate} does.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draws the offline map around a point to a PNG (no window, no network).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the picture was written", "2:bad input, or nothing could be written (see stderr)"})
public final class RenderCommand implements Callable<Integer> {

    /**
     * Fewer bytes than a GeoJSON feature of ours can be (its type, a point's geometry, the required properties): the
     * count told from a first batch is never more than the file could hold. A format with shorter rows (a CSV line)
     * only makes the columns grow again.
     */
    private static final long SHORTEST_FEATURE_BYTES = 64;

    @Mixin
    private MapViewOptions viewOptions = new MapViewOptions();

    @Option(names = "--size", defaultValue = "1024x768", paramLabel = "WxH", converter = SizeConverter.class,
            description = "Picture size in pixels (default: ${DEFAULT-VALUE}).")
    private Size size;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "PNG file to write.")
    private Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Draw the incident markers of this day, as the app shows them (up to this day).")
    private LocalDate date;

    @Option(names = "--incidents", paramLabel = "FILE",
            description = "Incidents to draw with --date in any format convert reads (default: the bundled data/events.geojson); needs --date.")
    private Path incidents;

    @Mixin
    private BasemapOption basemap = new BasemapOption();

    static final int OK = ExitCode.DONE;
    static final int FAILED = ExitCode.NOTHING_DONE;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        viewOptions.check();
        if (incidents != null && date == null) {
            throw new ParameterException(spec.commandLine(),
                    "--incidents needs --date (the day whose markers to draw); without it nothing would be read");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(out)) {
            err.println("render: " + Printable.strip(out.toString()) + ": is a folder; name a PNG file to write");
            err.flush();
            return FAILED;
        }
        // What every picture needs besides the incidents is made on other threads while this one reads the
        // incidents: the base map read and, unless the user's goes over it, drawn for this view; the names
        // read; the fonts warmed up.
        Viewport view = viewOptions.viewport(size.width(), size.height());
        MapTheme theme = viewOptions.theme();
        Optional<CompletableFuture<BufferedImage>> drawnBasemap = Optional.empty();
        if (basemap.named()) {
            BasemapData.readBundledInBackground();
        } else {
            drawnBasemap = Optional.of(CompletableFuture.supplyAsync(
                    () -> new BasemapRenderer(BasemapData.loadBundled(), theme.basemap()).picture(view),
                    task -> startDaemon(task, "bundled base map")));
        }
        Java2dTextMeasurer.warmUpInBackground();
        CompletableFuture<List<Place>> labelPlaces = CompletableFuture.supplyAsync(RenderCommand::labelPlaces,
                task -> startDaemon(task, "gazetteer"));
        Timeline timeline = new Timeline(List.of());
        if (date != null) {
            Optional<Timeline> read = readTimeline(incidents, err, "render");
            if (read.isEmpty()) {
                return FAILED;
            }
            timeline = read.get();
        }
        Optional<BasemapOption.Opened> layer = basemap.open(theme, err, "render");
        if (layer.isEmpty()) {
            return FAILED;
        }
        BufferedImage image;
        DayMap.Picture day;
        try (BasemapOption.Opened opened = layer.get()) {
            MapOverlay base = drawnBasemap.map(drawn -> drawnFor(view, drawn, opened.layer())).orElse(opened.layer());
            DayMap map = dayMap(timeline, theme, base, joined(labelPlaces));
            day = date == null ? null : map.draw(view, date);
            image = day == null ? map.drawWithoutIncidents(view) : day.image();
        }
        try {
            // Atomic: a full disk or a kill leaves the old picture whole, and a folder is never replaced.
            AtomicWriter.write(out, stream -> MapPng.write(image, stream));
        } catch (FileProblemException e) {
            err.println("render: " + e.getMessage());
            err.flush();
            return FAILED;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote " + Printable.strip(out.toString()) + " (" + size.width() + "x" + size.height() + ", zoom " + viewOptions.zoom() + ")"
                + (day == null ? "" : "; " + date + ": " + daySummary(day, timeline)));
        stdout.flush();
        return OK;
    }

    /** "3 incidents, 1 of them that day", or "no incidents on this day" with the episodes when the day lies outside them. */
    static String daySummary(DayMap.Picture day, Timeline timeline) {
        if (day.quiet()) {
            String episodes = timeline.episodes().stream()
                    .map(e -> e.label() + " (" + e.firstDay() + " to " + e.lastDay() + ")")
                    .collect(Collectors.joining(", "));
            return DayCaptionOverlay.NO_INCIDENTS + (timeline.contains(day.day()) ? ""
                    : "; the episodes are " + (episodes.isEmpty() ? "none (the incident file is empty)" : episodes));
        }
        return day.shown() + " incidents, " + day.onTheDay() + " of them that day";
    }

    /** The incidents of {@code file} (the bundled ones when null), or empty after saying on stderr why not. */
    static Optional<Timeline> readTimeline(Path file, PrintWriter err, String command) throws IOException {
        try {
            if (file == null) {
                return Optional.of(new Timeline(new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED).load()));
            }
            // Straight into the timeline's columns: an incident is read again only if a marker needs it.
            TimeIndex.Builder columns = new TimeIndex.Builder();
            FileIncidentSource source = new FileIncidentSource(file);
            long fileBytes = source.bytes();
            IntFunction<Incident> rows = source.streamRows((batch, bytesRead) -> {
                if (columns.size() == 0 && bytesRead > 0 && fileBytes > 0) {
                    // The file's count told from its first batch, a little over: the columns then grow once. Never more
                    // than the file could hold (a first batch of short features before long ones would overstate it).
                    double told = 1.05 * batch.size() * fileBytes / bytesRead;
                    columns.expect((int) Math.min(told, Math.min(Integer.MAX_VALUE - 8, fileBytes / SHORTEST_FEATURE_BYTES)));
                }
                columns.addAll(batch);
            });
            return Optional.of(columns.timeline(rows));
        } catch (IOException | IncidentFormatException e) {
            // A missing or broken incident file is the user's to fix: say which and why, no stack trace.
            err.println(command + ": cannot read the incidents: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }

    /** The day pictures of these incidents, over the bundled base map and names, as the app shows them. */
    static DayMap dayMap(Timeline timeline, MapTheme theme) throws IOException {
        return DayMap.bundled(labelPlaces(), new MarkerIndex(timeline, IncidentFilter.showAll()), theme);
    }

    /** As {@link #dayMap(Timeline, MapTheme)} over another base map (the drawn one with the user's over it). */
    static DayMap dayMap(Timeline timeline, MapTheme theme, MapOverlay basemap) throws IOException {
        return dayMap(timeline, theme, basemap, labelPlaces());
    }

    private static DayMap dayMap(Timeline timeline, MapTheme theme, MapOverlay basemap, List<Place> labelPlaces) throws IOException {
        return new DayMap(basemap, labelPlaces, new MarkerIndex(timeline, IncidentFilter.showAll()),
                IncidentMarkerOverlay.bundledIcons(), theme);
    }

    /**
     * {@code layer}, drawn for {@code view} on another thread into a picture of its own: painted into the
     * picture of that view, it is copied (a blit of opaque pixels of the same type, the very pixels it
     * would paint there); any other view, or a drawing that failed, is painted by {@code layer} itself.
     */
    private static MapOverlay drawnFor(Viewport view, CompletableFuture<BufferedImage> drawn, MapOverlay layer) {
        return (g, v) -> {
            // The same object first: a record's generated equals costs 5-15 ms when first called in a process.
            BufferedImage image = v == view || v.equals(view) ? drawn.exceptionally(failed -> null).join() : null;
            if (image == null) {
                layer.paint(g, v);
            } else {
                g.drawImage(image, 0, 0, null);
            }
        };
    }

    /** The bundled gazetteer's places a picture may name. */
    private static List<Place> labelPlaces() {
        return LabelPlacer.candidates(Gazetteer.bundledPlaces());
    }

    private static void startDaemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The value of a task run on another thread; what it threw is thrown here, as if it had run on this one. */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    record Size(int width, int height) {
        /** As typed: "1024x640" (not the record's generated text; see {@link MapViewOptions.LatLon#toString}). */
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    static final class SizeConverter implements ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (parts.length != 2 || w < 16 || h < 16 || w > 10_000 || h > 10_000) {
                    throw new NumberFormatException();
                }
                return new Size(w, h);
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.TypeConversionException("expected WxH between 16 and 10000 pixels, such as 1200x800, got '" + value + "'");
            }
        }
    }
}
