package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The article files the commands read: the {@code .txt} files of folders (in name order) and the files named. */
final class ArticleFiles {

    /**
     * @param files   the files found
     * @param missing inputs that do not exist or cannot be listed (each reported on stderr)
     */
    record Listing(List<Path> files, int missing) {
    }

    private ArticleFiles() {
    }

    /** Lists the inputs; missing ones are reported on {@code err} as {@code command: input: reason}. */
    static Listing list(List<Path> inputs, String command, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        int missing = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(command + ": " + input + ": folder cannot be listed (" + e.getMessage() + ")");
                    missing++;
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                err.println(command + ": " + input + ": does not exist");
                missing++;
            }
        }
        return new Listing(files, missing);
    }
}
