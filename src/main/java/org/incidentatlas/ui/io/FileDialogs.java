package org.incidentatlas.ui.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the user names a file: the desktop's file chooser, or in tests a fixed answer. */
public interface FileDialogs {

    /** A file to open; empty when the user cancels. */
    Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters);

    /** A file to write, proposing {@code suggestedName}; empty when the user cancels. */
    Optional<Path> save(Window owner, String title, String suggestedName, FileChooser.ExtensionFilter filter);

    /** The desktop's own file chooser. */
    static FileDialogs chooser() {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().setAll(filters);
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, FileChooser.ExtensionFilter filter) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().setAll(filter);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
            }
        };
    }
}
