package dev.limber.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core stays free of JSON and of the modules that build on it (design.md, "Modules"). */
@AnalyzeClasses(packages = "dev.limber.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule coreNeverImportsJackson =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..");

  @ArchTest
  static final ArchRule coreNeverDependsOnTheModulesAboveIt =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.limber.data..", "dev.limber.examples..", "dev.limber.benchmarks..");
}
