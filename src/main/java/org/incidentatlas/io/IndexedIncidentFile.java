package org.incidentatlas.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.incidentatlas.model.Incident;

/**
 * An incident file read once, in batches, keeping where each feature starts rather than the
 * incident: a caller takes what it needs from each batch (the timeline's columns) and asks
 * {@link #get} for an incident when its excerpt or list is shown, which reads that one feature
 * again (the last few thousand are kept). A million incidents thus cost eight bytes each here.
 * A file that is not addressed by bytes (GeoJSON Lines, UTF-16 text) keeps its incidents instead.
 */
public final class IndexedIncidentFile {

    /** Incidents kept after being read again: a marker's list, hovered or opened, stays at hand. */
    private static final int KEPT = 4096;

    private final Path file;
    private final IncidentGeoJson geoJson = new IncidentGeoJson();
    private long[] starts = new long[1024];
    private int count;
    /** The incidents themselves, for a file read as text: its features have no byte offsets. */
    private final List<Incident> held = new ArrayList<>();
    private final Incident[] kept = new Incident[KEPT];
    private final int[] keptRow = new int[KEPT];
    private FileTime modified;
    private long size = -1;

    public IndexedIncidentFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        Arrays.fill(keptRow, -1);
    }

    /**
     * Reads the file (as {@link IncidentGeoJson#read(Path, int, IncidentGeoJson.Batches)}), handing each batch on;
     * rows handed on can be fetched with {@link #get} at once, even before the read ends.
     */
    public void read(int batchSize, IncidentGeoJson.Batches batches) throws IOException, GeoJsonFormatException {
        BasicFileAttributes attributes = InputFiles.check(file, InputFiles.Kind.INCIDENTS);
        synchronized (this) {
            modified = attributes.lastModifiedTime();
            size = attributes.size();
        }
        geoJson.read(file, batchSize, (batch, bytesRead) -> {
            synchronized (this) {
                if (count > 0 && starts[0] < 0) {
                    held.addAll(batch);
                }
            }
            batches.accept(batch, bytesRead);
        }, this::started);
    }

    private synchronized void started(long offset) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
        }
        starts[count++] = offset;
    }

    /** Rows read so far. */
    public synchronized int size() {
        return count;
    }

    /**
     * The incident of row {@code row} (the order of the file), read again from the file when it is
     * not kept.
     *
     * @throws UncheckedIOException when the file cannot be read again or has changed since it was read
     */
    public synchronized Incident get(int row) {
        Objects.checkIndex(row, count);
        if (starts[row] < 0) {
            return held.get(row);
        }
        int slot = row & (KEPT - 1);
        if (keptRow[slot] == row) {
            return kept[slot];
        }
        Incident incident;
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            if (now.size() != size || !now.lastModifiedTime().equals(modified)) {
                throw new FileProblemException(file, "has changed since it was opened; open it again to see its incidents");
            }
            incident = geoJson.readFeatureAt(file, starts[row]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeoJsonFormatException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        kept[slot] = incident;
        keptRow[slot] = row;
        return incident;
    }
}
