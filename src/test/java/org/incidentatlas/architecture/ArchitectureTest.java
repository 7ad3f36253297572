package org.incidentatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The two-layer rule: a core that knows nothing of JavaFX or the UI, and a UI on top of it. */
@AnalyzeClasses(packages = "org.incidentatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Everything but the UI and the entry points: model, articles, gazetteer, extraction, evaluation, timeline, geo, io. */
    private static final String[] CORE = {
        "org.incidentatlas.model..", "org.incidentatlas.article..", "org.incidentatlas.gazetteer..",
        "org.incidentatlas.extract..", "org.incidentatlas.timeline..", "org.incidentatlas.geo..",
        "org.incidentatlas.basemap..", "org.incidentatlas.io..", "org.incidentatlas.evaluate..",
    };

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
            .because("the core must run in command-line tools, benchmarks and tests without a display or a JavaFX toolkit");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheUi = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.incidentatlas.ui..", "org.incidentatlas.cli..")
            .because("data flows one way, article -> extraction -> incidents -> timeline -> UI; the UI asks the core, never the reverse");

    @ArchTest
    static final ArchRule commandLineDoesNotStartJavaFx = noClasses().that().resideInAPackage("org.incidentatlas.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.incidentatlas.ui..")
            .because("command-line tools must run on machines without a display; Main passes the window launcher in");

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
            .should().accessField(System.class, "out")
            .because("the core returns results; only commands decide what to print");
}
