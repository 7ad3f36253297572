package org.incidentatlas.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;


import org.incidentatlas.rendering.MapPng;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.SideBySideMap;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Episode;
import org.incidentatlas.replay.Replay;
import org.incidentatlas.replay.ReplayFormat;
import org.incidentatlas.replay.ReplayWriter;
import org.incidentatlas.replay.SideBySideReplay;
import org.incidentatlas.timeline.EpisodeComparison;
import org.incidentatlas.timeline.Timeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Two episodes side by side, aligned by day since each one's start, as the app's View → Compare
 * episodes exports them: one day as a PNG, or every day as a GIF or MP4.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Draws two episodes side by side, day N of each (no window, no network).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the picture or animation was written", "2:bad input, or nothing could be written (see stderr)"})
public final class CompareCommand implements Callable<Integer> {

    @Option(names = "--episodes", paramLabel = "LEFT,RIGHT",
            description = "The two episodes, by label (\"March 2005,May 2010\") or number (1,2); default: the first two.")
    private String episodes;

    @Option(names = "--day", defaultValue = "1", paramLabel = "N",
            description = "With a .png: the day since the episodes' start to draw (default: ${DEFAULT-VALUE}).")
    private int day;

    @Mixin
    private MapViewOptions viewOptions = new MapViewOptions();

    @Option(names = "--size", defaultValue = "640x480", paramLabel = "WxH", converter = RenderCommand.SizeConverter.class,
            description = "Size of each map in pixels (default: ${DEFAULT-VALUE}); the picture is two maps wide plus the captions.")
    private RenderCommand.Size size;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.gif|FILE.mp4",
            description = "File to write; its ending chooses one day (.png) or every day (.gif, .mp4).")
    private Path out;

    @Mixin
    private ReplayTimingOptions timing = new ReplayTimingOptions();

    @Option(names = "--incidents", paramLabel = "FILE.geojson", description = "Incidents to draw (default: the bundled data/events.geojson).")
    private Path incidents;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        viewOptions.check();
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        Optional<ReplayFormat> animation = ReplayFormat.of(out);
        if (animation.isEmpty() && !name.endsWith(".png")) {
            throw new ParameterException(spec.commandLine(), "--out must end in .png, .gif or .mp4, not " + Printable.strip(out.toString()));
        }
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(out)) {
            err.println("compare: " + Printable.strip(out.toString()) + ": is a folder; name a file to write");
            err.flush();
            return RenderCommand.FAILED;
        }
        Optional<Timeline> timeline = RenderCommand.readTimeline(incidents, err, "compare");
        if (timeline.isEmpty()) {
            return RenderCommand.FAILED;
        }
        EpisodeComparison pair = pair(timeline.get().episodes());
        MapTheme theme = viewOptions.theme();
        SideBySideMap map = new SideBySideMap(RenderCommand.dayMap(timeline.get(), theme), pair, theme);
        Viewport panel = viewOptions.viewport(size.width(), size.height());
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (animation.isPresent()) {
                Replay replay;
                try {
                    replay = SideBySideReplay.of(map, panel, timing.secondsPerDay(), timing.fade());
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                Optional<String> sizeProblem = animation.get().sizeProblem(size.width(), size.height());
                if (sizeProblem.isPresent()) {
                    throw new ParameterException(spec.commandLine(), "--size: " + sizeProblem.get());
                }
                new ReplayWriter(SideBySideReplay.pictures(map)).write(replay, out, animation.get(), (done, total, d) -> {
                    err.println("compare: day " + done + " of " + total);
                    err.flush();
                });
                stdout.println("Wrote " + Printable.strip(out.toString()) + " (" + animation.get().name() + ", "
                        + SideBySideMap.width(panel) + "x" + SideBySideMap.height(panel) + ", " + pair.left().label() + " and "
                        + pair.right().label() + ", " + pair.days() + " days)");
            } else {
                if (day < 1 || day > pair.days()) {
                    throw new ParameterException(spec.commandLine(), "--day must be from 1 to " + pair.days() + " ("
                            + pair.left().label() + " and " + pair.right().label() + "), not " + day);
                }
                BufferedImage image = map.draw(panel, day);
                AtomicWriter.write(out, stream -> MapPng.write(image, stream));
                stdout.println("Wrote " + Printable.strip(out.toString()) + " (" + image.getWidth() + "x" + image.getHeight()
                        + "; day " + day + ": " + pair.leftDay(day) + " and " + pair.rightDay(day) + ")");
            }
        } catch (FileProblemException e) {
            err.println("compare: " + e.getMessage());
            err.flush();
            return RenderCommand.FAILED;
        }
        stdout.flush();
        return RenderCommand.OK;
    }

    /** The two episodes named by --episodes (labels or 1-based numbers), or the first two. */
    private EpisodeComparison pair(List<Episode> all) {
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the incidents have no episode to compare");
        }
        if (episodes == null) {
            return EpisodeComparison.firstTwo(all);
        }
        String[] parts = episodes.split(",");
        if (parts.length != 2) {
            throw new ParameterException(spec.commandLine(), "--episodes takes two episodes separated by a comma, not '" + episodes + "'");
        }
        return new EpisodeComparison(episode(all, parts[0].trim()), episode(all, parts[1].trim()));
    }

    private Episode episode(List<Episode> all, String wanted) {
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).label().equalsIgnoreCase(wanted) || wanted.equals(Integer.toString(k + 1))) {
                return all.get(k);
            }
        }
        throw new ParameterException(spec.commandLine(), "no episode '" + wanted + "'; the episodes are "
                + all.stream().map(Episode::label).collect(Collectors.joining(", ")) + " (or 1 to " + all.size() + ")");
    }
}
