package org.incidentatlas.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's main method in a separate JVM, on the test class path, to kill it or limit it. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The command line: java, the test class path, then {@code mainClass} and its arguments. */
    public static List<String> command(Class<?> mainClass, String... args) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Surefire runs tests from a manifest-only jar; it names the real class path in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Dincidentatlas.log.dir=" + System.getProperty("incidentatlas.log.dir",
                        System.getProperty("java.io.tmpdir")), "-cp", classPath, mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The same command run by {@code sh} with the file-size limit {@code ulimit -f KB}: a write past it
     * fails as a full disk does (the JVM ignores SIGXFSZ, so the write returns "File too large").
     */
    public static List<String> withFileSizeLimit(int kilobytes, List<String> command) {
        StringBuilder line = new StringBuilder("ulimit -f " + kilobytes + " && exec");
        for (String word : command) {
            line.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        return List.of("sh", "-c", line.toString());
    }

    public static boolean shellAvailable() {
        try {
            return new ProcessBuilder("sh", "-c", "ulimit -f 64").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
