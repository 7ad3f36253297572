package org.incidentatlas.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.article.ClasspathArticleSource;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.io.IncidentFormats;
import org.incidentatlas.io.Workspace;
import org.incidentatlas.model.Incident;
import org.incidentatlas.testing.DaemonThreads;
import org.incidentatlas.ui.MainViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app opens its workspace after the first frame. A user who opens an incident file before that
 * keeps it: the workspace, once open, shows it beside what it holds, goes to its first day and
 * records it (before, opening the workspace replaced what was shown and the file was lost).
 */
class OpenedBeforeStartTest {

    private static final String ACLED = """
            event_id_cnty,event_date,event_type,sub_event_type,actor1,location,latitude,longitude,source,notes,fatalities
            KGZ200,21 June 2010,Riots,Mob violence,Rioters (Kyrgyzstan),Osh,40.5333,72.7833,AKIpress,Shops burned.,1
            KGZ201,22 June 2010,Riots,Mob violence,Rioters (Kyrgyzstan),Osh,40.5333,72.7833,Kabar,,0
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anIncidentFileOpenedBeforeTheWorkspaceStaysShownAndIsRecorded() throws Exception {
        Path file = Files.writeString(dir.resolve("acled.csv"), ACLED);
        List<Incident> opened = IncidentFormats.read(file);
        Executor background = DaemonThreads.named("test-background");
        MainViewModel model = new MainViewModel();
        WorkspaceLocation location = new WorkspaceLocation(dir.resolve("workspaces"));
        WorkspaceSession[] session = new WorkspaceSession[1];
        WaitForAsyncUtils.asyncFx(() -> {
            session[0] = new WorkspaceSession(model, new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED),
                    new ClasspathArticleSource(ClasspathArticleSource.BUNDLED, new ArticleReader()), location);
            model.load(new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED), background, Optional.empty());
        }).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.loadStateProperty().get() == MainViewModel.LoadState.READY);
        int bundled = WaitForAsyncUtils.asyncFx(() -> model.timeline().incidents().size()).get();

        // The file is opened first; the workspace starts after it, as when the user is quicker than the first frame.
        WaitForAsyncUtils.asyncFx(() -> {
            session[0].openedIncidentFile(file, opened);
            session[0].start(List.of());
        }).get();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                model.timeline() != null && model.timeline().incidents().size() == bundled + 2
                        && LocalDate.of(2010, 6, 21).equals(model.date())).get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try (Workspace workspace = Workspace.open(location.current())) {
                return workspace.sources().stream().anyMatch(s -> s.kind() == Workspace.Kind.INCIDENTS
                        && s.path().equals(file.toAbsolutePath().normalize()));
            }
        });
        assertEquals(LocalDate.of(2010, 6, 21), WaitForAsyncUtils.asyncFx(model::date).get());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> model.timeline().incidents().stream()
                .anyMatch(i -> i.id().equals("KGZ201"))).get());
        WaitForAsyncUtils.asyncFx(session[0]::close).get();
    }
}
