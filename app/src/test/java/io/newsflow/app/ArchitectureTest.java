package io.newsflow.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's module graph, checked on the compiled production classes of every module (this
 * module's test classpath holds them all): stages share only {@code schemas}; the runtime knows no
 * stage and no dev tool; the dev kit is used by demo and the broker command only. A violation names
 * the class and the dependency.
 */
class ArchitectureTest {
  static final String SCHEMAS_ = "io.newsflow.(config|pages|registry|serde|streams|topics|avro)..";
  static final String INGEST = "io.newsflow.ingest..";
  static final String ENRICH = "io.newsflow.enrich..";
  static final String SINK = "io.newsflow.sink..";
  static final String RUNTIME = "io.newsflow.runtime..";
  static final String DEVKIT = "io.newsflow.devkit..";
  static final String DESK = "io.newsflow.desk..";
  static final String APP = "io.newsflow.app..";

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.newsflow");
    if (classes.stream().noneMatch(c -> c.getPackageName().startsWith("io.newsflow.enrich"))) {
      // run from an IDE with only this module's output: the other modules come as jars, so take
      // them too
      classes =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("io.newsflow");
    }
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void schemasDependOnNoStage() {
    check(
        noClasses()
            .that()
            .resideInAPackage(SCHEMAS_)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INGEST, ENRICH, SINK, RUNTIME, DEVKIT, DESK, APP)
            .because("every stage and consumer shares schemas; it must not pull a stage in"));
  }

  @Test
  void enrichImportsNeitherIngestNorSink() {
    check(
        noClasses()
            .that()
            .resideInAPackage(ENRICH)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INGEST, SINK, RUNTIME, DEVKIT, DESK, APP)
            .because("a stage shares only schemas with the others"));
  }

  @Test
  void ingestImportsNoOtherStage() {
    check(
        noClasses()
            .that()
            .resideInAPackage(INGEST)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ENRICH, SINK, RUNTIME, DEVKIT, DESK, APP)
            .because("a stage shares only schemas with the others"));
  }

  @Test
  void sinkImportsNoOtherStage() {
    check(
        noClasses()
            .that()
            .resideInAPackage(SINK)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INGEST, ENRICH, RUNTIME, DEVKIT, DESK, APP)
            .because("a stage shares only schemas with the others"));
  }

  @Test
  void runtimeKnowsNoStageAndNoDevTool() {
    check(
        noClasses()
            .that()
            .resideInAPackage(RUNTIME)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INGEST, ENRICH, SINK, DEVKIT, DESK, APP)
            .because("the runtime is what a production stage runs on, whatever the stage"));
  }

  @Test
  void deskAndDevKitKnowNoStage() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(DESK, DEVKIT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INGEST, ENRICH, SINK, RUNTIME, APP)
            .because(
                "the desk reads topics through schemas; the dev kit is a broker and a registry, nothing more"));
  }

  @Test
  void onlyDemoAndTheBrokerCommandUseTheDevKit() {
    check(
        noClasses()
            .that()
            .resideInAPackage(APP)
            .and()
            .doNotHaveFullyQualifiedName(Demo.class.getName())
            .and()
            .doNotHaveFullyQualifiedName(DevBroker.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAPackage(DEVKIT)
            .because(
                "the production classpath holds no dev kit: any other command would fail there with a class"
                    + " error (DevKit.require guards the two that need it)"));
  }
}
