package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.article.ClasspathArticleSource;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.testing.DaemonThreads;
import org.incidentatlas.timeline.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Flows of a user through the viewer on the fixture incidents and the bundled reports. One app
 * start serves every flow of a class (starting it is most of a flow's cost); no flow may raise an
 * exception on any thread; the class leaves the test preference node empty and no window open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureAppFlow extends FxRobot {

    protected static final ClasspathArticleSource ARTICLES =
            new ClasspathArticleSource(ClasspathArticleSource.BUNDLED, new ArticleReader());

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    protected IncidentAtlasApp app;
    protected ViewerPreferences prefs;
    protected Stage stage;

    @BeforeAll
    void startTheAppOnce() throws TimeoutException {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        prefs = ViewerPreferences.fromSystemProperty();
        prefs.clear();
        stage = FxToolkit.registerPrimaryStage();
        ViewerServices services = new ViewerServices(new ClasspathIncidentSource(Fixture.RESOURCE), ARTICLES, prefs,
                DaemonThreads.named("test-loader"), Map.of());
        app = new IncidentAtlasApp(services);
        FxToolkit.setupStage(app::start);
    }

    @AfterEach
    void noExceptionsDuringTheFlow() {
        WaitForAsyncUtils.waitForFxEvents();
        List<Throwable> seen = List.copyOf(uncaught);
        uncaught.clear();
        assertEquals(List.of(), seen, "exceptions during the flow");
    }

    @AfterAll
    void closeTheApp() throws TimeoutException {
        FxToolkit.hideStage();
        interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        // Hiding the window saved its state: leave the test node empty for the next test class.
        prefs.clear();
    }
}
