package dev.limber.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Rules of core's structure that the build cannot see (design.md, "Modules"). That core never
 * depends on data, examples or benchmarks needs no test: Maven refuses the reactor cycle such a
 * dependency would make, and without it the import does not compile.
 */
@AnalyzeClasses(packages = "dev.limber.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The engine: the composer, the safety policy, screening and catalog checking. */
  private static final String[] ENGINE = {
    "dev.limber.core.Composition",
    "dev.limber.core.Candidate",
    "dev.limber.core.RoutineComposer",
    "dev.limber.core.SafetyAssessment",
    "dev.limber.core.Screener",
    "dev.limber.core.CatalogValidation"
  };

  /** Jackson could come in through a transitive dependency, which no POM of core names. */
  @ArchTest
  static final ArchRule coreNeverImportsJackson =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..");

  /**
   * The values (and the classes Immutables generates for them) are plain data: none depends on
   * the engine, so an app can build, store and send them without it, and the engine can change
   * without touching them.
   */
  @ArchTest
  static final ArchRule noValueTypeDependsOnTheEngine =
      noClasses()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .or()
          .haveNameMatching(
              "dev\\.limber\\.core\\.(Exercise|ExerciseModification|Dosage|TargetArea|Condition|ConditionRule"
                  + "|Contraindication|RedFlag|Sequence|SequenceStep|Goal|Advice|Routine|RoutineItem"
                  + "|ComposeRequest|ComposeResult|Referral|Problem|ScreeningAnswers|ComposerSettings)"
                  + "(\\$.*)?")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(ENGINE[0])
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName(ENGINE[1])
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName(ENGINE[2])
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName(ENGINE[3])
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName(ENGINE[4])
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName(ENGINE[5]);
}
