package org.incidentatlas.startup;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.incidentatlas.io.AtomicWriter;

/**
 * Measures start-up as a user sees it: from launching a program until its window is mapped on an X
 * server, and until the window shows a drawn picture (no one colour covers half of its middle
 * third, where the app draws the map and the bare window its stripes; see {@link #painted}). Runs under Xvfb (started on {@code --display} when no server
 * answers there), waits with {@code xdotool search --onlyvisible --name} and looks with
 * {@code xwd -id}; both are polled every few milliseconds rather than with {@code xdotool --sync},
 * which sleeps half a second between looks. Each program runs in turn, after one unmeasured run
 * that warms the file cache, with its own fresh {@code HOME} (so remembered window sizes or
 * workspaces never differ between them), and is ended once its picture is seen.
 *
 * <pre>
 * java -cp 'target/incident-atlas.jar:target/lib/*:target/test-classes' org.incidentatlas.startup.StartupTimes \
 *     [--runs 5] [--display :95] [--shots DIR] [--threads] bare jar target/dist/incident-atlas/bin/incident-atlas
 * </pre>
 * {@code bare} is {@link BareWindow} on this class path, {@code jar} is
 * {@code java -jar target/incident-atlas.jar}; anything else is a command (split on spaces) that opens
 * the app's window.
 */
public final class StartupTimes {

    private static final double DOMINANT_SHARE = 0.5;
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(300);
    private static final String APP_TITLE = "Incident Atlas";
    /** Whether each run also prints the CPU time of each of the program's threads when its picture was seen. */
    private static boolean threads;
    /**
     * Whether each measured run starts with an empty cache folder ({@code HOME/.cache}, where the app keeps the map tiles
     * it drew): a first start after installing. Otherwise the unmeasured first run, which is left running a few seconds
     * after its picture so that it saves its tiles as a user's run would, fills it for the measured ones.
     */
    private static boolean coldCache;
    private static final long WARM_UP_LINGER_MILLIS = 3000;

    private StartupTimes() {
    }

    /** One program to launch and the title of the window it opens. */
    private record Target(String name, List<String> command, String title) {
    }

    /**
     * One launch: milliseconds to the mapped window and to the painted window, and the CPU time the
     * program had used when its picture was seen (user + system, all its threads): on a machine
     * shared with other work the wall times follow the load, the CPU time much less.
     */
    private record Launch(double mappedMillis, double paintedMillis, double cpuMillis) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = 5;
        String display = ":95";
        Optional<Path> shots = Optional.empty();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--display" -> display = args[++i];
                case "--shots" -> shots = Optional.of(Path.of(args[++i]));
                case "--threads" -> threads = true;
                case "--cold-cache" -> coldCache = true;
                default -> targets.add(target(args[i]));
            }
        }
        if (targets.isEmpty()) {
            System.err.println("usage: StartupTimes [--runs N] [--display :N] [--shots DIR] [--threads] [--cold-cache] bare|jar|COMMAND...");
            System.exit(2);
        }
        if (shots.isPresent()) {
            Files.createDirectories(shots.get());
        }
        Process xvfb = startXvfbIfNeeded(display);
        Path home = Files.createTempDirectory("startup-home");
        try {
            Map<Target, List<Launch>> launches = new LinkedHashMap<>();
            for (Target target : targets) {
                launches.put(target, new ArrayList<>());
                launch(target, display, home.resolve(target.name().replaceAll("[^A-Za-z0-9]+", "_")), Optional.empty(), WARM_UP_LINGER_MILLIS);
            }
            // Interleaved, so that a burst of load elsewhere on the machine hits every program alike.
            for (int run = 1; run <= runs; run++) {
                for (Target target : targets) {
                    Optional<Path> shot = shots.map(dir -> dir.resolve(target.name().replaceAll("[^A-Za-z0-9]+", "_")));
                    Path programHome = home.resolve(target.name().replaceAll("[^A-Za-z0-9]+", "_"));
                    if (coldCache && Files.exists(programHome.resolve(".cache"))) {
                        deleteTree(programHome.resolve(".cache"));
                    }
                    Launch launch = launch(target, display, programHome, shot, 0);
                    launches.get(target).add(launch);
                    System.out.printf("%-50s run %d: window mapped %6.0f ms, painted %6.0f ms, CPU %6.0f ms%n",
                            target.name(), run, launch.mappedMillis(), launch.paintedMillis(), launch.cpuMillis());
                }
            }
            System.out.printf("%nmedians of %d runs (%s, %d processors, %s, load average now %s)%n", runs, System.getProperty("os.arch"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"), loadAverage());
            for (Map.Entry<Target, List<Launch>> entry : launches.entrySet()) {
                System.out.printf("%-50s window mapped %6.0f ms, painted %6.0f ms, CPU %6.0f ms%n", entry.getKey().name(),
                        median(entry.getValue().stream().mapToDouble(Launch::mappedMillis).toArray()),
                        median(entry.getValue().stream().mapToDouble(Launch::paintedMillis).toArray()),
                        median(entry.getValue().stream().mapToDouble(Launch::cpuMillis).toArray()));
            }
        } finally {
            deleteTree(home);
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private static Target target(String argument) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return switch (argument) {
            case "bare" -> new Target("bare JavaFX window", List.of(java, "-cp", System.getProperty("java.class.path"),
                    BareWindow.class.getName()), BareWindow.TITLE);
            case "jar" -> new Target("java -jar target/incident-atlas.jar",
                    List.of(java, "-jar", "target/incident-atlas.jar"), APP_TITLE);
            default -> new Target(argument, List.of(argument.split(" ")), APP_TITLE);
        };
    }

    /** @param lingerMillis how long the program is left running after its picture was seen */
    private static Launch launch(Target target, String display, Path home, Optional<Path> shot, long lingerMillis)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        ProcessBuilder builder = new ProcessBuilder(target.command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("output.log").toFile()));
        builder.environment().put("DISPLAY", display);
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        // Java takes user.home (where the preferences and the workspace live) from the password file, not from HOME.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home);
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            String window = null;
            long mapped = 0;
            while (System.nanoTime() - start < TIMEOUT_NANOS) {
                if (!process.isAlive()) {
                    throw new IOException(target.name() + " ended (exit " + process.exitValue() + ") before its window was drawn; see "
                            + home.resolve("output.log"));
                }
                if (window == null) {
                    List<String> ids = output(display, "xdotool", "search", "--onlyvisible", "--name", "^" + target.title() + "$").lines()
                            .filter(line -> !line.isBlank()).toList();
                    if (ids.isEmpty()) {
                        Thread.sleep(5);
                        continue;
                    }
                    mapped = System.nanoTime();
                    window = ids.get(0);
                }
                Optional<BufferedImage> picture = Xwd.read(capture(display, window));
                if (picture.isPresent() && painted(picture.get())) {
                    long painted = System.nanoTime();
                    double cpu = cpuMillis(process.pid());
                    if (threads) {
                        printThreads(process.pid());
                    }
                    if (shot.isPresent()) {
                        BufferedImage drawn = picture.get();
                        AtomicWriter.write(shot.get().resolveSibling(shot.get().getFileName() + "-" + start + ".png"),
                                out -> ImageIO.write(drawn, "png", out));
                    }
                    Thread.sleep(lingerMillis);
                    return new Launch((mapped - start) / 1e6, (painted - start) / 1e6, cpu);
                }
            }
            throw new IOException(target.name() + ": no drawn window within " + TimeUnit.NANOSECONDS.toSeconds(TIMEOUT_NANOS) + " s");
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Thread.sleep(500);
        }
    }

    /**
     * Whether the middle third of the window shows a drawn picture: no one colour covers half of it.
     * Before the first frame it is one fill; the app's map before its tiles arrive is the sea colour
     * with place names over it, which still counts as blank.
     */
    static boolean painted(BufferedImage picture) {
        Map<Integer, Integer> counts = new HashMap<>();
        int samples = 0;
        int w = picture.getWidth();
        int h = picture.getHeight();
        for (int y = h / 3; y < 2 * h / 3; y += 3) {
            for (int x = w / 3; x < 2 * w / 3; x += 3) {
                counts.merge(picture.getRGB(x, y) & 0xffffff, 1, Integer::sum);
                samples++;
            }
        }
        int commonest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return samples > 0 && commonest < samples * DOMINANT_SHARE;
    }

    /**
     * The CPU time a process has used so far, from {@code /proc/PID/stat} (user and system time, in
     * clock ticks of 10 ms, as Linux counts them for every distribution's kernel; NaN elsewhere).
     */
    private static double cpuMillis(long pid) {
        return cpuMillis(Path.of("/proc/" + pid + "/stat"));
    }

    private static double cpuMillis(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // The command name in brackets may hold spaces: the fields are counted after its ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The threads that used at least 50 ms of CPU so far, the busiest first (JIT compilers, the JavaFX thread, workers). */
    private static void printThreads(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            Map<String, Double> byName = new HashMap<>();
            for (Path task : tasks.toList()) {
                double cpu = cpuMillis(task.resolve("stat"));
                String name = Files.readString(task.resolve("comm")).strip();
                byName.merge(name, cpu, Double::sum);
            }
            byName.entrySet().stream().filter(e -> e.getValue() >= 50)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> System.out.printf("    %6.0f ms  %s%n", e.getValue(), e.getKey()));
        } catch (IOException | RuntimeException e) {
            System.out.println("    (threads not readable: " + e.getMessage() + ")");
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static byte[] capture(String display, String window) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("xwd", "-silent", "-id", window).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        byte[] bytes;
        try (InputStream in = process.getInputStream()) {
            bytes = in.readAllBytes();
        }
        process.waitFor();
        return bytes;
    }

    private static String output(String display, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        String text;
        try (InputStream in = process.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        process.waitFor();
        return text;
    }

    private static Process startXvfbIfNeeded(String display) throws IOException, InterruptedException {
        Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
        if (Files.exists(socket)) {
            return null;
        }
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        if (!Files.exists(socket)) {
            xvfb.destroy();
            throw new IOException("Xvfb did not start on " + display);
        }
        return xvfb;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Reads the window dumps {@code xwd} writes: a ZPixmap of 24 or 32 bits per pixel, as Xvfb's TrueColor screens give. */
    static final class Xwd {

        private Xwd() {
        }

        /** The picture, or empty when the dump is not one this reader knows (e.g. the window went away). */
        static Optional<BufferedImage> read(byte[] dump) throws IOException {
            if (dump.length < 100) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(dump));
            int[] header = new int[25];
            for (int i = 0; i < header.length; i++) {
                header[i] = in.readInt();
            }
            int headerSize = header[0];
            int format = header[2];
            int width = header[4];
            int height = header[5];
            int byteOrder = header[7];
            int bitsPerPixel = header[11];
            int bytesPerLine = header[12];
            int colours = header[19];
            int offset = headerSize + colours * 12;
            if (format != 2 || (bitsPerPixel != 32 && bitsPerPixel != 24) || width <= 0 || height <= 0
                    || dump.length < offset + (long) bytesPerLine * height) {
                return Optional.empty();
            }
            ByteBuffer pixels = ByteBuffer.wrap(dump, offset, dump.length - offset)
                    .order(byteOrder == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            int bytesPerPixel = bitsPerPixel / 8;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int at = offset + y * bytesPerLine + x * bytesPerPixel;
                    int rgb = bytesPerPixel == 4 ? pixels.getInt(at)
                            : byteOrder == 0 ? (dump[at] & 0xff) | (dump[at + 1] & 0xff) << 8 | (dump[at + 2] & 0xff) << 16
                            : (dump[at + 2] & 0xff) | (dump[at + 1] & 0xff) << 8 | (dump[at] & 0xff) << 16;
                    picture.setRGB(x, y, rgb & 0xffffff);
                }
            }
            return Optional.of(picture);
        }
    }
}
