package org.incidentatlas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.model.Incident;

/**
 * One file format of incidents: how it is read (a batch at a time, with progress), written, named
 * and recognised. {@link IncidentFormats} holds one of each and chooses by file name or content;
 * every file is written through {@link AtomicWriter} here, so no format can leave half a file.
 */
public interface IncidentFormat {

    /** The format's name in messages and menus, e.g. "KML". */
    String name();

    /** File name endings, lower case without the dot; the first is the one an export proposes. */
    List<String> extensions();

    /** Whether the start of a file (decoded text, at most a few kilobytes) is in this format. */
    boolean recognises(String head);

    /**
     * Reads {@code file} (checked first by {@link InputFiles}) and hands its incidents to {@code batches};
     * the last batch comes only once the whole file is known good. Every error names the file and where.
     */
    void read(Path file, IncidentGeoJson.Batches batches) throws IOException, IncidentFormatException;

    /** Whether this format can be written; one read only (any GeoJSON of points) is written as ours. */
    default boolean writes() {
        return true;
    }

    /** Writes the incidents to a stream; {@link #write(List, Path)} is the way to a file. */
    void write(List<Incident> incidents, OutputStream out) throws IOException;

    default List<Incident> read(Path file) throws IOException, IncidentFormatException {
        List<Incident> incidents = new ArrayList<>();
        read(file, (batch, bytesRead) -> incidents.addAll(batch));
        return incidents;
    }

    /** Writes through {@link AtomicWriter}: a failed or interrupted export leaves the old file whole. */
    default void write(List<Incident> incidents, Path file) throws FileProblemException {
        if (!writes()) {
            throw new UnsupportedOperationException(name() + " is read only");
        }
        AtomicWriter.write(file, out -> write(incidents, out));
    }

    /** Whether a file name ends in one of {@link #extensions()}. */
    default boolean named(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return extensions().stream().anyMatch(ext -> name.endsWith("." + ext));
    }
}
