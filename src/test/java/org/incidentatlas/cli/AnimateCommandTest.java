package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.testing.ExternalTool;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code animate} writes one frame per day, each the day's map; checked by decoding what it wrote
 * with decoders other than the encoders: ImageIO's GIF reader, JCodec's H.264 decoder, and ffprobe
 * when it is installed.
 */
class AnimateCommandTest {

    private static final String FIXTURE = "src/test/resources/fixtures/incidents.geojson";
    private static final double LAT = 40.75, LON = 72.9, ZOOM = 8;
    private static final int W = 320, H = 240;
    private static final double OSH_LAT = 40.52828, OSH_LON = 72.7985;
    /** The days drawn: two before the March 2005 episode, its four days (18 to 21), one after. */
    private static final String FROM = "2005-03-16", TO = "2005-03-22";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int animate(String... args) {
        CommandLine cli = IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("animate must not open the window");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("animate"));
        all.addAll(List.of(args));
        return cli.execute(all.toArray(String[]::new));
    }

    private int animateTo(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("--from", FROM, "--to", TO, "--center", LAT + "," + LON,
                "--zoom", String.valueOf(ZOOM), "--size", W + "x" + H, "--incidents", FIXTURE, "--out", file.toString()));
        args.addAll(List.of(more));
        return animate(args.toArray(String[]::new));
    }

    /** Pixels near Osh (where the renderer's projection puts it) that differ from the same pixels of {@code quiet}. */
    private static int changedNearOsh(BufferedImage frame, BufferedImage quiet) {
        Viewport v = Viewport.centredOn(LAT, LON, ZOOM, W, H);
        int cx = (int) Math.round(v.screenX(OSH_LON)), cy = (int) Math.round(v.screenY(OSH_LAT));
        int changed = 0;
        for (int y = cy - 9; y <= cy + 9; y++) {
            for (int x = cx - 9; x <= cx + 9; x++) {
                if (distance(frame.getRGB(x, y), new Color(quiet.getRGB(x, y))) > 90) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /** Pixels near Osh within {@code tolerance} of a colour. */
    private static int nearOsh(BufferedImage frame, Color colour, int tolerance) {
        Viewport v = Viewport.centredOn(LAT, LON, ZOOM, W, H);
        int cx = (int) Math.round(v.screenX(OSH_LON)), cy = (int) Math.round(v.screenY(OSH_LAT));
        int near = 0;
        for (int y = cy - 9; y <= cy + 9; y++) {
            for (int x = cx - 9; x <= cx + 9; x++) {
                if (distance(frame.getRGB(x, y), colour) < tolerance) {
                    near++;
                }
            }
        }
        return near;
    }

    private static int distance(int rgb, Color c) {
        Color p = new Color(rgb);
        return Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen()) + Math.abs(p.getBlue() - c.getBlue());
    }

    /** The seized-building marker at Osh on its first day: drawn at full strength. */
    private static final Color SEIZURE = Color.decode("#d9480f");

    /** Days 16 to 22: no marker at Osh before the 18th; from then on one marker (faded on later days); after the episode none. */
    private static void assertOshMarkedFromThe18th(List<BufferedImage> days) {
        BufferedImage quiet = days.get(0);
        assertTrue(changedNearOsh(days.get(1), quiet) < 15, "the 17th looks like the 16th at Osh");
        for (int k = 2; k <= 5; k++) {
            assertTrue(changedNearOsh(days.get(k), quiet) > 60,
                    "a marker at Osh on 2005-03-" + (16 + k) + ": " + changedNearOsh(days.get(k), quiet) + " pixels changed");
        }
        assertTrue(nearOsh(days.get(2), SEIZURE, 80) > 40, "the seizure's orange at Osh on the 18th");
        assertTrue(nearOsh(days.get(0), SEIZURE, 80) == 0, "no orange at Osh on the 16th");
        assertTrue(changedNearOsh(days.get(6), quiet) < 15, "after the episode, no marker");
    }

    @Test
    void aGifHasOneFramePerDayTheDaysMapAndLoops() throws Exception {
        Path gif = dir.resolve("march-2005.gif");
        assertEquals(0, animateTo(gif, "--seconds-per-day", "0.5"), err.toString());
        List<BufferedImage> frames = new ArrayList<>();
        List<Integer> delays = new ArrayList<>();
        boolean loops = false;
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int count = reader.getNumImages(true);
            for (int k = 0; k < count; k++) {
                frames.add(reader.read(k));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(k).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(control.getAttribute("delayTime")));
                loops |= root.getElementsByTagName("ApplicationExtension").getLength() > 0
                        && "NETSCAPE".equals(((IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0)).getAttribute("applicationID"));
            }
        }
        assertEquals(7, frames.size(), "one frame per day, 16 to 22 March");
        for (BufferedImage frame : frames) {
            assertEquals(W, frame.getWidth());
            assertEquals(H, frame.getHeight());
        }
        assertEquals(List.of(50, 50, 50, 50, 50, 50, 50), delays, "half a second a day, in hundredths");
        assertTrue(loops, "the animation loops");
        assertOshMarkedFromThe18th(frames);
        assertTrue(err.toString().contains("animate: day 7 of 7 (2005-03-22)"), "progress on stderr: " + err);
        assertTrue(out.toString().contains("7 days"), out.toString());

        Optional<Path> ffprobe = ExternalTool.find("ffprobe");
        if (ffprobe.isPresent()) {
            String probe = ExternalTool.run(ffprobe.get(), "-v", "error", "-count_frames", "-show_entries",
                    "stream=codec_name,width,height,nb_read_frames", "-of", "default=noprint_wrappers=1", gif.toString());
            assertTrue(probe.contains("codec_name=gif") && probe.contains("width=" + W) && probe.contains("nb_read_frames=7"), probe);
        }
    }

    @Test
    void anMp4IsH264WithOneFramePerDayTheDaysMap() throws Exception {
        Path mp4 = dir.resolve("march-2005.mp4");
        assertEquals(0, animateTo(mp4), err.toString());
        List<BufferedImage> frames = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(mp4, StandardOpenOption.READ)) {
            FrameGrab grab = FrameGrab.createFrameGrab(new FileChannelWrapper(channel));
            for (var picture = grab.getNativeFrame(); picture != null; picture = grab.getNativeFrame()) {
                frames.add(AWTUtil.toBufferedImage(picture));
            }
        }
        assertEquals(7, frames.size(), "one frame per day at one second a day");
        assertEquals(W, frames.get(0).getWidth());
        assertEquals(H, frames.get(0).getHeight());
        assertOshMarkedFromThe18th(frames);

        Optional<Path> ffprobe = ExternalTool.find("ffprobe");
        if (ffprobe.isPresent()) {
            String probe = ExternalTool.run(ffprobe.get(), "-v", "error", "-count_frames", "-show_entries",
                    "stream=codec_name,width,height,nb_read_frames,duration", "-of", "default=noprint_wrappers=1", mp4.toString());
            assertTrue(probe.contains("codec_name=h264"), probe);
            assertTrue(probe.contains("width=" + W) && probe.contains("height=" + H), probe);
            assertTrue(probe.contains("nb_read_frames=7"), probe);
            assertTrue(probe.contains("duration=7.0"), "seven days at a second each: " + probe);
        }
    }

    @Test
    void aFadeAddsStepsBetweenDaysAndKeepsTheLength() throws Exception {
        Path gif = dir.resolve("faded.gif");
        assertEquals(0, animate("--from", "2005-03-17", "--to", "2005-03-18", "--center", LAT + "," + LON, "--zoom", "8",
                "--size", "64x48", "--incidents", FIXTURE, "--fade", "--out", gif.toString()), err.toString());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int total = 0;
            int count = reader.getNumImages(true);
            for (int k = 0; k < count; k++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(k).getAsTree("javax_imageio_gif_image_1.0");
                total += Integer.parseInt(((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0)).getAttribute("delayTime"));
            }
            assertEquals(2 + 4, count, "two days and four fade steps");
            assertEquals(200, total, "still one second a day");
        }
    }

    @Test
    void badRequestsAreOneLineAndWriteNothing() {
        Path mp4 = dir.resolve("x.mp4");
        assertEquals(2, animateTo(dir.resolve("x.avi")));
        assertTrue(err.toString().contains("--out must end in .gif or .mp4"), err.toString());
        assertEquals(2, animate("--from", TO, "--to", FROM, "--center", "40.5,72.8", "--zoom", "8", "--out", mp4.toString()));
        assertTrue(err.toString().contains("the last day 2005-03-16 comes before the first 2005-03-22"), err.toString());
        assertEquals(2, animate("--from", FROM, "--to", TO, "--center", "40.5,72.8", "--zoom", "8", "--size", "321x240",
                "--out", mp4.toString()));
        assertTrue(err.toString().contains("an MP4 needs an even width and height, not 321x240"), err.toString());
        assertEquals(2, animate("--from", "2005-01-01", "--to", "2007-01-01", "--center", "40.5,72.8", "--zoom", "8",
                "--out", mp4.toString()));
        assertTrue(err.toString().contains("a replay may have at most 400"), err.toString());
        assertEquals(2, animateTo(dir.resolve("y.gif"), "--seconds-per-day", "0"));
        assertTrue(err.toString().contains("seconds per day must be from 0.1 to 60, not 0.0"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(mp4));
    }
}
