package dev.thicket.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model stays free of JavaFX and of package cycles. */
@AnalyzeClasses(packages = "dev.thicket", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noJavaFx = noClasses().that().resideInAPackage("dev.thicket.model..")
      .should().dependOnClassesThat().resideInAPackage("javafx..");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("dev.thicket.(**)").should().beFreeOfCycles();
}
