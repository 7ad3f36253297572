package org.incidentatlas;

import org.incidentatlas.cli.IncidentAtlasCommand;
import org.incidentatlas.cli.UnexpectedErrorHandler;
import org.incidentatlas.ui.IncidentAtlasApp;

/**
 * Entry point of the jar and of {@code mvn javafx:run}. With no command it opens the window;
 * with a command it runs that tool without starting JavaFX. It does not extend
 * {@code Application}: a main class that did would need JavaFX on the module path to start.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(args.length == 0 ? IncidentAtlasCommand.openWithoutArguments(IncidentAtlasApp::launchApp)
                : UnexpectedErrorHandler.execute(IncidentAtlasCommand.commandLine(IncidentAtlasApp::launchApp, args), args));
    }
}
