package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.Printable;
import org.incidentatlas.replay.Replay;
import org.incidentatlas.replay.ReplayFormat;
import org.incidentatlas.replay.ReplayProgress;
import org.incidentatlas.replay.ReplayWriter;
import org.incidentatlas.timeline.Timeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The replay as an animated GIF or an MP4: one frame per day from {@code --from} to {@code --to},
 * each exactly what {@code render --date} draws for that day.
 */
@Command(name = "animate", mixinStandardHelpOptions = true,
        description = "Writes the replay of a range of days as an animated GIF or an H.264 MP4 (no window, no network).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the animation was written", "2:bad input, or nothing could be written (see stderr)"})
public final class AnimateCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day shown.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day shown (included).")
    private LocalDate to;

    @Mixin
    private MapViewOptions viewOptions = new MapViewOptions();

    @Option(names = "--size", defaultValue = "800x600", paramLabel = "WxH", converter = RenderCommand.SizeConverter.class,
            description = "Frame size in pixels (default: ${DEFAULT-VALUE}; even numbers for MP4).")
    private RenderCommand.Size size;

    @Option(names = "--out", required = true, paramLabel = "FILE.gif|FILE.mp4",
            description = "File to write; its ending chooses the format.")
    private Path out;

    @Mixin
    private ReplayTimingOptions timing = new ReplayTimingOptions();

    @Option(names = "--incidents", paramLabel = "FILE",
            description = "Incidents to draw, in any format convert reads (default: the bundled data/events.geojson).")
    private Path incidents;

    @Mixin
    private BasemapOption basemap = new BasemapOption();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        viewOptions.check();
        ReplayFormat format = ReplayFormat.of(out).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--out must end in .gif or .mp4 (the ending chooses the format), not " + Printable.strip(out.toString())));
        Optional<String> sizeProblem = format.sizeProblem(size.width(), size.height());
        if (sizeProblem.isPresent()) {
            throw new ParameterException(spec.commandLine(), "--size: " + sizeProblem.get());
        }
        Viewport view = viewOptions.viewport(size.width(), size.height());
        Replay replay;
        try {
            replay = new Replay(view, from, to, timing.secondsPerDay(), timing.fade());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(out)) {
            err.println("animate: " + Printable.strip(out.toString()) + ": is a folder; name a .gif or .mp4 file to write");
            err.flush();
            return RenderCommand.FAILED;
        }
        Optional<Timeline> timeline = RenderCommand.readTimeline(incidents, err, "animate");
        if (timeline.isEmpty()) {
            return RenderCommand.FAILED;
        }
        ReplayProgress progress = (done, total, day) -> {
            err.println("animate: day " + done + " of " + total + " (" + day + ")");
            err.flush();
        };
        MapTheme theme = viewOptions.theme();
        Optional<BasemapOption.Opened> layer = basemap.open(theme, err, "animate");
        if (layer.isEmpty()) {
            return RenderCommand.FAILED;
        }
        try (BasemapOption.Opened opened = layer.get()) {
            new ReplayWriter(RenderCommand.dayMap(timeline.get(), theme, opened.layer())).write(replay, out, format, progress);
        } catch (FileProblemException e) {
            err.println("animate: " + e.getMessage());
            err.flush();
            return RenderCommand.FAILED;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote " + Printable.strip(out.toString()) + " (" + format.name() + ", " + size.width() + "x" + size.height()
                + ", " + replay.days() + " days, " + replay.frameCount() + " pictures, " + timing.secondsPerDay() + " s a day"
                + (timing.fade() ? ", faded" : "") + ")");
        stdout.flush();
        return RenderCommand.OK;
    }
}
