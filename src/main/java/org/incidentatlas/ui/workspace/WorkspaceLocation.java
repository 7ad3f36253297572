package org.incidentatlas.ui.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.incidentatlas.io.AtomicWriter;
import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.InputFiles;

/**
 * Where workspaces live: the user's app-data folder ({@code ~/.local/share/incident-atlas} on Linux,
 * {@code %APPDATA%\Incident Atlas} on Windows, {@code ~/Library/Application Support/Incident Atlas} on
 * macOS), or the folder the system property {@value #FOLDER_PROPERTY} names (tests). It keeps the
 * default workspace and the list of recent ones, the first being the one to open at start.
 */
public final class WorkspaceLocation {

    public static final String FOLDER_PROPERTY = "incidentatlas.workspace.dir";
    static final String DEFAULT_NAME = "default.workspace";
    static final String RECENT_NAME = "recent-workspaces.txt";
    static final int RECENT_KEPT = 8;

    private final Path folder;

    public WorkspaceLocation(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The folder the system property names, else the user's app-data folder. */
    public static WorkspaceLocation fromSystemProperty() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        return new WorkspaceLocation(configured != null && !configured.isBlank() ? Path.of(configured) : appData(System.getenv()));
    }

    static Path appData(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "Incident Atlas");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Incident Atlas");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("incident-atlas");
    }

    public Path folder() {
        return folder;
    }

    /** The workspace of a first start: the bundled corpus. */
    public Path defaultWorkspace() {
        return folder.resolve(DEFAULT_NAME);
    }

    /** The workspace to open at start: the last one used, else the default. May block (reads a file). */
    public Path current() {
        return recent().stream().findFirst().orElse(defaultWorkspace());
    }

    /** The workspaces used, most recent first; an unreadable list is an empty one (it is only a convenience). */
    public List<Path> recent() {
        Path list = folder.resolve(RECENT_NAME);
        if (!Files.exists(list)) {
            return List.of();
        }
        try {
            return InputFiles.readText(list, InputFiles.Kind.TEXT).lines().filter(l -> !l.isBlank()).map(Path::of).toList();
        } catch (FileProblemException e) {
            return List.of();
        }
    }

    /** Puts the workspace first in the recent list. May block (writes a file, atomically). */
    public void used(Path workspace) throws IOException {
        List<Path> recent = new ArrayList<>(recent());
        Path absolute = workspace.toAbsolutePath();
        recent.remove(absolute);
        recent.add(0, absolute);
        Files.createDirectories(folder);
        StringBuilder text = new StringBuilder();
        recent.stream().limit(RECENT_KEPT).forEach(p -> text.append(p).append('\n'));
        AtomicWriter.writeString(folder.resolve(RECENT_NAME), text.toString());
    }
}
