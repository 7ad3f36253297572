package org.incidentatlas.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * What a user has open, kept across restarts in one SQLite file: each source opened (reports or an
 * incident file, its path and format), the publication dates the user confirmed for reports without
 * one, the places added to the gazetteer, and whether the bundled corpus is shown. Every change is
 * one transaction, so a kill or a full disk leaves the file as it was before the change. Not
 * thread-safe: the app calls it from one background thread at a time.
 */
public final class Workspace implements AutoCloseable {

    /** The file's schema; a file of a later version is refused rather than misread. */
    static final int VERSION = 1;

    /** What a source holds. */
    public enum Kind { REPORTS, INCIDENTS }

    /**
     * One source the user opened.
     *
     * @param format {@code text}, {@code html}, {@code markdown} or {@code folder} for reports; the incident
     *               file's format ({@code geojson}, {@code csv}, {@code kml}...) for incidents
     */
    public record Source(long id, Kind kind, Path path, String format, Instant opened) {
    }

    private final Path file;
    private final Connection db;

    private Workspace(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /**
     * Opens the workspace file, creating it (and its folder) when it does not exist.
     *
     * @throws FileProblemException naming the file: not a workspace, of a later version, unreadable
     */
    public static Workspace open(Path file) throws FileProblemException {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (java.io.IOException e) {
            throw new FileProblemException(absolute, "its folder cannot be created (" + InputFiles.reason(e) + ")");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileProblemException(absolute, "is a folder, not a workspace file");
        }
        Connection db = null;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            db.setAutoCommit(false);
            Workspace workspace = new Workspace(absolute, db);
            workspace.migrate();
            return workspace;
        } catch (SQLException e) {
            closeQuietly(db);
            throw new FileProblemException(absolute, e.getMessage() != null && e.getMessage().contains("not a database")
                    ? "is not a workspace (not an SQLite database)" : "cannot be opened (" + message(e) + ")");
        } catch (FileProblemException e) {
            closeQuietly(db);
            throw e;
        }
    }

    private void migrate() throws SQLException, FileProblemException {
        int version;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.next() ? r.getInt(1) : 0;
        }
        if (version > VERSION) {
            throw new FileProblemException(file, "was written by a later version of Incident Atlas (workspace version "
                    + version + "); this one reads version " + VERSION);
        }
        if (version == VERSION) {
            return;
        }
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, path TEXT NOT NULL,"
                    + " format TEXT NOT NULL, opened TEXT NOT NULL, UNIQUE (kind, path))");
            s.execute("CREATE TABLE confirmed_dates (report TEXT PRIMARY KEY, published TEXT NOT NULL)");
            s.execute("CREATE TABLE places (id TEXT PRIMARY KEY, name TEXT NOT NULL, alternate_names TEXT NOT NULL,"
                    + " kind TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, country TEXT NOT NULL,"
                    + " population INTEGER NOT NULL, added_from TEXT NOT NULL)");
            s.execute("INSERT INTO settings VALUES ('bundled', 'true')");
            s.execute("PRAGMA user_version = " + VERSION);
        }
        db.commit();
    }

    public Path file() {
        return file;
    }

    // ---- the bundled corpus

    /** True when the bundled reports' incidents are shown: a new workspace's default is set by its creator. */
    public boolean showsBundled() throws FileProblemException {
        return query("SELECT value FROM settings WHERE key = 'bundled'", r -> r.next() && r.getString(1).equals("true"));
    }

    public void setShowsBundled(boolean shown) throws FileProblemException {
        update(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO settings VALUES ('bundled', ?)")) {
                s.setString(1, String.valueOf(shown));
                s.executeUpdate();
            }
        });
    }

    // ---- sources

    /** Records reports opened (a file or a folder); opening the same path again keeps one record. */
    public Source addReports(Path fileOrFolder, String format) throws FileProblemException {
        return addSource(Kind.REPORTS, fileOrFolder, format);
    }

    /** Records an incident file opened, its format named by its extension ({@code geojson}, {@code csv}, {@code kml}...). */
    public Source addIncidentFile(Path file) throws FileProblemException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return addIncidentFile(file, dot < 0 ? "" : name.substring(dot + 1));
    }

    public Source addIncidentFile(Path file, String format) throws FileProblemException {
        return addSource(Kind.INCIDENTS, file, format);
    }

    private Source addSource(Kind kind, Path path, String format) throws FileProblemException {
        String key = path.toAbsolutePath().normalize().toString();
        String opened = Instant.now().toString();
        update(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO sources (kind, path, format, opened) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (kind, path) DO UPDATE SET format = excluded.format, opened = excluded.opened")) {
                s.setString(1, kind.name());
                s.setString(2, key);
                s.setString(3, format);
                s.setString(4, opened);
                s.executeUpdate();
            }
        });
        return sources().stream().filter(s -> s.kind() == kind && s.path().toString().equals(key)).findFirst().orElseThrow();
    }

    /** Every source, in the order first opened. */
    public List<Source> sources() throws FileProblemException {
        return query("SELECT id, kind, path, format, opened FROM sources ORDER BY id", r -> {
            List<Source> sources = new ArrayList<>();
            while (r.next()) {
                sources.add(new Source(r.getLong(1), Kind.valueOf(r.getString(2)), Path.of(r.getString(3)), r.getString(4),
                        Instant.parse(r.getString(5))));
            }
            return List.copyOf(sources);
        });
    }

    public void removeSource(long id) throws FileProblemException {
        update(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sources WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        });
    }

    // ---- dates the user confirmed

    /** The publication date the user confirmed for a report that has none, used at every later extraction. */
    public void confirmDate(Path report, LocalDate published) throws FileProblemException {
        update(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO confirmed_dates VALUES (?, ?)")) {
                s.setString(1, report.toAbsolutePath().normalize().toString());
                s.setString(2, published.toString());
                s.executeUpdate();
            }
        });
    }

    public Map<Path, LocalDate> confirmedDates() throws FileProblemException {
        return query("SELECT report, published FROM confirmed_dates ORDER BY report", r -> {
            Map<Path, LocalDate> dates = new LinkedHashMap<>();
            while (r.next()) {
                dates.put(Path.of(r.getString(1)), LocalDate.parse(r.getString(2)));
            }
            return dates;
        });
    }

    public Optional<LocalDate> confirmedDate(Path report) throws FileProblemException {
        return Optional.ofNullable(confirmedDates().get(report.toAbsolutePath().normalize()));
    }

    // ---- added places

    /**
     * Adds places read from a file, all or none: a place of the same id replaces the one added before.
     *
     * @return how many places the workspace now adds to the gazetteer
     */
    public int addPlaces(Path from, List<Place> places) throws FileProblemException {
        String source = from.toAbsolutePath().normalize().toString();
        update(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Place p : places) {
                    s.setString(1, p.id());
                    s.setString(2, p.name());
                    s.setString(3, String.join("|", p.alternateNames()));
                    s.setString(4, p.kind().code());
                    s.setDouble(5, p.lat());
                    s.setDouble(6, p.lon());
                    s.setString(7, p.countryCode());
                    s.setLong(8, p.population());
                    s.setString(9, source);
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
        return query("SELECT count(*) FROM places", r -> r.next() ? r.getInt(1) : 0);
    }

    /** The places added, in id order. */
    public List<Place> places() throws FileProblemException {
        return query("SELECT id, name, alternate_names, kind, lat, lon, country, population FROM places ORDER BY id", r -> {
            List<Place> places = new ArrayList<>();
            while (r.next()) {
                String alternates = r.getString(3);
                places.add(new Place(r.getString(1), r.getString(2), alternates.isEmpty() ? List.of() : List.of(alternates.split("\\|")),
                        PlaceKind.fromCode(r.getString(4)), r.getDouble(5), r.getDouble(6), "", r.getString(7), r.getLong(8)));
            }
            return List.copyOf(places);
        });
    }

    @Override
    public void close() {
        closeQuietly(db);
    }

    // ---- plumbing

    @FunctionalInterface
    private interface Change {
        void apply(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** One transaction: the change is in the file whole, or not at all. */
    private void update(Change change) throws FileProblemException {
        try {
            change.apply(db);
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // The connection is gone; SQLite's journal undoes the change when the file is next opened.
            }
            throw new FileProblemException(file, "cannot be written (" + message(e) + "); it keeps what it held before");
        }
    }

    private <T> T query(String sql, Reading<T> reading) throws FileProblemException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            T value = reading.read(r);
            db.commit();
            return value;
        } catch (SQLException | RuntimeException e) {
            throw new FileProblemException(file, "cannot be read (" + (e instanceof SQLException failure ? message(failure) : e.toString()) + ")");
        }
    }

    private static String message(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // sqlite-jdbc prefixes "[SQLITE_FULL] ..." codes; the words after them are the reason.
        return Printable.strip(m.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", ""));
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // Nothing was pending: every change was committed or rolled back.
            }
        }
    }
}
