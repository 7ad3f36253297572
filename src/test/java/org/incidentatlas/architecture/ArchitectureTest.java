package org.incidentatlas.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The architecture, as rules that fail the build: a core that knows nothing of JavaFX, the UI or
 * the command line, layered inside so that data flows one way (model, then articles and the
 * gazetteer, extraction, markers and the timeline, map pictures, and the app and commands on top), with no
 * cycle between packages and no printing in the core. Each rule says why it holds.
 */
@AnalyzeClasses(packages = "org.incidentatlas",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    /** Everything but the UI and the entry points: the code that must run without a display. */
    private static final String[] CORE = {
        "org.incidentatlas.model..", "org.incidentatlas.article..", "org.incidentatlas.gazetteer..",
        "org.incidentatlas.extract..", "org.incidentatlas.markers..", "org.incidentatlas.timeline..", "org.incidentatlas.geo..",
        "org.incidentatlas.rendering..", "org.incidentatlas.io..", "org.incidentatlas.evaluate..", "org.incidentatlas.search..",
        "org.incidentatlas.replay..",
    };

    private static final String MODEL = "Model";
    private static final String GEO = "Geo";
    private static final String IO = "Io";
    private static final String ARTICLE = "Article";
    private static final String GAZETTEER = "Gazetteer";
    private static final String EXTRACT = "Extract";
    private static final String EVALUATE = "Evaluate";
    private static final String MARKERS = "Markers";
    private static final String TIMELINE = "Timeline";
    private static final String SEARCH = "Search";
    private static final String RENDERING = "Rendering";
    private static final String REPLAY = "Replay";
    private static final String CLI = "Cli";
    private static final String UI = "Ui";
    private static final String ENTRY = "Entry";

    /** The layers, bottom up; each rule below constrains one of them, with its own reason. */
    private static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer(MODEL).definedBy("org.incidentatlas.model..")
                .layer(GEO).definedBy("org.incidentatlas.geo..")
                .layer(IO).definedBy("org.incidentatlas.io..")
                .layer(ARTICLE).definedBy("org.incidentatlas.article..")
                .layer(GAZETTEER).definedBy("org.incidentatlas.gazetteer..")
                .layer(EXTRACT).definedBy("org.incidentatlas.extract..")
                .layer(EVALUATE).definedBy("org.incidentatlas.evaluate..")
                .layer(MARKERS).definedBy("org.incidentatlas.markers..")
                .layer(TIMELINE).definedBy("org.incidentatlas.timeline..")
                .layer(SEARCH).definedBy("org.incidentatlas.search..")
                .layer(RENDERING).definedBy("org.incidentatlas.rendering..")
                .layer(CLI).definedBy("org.incidentatlas.cli..")
                .layer(REPLAY).definedBy("org.incidentatlas.replay..")
                .layer(UI).definedBy("org.incidentatlas.ui..")
                .layer(ENTRY).definedBy("org.incidentatlas");
    }

    // ---- layers inside the core

    @ArchTest
    static final ArchRule modelUsesNothingOfOurs = layers().whereLayer(MODEL).mayNotAccessAnyLayer()
            .because("the records every package shares must not drag any pipeline stage along");

    @ArchTest
    static final ArchRule geoIsPureMaths = layers().whereLayer(GEO).mayNotAccessAnyLayer()
            .because("the one projection serves the renderer, the app's layers and render alike, and knows no data");

    @ArchTest
    static final ArchRule ioUsesOnlyTheModel = layers().whereLayer(IO).mayOnlyAccessLayers(MODEL)
            .because("file checks, atomic writes and GeoJSON sit under every reader and writer, so they may know only the records");

    @ArchTest
    static final ArchRule articlesAreReadWithoutThePipeline = layers().whereLayer(ARTICLE).mayOnlyAccessLayers(MODEL, IO)
            .because("reading a report must not depend on what is later extracted from it");

    @ArchTest
    static final ArchRule gazetteerUsesOnlyTheModel = layers().whereLayer(GAZETTEER).mayOnlyAccessLayers(MODEL)
            .because("places are found the same way for extraction, geocode and the map's labels, whoever asks");

    @ArchTest
    static final ArchRule extractionSitsOnArticlesAndTheGazetteer = layers().whereLayer(EXTRACT)
            .mayOnlyAccessLayers(MODEL, ARTICLE, GAZETTEER)
            .because("extraction turns articles into incidents with the gazetteer; it must not know how they are scored, shown or saved");

    @ArchTest
    static final ArchRule evaluationSitsOnExtraction = layers().whereLayer(EVALUATE)
            .mayOnlyAccessLayers(MODEL, IO, GAZETTEER, EXTRACT)
            .because("scoring judges extraction from outside and must never feed back into it");

    @ArchTest
    static final ArchRule markersKnowOnlyIncidents = layers().whereLayer(MARKERS).mayOnlyAccessLayers(MODEL)
            .because("a marker, its kinds and its drawing follow from incidents and the type catalogue alone, so the app and render draw the same");

    @ArchTest
    static final ArchRule searchReadsPlacesAndTexts = layers().whereLayer(SEARCH).mayOnlyAccessLayers(MODEL, GAZETTEER)
            .because("search finds places the way geocoding does and words in what the incidents and reports say, nothing more");

    @ArchTest
    static final ArchRule timelineKnowsOnlyIncidentsAndMarkers = layers().whereLayer(TIMELINE).mayOnlyAccessLayers(MODEL, MARKERS)
            .because("what a day shows depends on the incidents alone, not on where they were read or how they are drawn");

    @ArchTest
    static final ArchRule renderingDrawsWhatTheTimelineSays = layers().whereLayer(RENDERING)
            .mayOnlyAccessLayers(MODEL, GEO, IO, MARKERS, TIMELINE)
            .because("map pictures draw the markers the timeline chooses, so the app and render agree; they never extract or score");

    @ArchTest
    static final ArchRule replayIsFramesOfTheDaysMap = layers().whereLayer(REPLAY)
            .mayOnlyAccessLayers(MODEL, GEO, IO, MARKERS, TIMELINE, RENDERING)
            .because("each frame of an animation is exactly the picture render draws for its day, so the replay only strings them together");

    @ArchTest
    static final ArchRule onlyTheEntryPointUsesTheCommandLine = layers().whereLayer(CLI).mayOnlyBeAccessedByLayers(ENTRY)
            .because("commands are a way in, not a library: the UI and the core never call them");

    @ArchTest
    static final ArchRule onlyTheEntryPointUsesTheUi = layers().whereLayer(UI).mayOnlyBeAccessedByLayers(ENTRY)
            .because("the UI is the top layer: the core and the commands run without it, Main passes the window launcher in");

    @ArchTest
    static final ArchRule nothingUsesTheEntryPoint = layers().whereLayer(ENTRY).mayNotBeAccessedByAnyLayer()
            .because("Main wires the command line to the window; anything calling it would close a cycle");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.incidentatlas.(*)..").should().beFreeOfCycles()
            .because("a cycle would make the layers above meaningless and every change ripple both ways");

    @ArchTest
    static final ArchRule onlyTheVectorPackageDecodesVectorTiles = noClasses()
            .that().resideOutsideOfPackage("org.incidentatlas.rendering.vector..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.sebasbaumh..", "com.google.protobuf..")
            .because("the tile decoder is a detail of rendering.vector: the app and the commands see decoded tiles and pictures, so it can be replaced in one place");

    @ArchTest
    static final ArchRule theDrawnMapDoesNotKnowTheUsersTiles = noClasses()
            .that().resideInAPackage("org.incidentatlas.rendering")
            .should().dependOnClassesThat().resideInAPackage("org.incidentatlas.rendering.vector..")
            .because("the user's streets are drawn over the drawn map, never inside it: rendering.vector uses rendering, not the other way round");

    // ---- the core without JavaFX, printing or stack traces

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
            .because("the core must run in command-line tools, benchmarks and tests without a display or a JavaFX toolkit");

    @ArchTest
    static final ArchRule commandLineDoesNotStartJavaFx = noClasses().that().resideInAPackage("org.incidentatlas.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("command-line tools must run on machines without a display");

    @ArchTest
    static final ArchRule onlyTheSparkJobUsesSpark = noClasses().that().resideOutsideOfPackage("org.incidentatlas.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
            .because("Spark is a provided dependency, there only under spark-submit: the app and the commands must run without it");

    @ArchTest
    static final ArchRule theSparkJobHasNoUi = noClasses().that().resideInAPackage("org.incidentatlas.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.incidentatlas.ui..")
            .because("the job runs on cluster machines without a display");

    @ArchTest
    static final ArchRule coreDoesNotPrint = noClasses().that().resideInAnyPackage(CORE)
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the core returns results and throws named problems; only commands and the app decide what a user reads");

    /** {@code printStackTrace()} without a stream, on any exception type: the one that prints to stderr. */
    @ArchTest
    static final ArchRule noStackTraceOnTheConsole = noClasses().should().callMethodWhere(
                    target(name("printStackTrace")).and(target(rawParameterTypes(new Class<?>[0]))))
            .because("no stack trace reaches a user: unexpected failures go to a log file through UnexpectedErrorHandler");
}
