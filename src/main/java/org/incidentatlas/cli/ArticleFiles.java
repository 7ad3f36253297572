package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.incidentatlas.io.InputFiles;
import org.incidentatlas.io.Printable;

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
                    // Not only regular files: a FIFO or device named .txt is listed so that the reader names it.
                    list.filter(f -> f.getFileName().toString().endsWith(".txt") && !Files.isDirectory(f))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(command + ": " + Printable.strip(input.toString()) + ": folder cannot be listed ("
                            + InputFiles.reason(e) + ")");
                    missing++;
                }
            } else {
                // The reader checks it (missing, link loop, FIFO, device, size) and says why it is skipped.
                files.add(input);
            }
        }
        return new Listing(files, missing);
    }
}
